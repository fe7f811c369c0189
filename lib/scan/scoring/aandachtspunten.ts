// Deterministic selection of aandachtspunten (points of attention), per docs/scoring.md#aandachtspunten. Every threshold
// and every sort compares ROUNDED values, so what the report shows always explains the selection.
import { round } from "@/lib/format/rounding";
import { BAND_THRESHOLDS } from "./bands";
import type {
  Aandachtspunt,
  AandachtspuntReason,
  ItemStatistics,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireTheme,
  StatementKind,
  ThemeResult,
} from "./types";

export const MAX_AANDACHTSPUNTEN = 5;
/** The scan always shows a next step: at least this many, filled up with "groeikans". */
export const MIN_AANDACHTSPUNTEN = 2;
export const MAX_FOCUS_ITEMS = 2;
export const MAX_SOLUTIONS = 3;

export const THRESHOLDS = {
  /** grade below this: below the band "op weg", i.e. in the band "ontwikkelpunt" (./bands.ts) */
  ontwikkelpunt: BAND_THRESHOLDS["op weg"],
  /** gap (intentie − praktijk) at least this */
  schijninclusie: 1.0,
  schijninclusieLetOp: 0.5,
  /** share of "weet ik niet" on praktijk statements at least this */
  onbekendheid: 0.3,
  /** max − min of respondent theme scores at least this */
  verschilInBeeld: 1.5,
} as const;

// Output values are already rounded; rounding again is idempotent and keeps this module correct
// even when called with unrounded numbers.
const r1 = (x: number | null): number | null => (x === null ? null : round(x, 1));
const r2 = (x: number | null): number | null => (x === null ? null : round(x, 2));

/** The reasons for a theme, in the fixed order of docs/scoring.md#aandachtspunt-reasons; empty for a theme without a score. */
export function themeReasons(theme: ThemeResult): AandachtspuntReason[] {
  if (theme.score === null) return [];
  const reasons: AandachtspuntReason[] = [];
  const grade = r1(theme.grade);
  const gap = r2(theme.gap);
  const unknownShare = r2(theme.unknownShare);
  const spread = r2(theme.spread);
  if (grade !== null && grade < THRESHOLDS.ontwikkelpunt) reasons.push("ontwikkelpunt");
  if (gap !== null && gap >= THRESHOLDS.schijninclusie) reasons.push("schijninclusie");
  else if (gap !== null && gap >= THRESHOLDS.schijninclusieLetOp) reasons.push("schijninclusie-let-op");
  if (unknownShare !== null && unknownShare >= THRESHOLDS.onbekendheid) reasons.push("onbekendheid");
  if (spread !== null && spread >= THRESHOLDS.verschilInBeeld) reasons.push("verschil-in-beeld");
  return reasons;
}

/**
 * The theme's statements of one kind that have a mean, lowest rounded mean first, ties by position
 * in the questionnaire (Array.prototype.sort is stable, and items are in questionnaire order).
 */
export function rankStatements(
  theme: QuestionnaireTheme,
  kind: StatementKind,
  means: ReadonlyMap<string, number | null>,
): QuestionnaireItem[] {
  return theme.items
    .filter((item) => item.kind === kind && (means.get(item.key) ?? null) !== null)
    .map((item) => ({ item, mean: r2(means.get(item.key) ?? null) ?? 0 }))
    .sort((a, b) => a.mean - b.mean)
    .map((x) => x.item);
}

/** Up to 2 lowest praktijk statements; only when no praktijk statement has a mean, intentie ones. */
export function focusStatements(theme: QuestionnaireTheme, means: ReadonlyMap<string, number | null>): QuestionnaireItem[] {
  const praktijk = rankStatements(theme, "praktijk", means);
  const pool = praktijk.length > 0 ? praktijk : rankStatements(theme, "intentie", means);
  return pool.slice(0, MAX_FOCUS_ITEMS);
}

/**
 * Solution keys for one aandachtspunt. The walk: focus items, then ranked praktijk, then ranked
 * intentie statements, de-duplicated. Keys already chosen by an earlier aandachtspunt are skipped so
 * each point brings something new; when nothing new is left we still show the single best key.
 */
export function pickSolutions(
  focus: QuestionnaireItem[],
  theme: QuestionnaireTheme,
  means: ReadonlyMap<string, number | null>,
  alreadyChosen: ReadonlySet<string>,
): string[] {
  const walk: string[] = [];
  const statements = [...focus, ...rankStatements(theme, "praktijk", means), ...rankStatements(theme, "intentie", means)];
  for (const statement of statements) {
    for (const key of statement.solutions) if (!walk.includes(key)) walk.push(key);
  }
  const fresh = walk.filter((key) => !alreadyChosen.has(key)).slice(0, MAX_SOLUTIONS);
  if (fresh.length > 0) return fresh;
  return walk.slice(0, 1);
}

export function selectAandachtspunten(questionnaire: Questionnaire, themes: ThemeResult[], items: ItemStatistics[]): Aandachtspunt[] {
  const position = new Map(questionnaire.themes.map((t, i) => [t.key, i] as const));
  const definitions = new Map(questionnaire.themes.map((t) => [t.key, t] as const));
  const means = new Map(items.map((i) => [i.key, i.mean] as const));

  const scored = themes
    .filter((t) => t.score !== null && definitions.has(t.key))
    .map((t) => ({ theme: t, score: r2(t.score) ?? 0, position: position.get(t.key) ?? 0 }))
    .sort((a, b) => a.score - b.score || a.position - b.position)
    .map((x) => ({ theme: x.theme, reasons: themeReasons(x.theme) }));

  const selected = scored.filter((s) => s.reasons.length > 0).slice(0, MAX_AANDACHTSPUNTEN);
  // Appended after the themes with a reason, never interleaved.
  for (const s of scored) {
    if (selected.length >= MIN_AANDACHTSPUNTEN) break;
    if (s.reasons.length === 0) selected.push({ theme: s.theme, reasons: ["groeikans"] });
  }

  const chosen = new Set<string>();
  return selected.map(({ theme, reasons }) => {
    const definition = definitions.get(theme.key) as QuestionnaireTheme; // filtered above
    const focus = focusStatements(definition, means);
    const solutions = pickSolutions(focus, definition, means, chosen);
    for (const key of solutions) chosen.add(key);
    return { theme: theme.key, reasons, focusItems: focus.map((f) => f.key), solutions };
  });
}
