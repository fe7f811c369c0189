// Per-theme pages and aandachtspunten of the report model. Invariant: only annotations with
// visibility EMPLOYER get here (filtered in buildReportModel before anything else sees them).

import type { ItemStatistics, QuestionnaireItem, QuestionnaireTheme, Solution, ThemeResult } from "@/lib/scan/scoring/types";
import { bandTitle } from "@/lib/scan/scoring/bands";
import { formatDecimal, formatPercent } from "@/lib/format/number";
import { WITHHELD_MARK, reasonText } from "./texts";
import type { AandachtspuntModel, ReportAnnotationInput, ReportInput, StatementModel, ThemeModel } from "./types";

export interface ThemeContext {
  employerAnnotations: ReportAnnotationInput[];
  itemsByKey: Map<string, { item: QuestionnaireItem; stats: ItemStatistics | undefined }>;
  showSpread: boolean;
  /** an employer's report with fewer respondents than the minimum (docs/privacy.md): no statement figures */
  statementsHidden: string | null;
}

function themeSignals(r: ThemeResult | undefined, showSpread: boolean): string[] {
  if (!r) return [];
  const out: string[] = [];
  if (r.gap !== null && r.intentie !== null && r.praktijk !== null) {
    const i = formatDecimal(r.intentie);
    const p = formatDecimal(r.praktijk);
    if (r.gap >= 1)
      out.push(`De bedoelingen (${i}) zijn duidelijk positiever dan de praktijk (${p}). Hier kunnen goede voornemens concreter worden.`);
    else if (r.gap >= 0.5) out.push(`De praktijk (${p}) blijft wat achter bij de bedoelingen (${i}).`);
    else if (r.gap <= -0.5) out.push(`De praktijk (${p}) is positiever dan de bedoelingen (${i}) doen vermoeden.`);
    else out.push(`Bedoelingen (${i}) en praktijk (${p}) liggen dicht bij elkaar.`);
  }
  if (r.unknownShare !== null && r.unknownShare > 0) {
    const share = formatPercent(r.unknownShare);
    out.push(
      r.unknownShare >= 0.3
        ? `${share} van de antwoorden over de praktijk was ‘Weet ik niet’. Misschien is niet bij iedereen bekend wat er al is.`
        : `${share} van de antwoorden over de praktijk was ‘Weet ik niet’.`,
    );
  }
  if (showSpread && r.spread !== null && r.spread >= 1.5) {
    out.push(
      `De respondenten zien dit thema verschillend (spreiding ${formatDecimal(r.spread)} op de schaal van 1 tot 5): een goede vraag voor het gesprek.`,
    );
  }
  return out;
}

function statement(item: QuestionnaireItem, stats: ItemStatistics | undefined): StatementModel {
  const distribution = stats?.distribution.slice(0, 5) ?? [0, 0, 0, 0, 0];
  while (distribution.length < 5) distribution.push(0);
  return {
    key: item.key,
    text: item.text,
    kindLabel: item.kind === "intentie" ? "Intentie" : "Praktijk",
    mean: formatDecimal(stats?.mean ?? null),
    distribution,
    dontKnow: stats?.dontKnow ?? 0,
    divergent: stats?.divergent ?? false,
  };
}

export function buildTheme(
  theme: QuestionnaireTheme,
  index: number,
  r: ThemeResult | undefined,
  input: ReportInput,
  ctx: ThemeContext,
): ThemeModel {
  const keyFigures = [
    { label: "Intentie (1–5)", value: formatDecimal(r?.intentie ?? null) },
    { label: "Praktijk (1–5)", value: formatDecimal(r?.praktijk ?? null) },
    { label: "Weet ik niet", value: formatPercent(r?.unknownShare ?? null) },
  ];
  if (ctx.showSpread) keyFigures.push({ label: "Spreiding", value: formatDecimal(r?.spread ?? null) });
  keyFigures.push({ label: "Respondenten", value: String(r?.respondents ?? 0) });

  const reflections = ctx.employerAnnotations
    .filter((a) => a.themeKey === theme.key)
    .map((a) => {
      const item = a.itemKey ? ctx.itemsByKey.get(a.itemKey)?.item : undefined;
      return { body: a.body, author: a.authorLabel, about: item ? `Bij stelling ${item.key}: ${item.text}` : null };
    });

  return {
    key: theme.key,
    number: index + 1,
    title: theme.title,
    grade: r?.grade != null ? formatDecimal(r.grade) : null,
    band: r?.band ?? null,
    bandLabel: bandTitle(r?.band ?? null),
    keyFigures,
    signals: themeSignals(r, ctx.showSpread),
    statements: ctx.statementsHidden ? [] : theme.items.map((item) => statement(item, ctx.itemsByKey.get(item.key)?.stats)),
    statementsNote: ctx.statementsHidden,
    reflections,
    comments: input.themeComments
      .filter((c) => c.themeKey === theme.key && c.text.trim() !== "")
      .map((c) => (c.withheld ? `${WITHHELD_MARK}${c.text.trim()}` : c.text.trim())),
  };
}

export function buildAandachtspunten(input: ReportInput, ctx: ThemeContext): AandachtspuntModel[] {
  const solutions = new Map<string, Solution>(input.solutions.map((s) => [s.key, s]));
  return input.result.aandachtspunten.map((ap) => {
    const theme = input.questionnaire.themes.find((t) => t.key === ap.theme);
    const r = input.result.themes.find((t) => t.key === ap.theme);
    return {
      themeKey: ap.theme,
      themeTitle: theme?.title ?? ap.theme,
      grade: r?.grade != null ? formatDecimal(r.grade) : null,
      // spread is never shown with one respondent, so neither is a reason built on it
      reasons: ap.reasons.filter((x) => ctx.showSpread || x !== "verschil-in-beeld").map(reasonText),
      focusItems: ap.focusItems.flatMap((key) => {
        const hit = ctx.itemsByKey.get(key);
        return hit ? [{ key, text: hit.item.text, mean: formatDecimal(hit.stats?.mean ?? null) }] : [];
      }),
      // a key missing from the library is dropped rather than shown as a bare code
      solutions: ap.solutions.flatMap((key) => {
        const s = solutions.get(key);
        return s ? [{ key, title: s.title, description: s.description }] : [];
      }),
    };
  });
}
