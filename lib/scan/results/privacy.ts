// What an employer (and the admin) may see of a scan: the privacy rule of docs/privacy.md as one pure
// function of the scan result, the respondent counts and the respondents' own choice about their
// texts. No Prisma, no next/*: the snapshot stores its output, the page and the report render it.
import type { Aandachtspunt, ScanResult } from "../scoring/types";
import { PRIVACY_MIN_RESPONDENTS } from "@/lib/env";

/**
 * Fewer submitted responses than PRIVACY_MIN_RESPONDENTS and an employer sees no figure at all and no
 * free text, only the aandachtspunten by name; a function group needs this many in the group and in the
 * rest; a new snapshot is published only when this many respondents differ from every earlier
 * published one. The floor is a setting's floor, so it lives with the settings (lib/env.ts);
 * configurable upwards only.
 */
export { PRIVACY_MIN_RESPONDENTS };

export interface FunctionGroup {
  /** the function group as the questionnaire names it ("directie", "medewerker / OR") */
  name: string;
  respondents: number;
  themes: { key: string; grade: number | null }[];
}

/** One free-text answer of a submitted response, with that respondent's choice. */
export interface FreeText {
  kind: "theme" | "open";
  /** the theme key ("één punt hoger") or the open question's key */
  key: string;
  text: string;
  /** the respondent ticked that the employer may read their texts */
  shared: boolean;
}

/** Everything an employer's results page and report show about the respondents' answers. */
export interface EmployerResultsView {
  /** the minimum this view was filtered with */
  minimum: number;
  /** fewer submitted responses than the minimum: no figures, only the aandachtspunten by name (withoutFigures) */
  fewRespondents: boolean;
  result: ScanResult;
  byFunction: FunctionGroup[];
  themeComments: { themeKey: string; text: string }[];
  openAnswers: { questionKey: string; text: string }[];
}

/** The minimum in force: never below PRIVACY_MIN_RESPONDENTS, whatever is configured. */
export const effectiveMinimum = (configured: number | undefined): number =>
  Math.max(PRIVACY_MIN_RESPONDENTS, Number.isInteger(configured) ? (configured as number) : PRIVACY_MIN_RESPONDENTS);

/** A function group may be shown when it and everyone else each have at least `minimum` respondents. */
export const isFunctionGroupShown = (group: number, total: number, minimum: number): boolean =>
  group >= minimum && total - group >= minimum;

/**
 * The function groups that may be shown side by side (docs/privacy.md#function-groups): each passes
 * isFunctionGroupShown, and the respondents in the groups NOT shown together number zero or at least
 * `minimum`, since the total minus the shown groups gives their average (4/4/2 of 10 would give the
 * pair's). Otherwise the smallest shown group is hidden too (of equal ones the later), until it holds.
 */
export function shownFunctionGroups<G extends { respondents: number }>(groups: G[], total: number, minimum: number): G[] {
  const shown = groups.filter((g) => isFunctionGroupShown(g.respondents, total, minimum));
  const rest = () => total - shown.reduce((n, g) => n + g.respondents, 0);
  while (shown.length > 0 && rest() > 0 && rest() < minimum) {
    const smallest = shown.reduce((min, g) => (g.respondents <= min.respondents ? g : min));
    shown.splice(shown.lastIndexOf(smallest), 1);
  }
  return shown;
}

/**
 * Below the minimum no figure derived from the answers: with one respondent every figure is that
 * person's, with two either can subtract their own (docs/privacy.md#minimum). What remains is the
 * number of respondents and the themes that are aandachtspunten, by key only, without reasons, focus
 * statements or oplossingsrichtingen (those are picked from the lowest answers) and in no ranked order:
 * the page and report name them alphabetically by title. Idempotent, so a view stored before
 * 2026-12-06 (which kept theme grades) is filtered again when read.
 */
export function withoutFigures(result: ScanResult): ScanResult {
  return {
    respondents: result.respondents,
    overallGrade: null,
    selfGrade: null,
    selfGap: null,
    themes: [],
    items: [],
    divergentItems: [],
    aandachtspunten: [...result.aandachtspunten]
      .map((ap): Aandachtspunt => ({ theme: ap.theme, reasons: [], focusItems: [], solutions: [] }))
      .sort((a, b) => (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0)),
  };
}

/**
 * A stored view as the employer may see it, whenever it was stored: below the minimum without any
 * figure, and only the function groups the current rule allows (views stored before 2026-12-06 kept theme
 * grades below the minimum and could show 4/4 of 4/4/2). The one filter for the page, the report and
 * the AVG export.
 */
export function filteredView<V extends EmployerResultsView>(view: V): V {
  if (view.fewRespondents) return { ...view, result: withoutFigures(view.result), byFunction: [], themeComments: [], openAnswers: [] };
  return { ...view, byFunction: shownFunctionGroups(view.byFunction, view.result.respondents, effectiveMinimum(view.minimum)) };
}

export function employerResultsView({
  result,
  byFunction,
  texts,
  minimum: configured,
}: {
  result: ScanResult;
  byFunction: FunctionGroup[];
  texts: FreeText[];
  minimum: number;
}): EmployerResultsView {
  const minimum = effectiveMinimum(configured);
  const total = result.respondents;
  const fewRespondents = total < minimum;
  const shared = fewRespondents ? [] : texts.filter((t) => t.shared && t.text.trim() !== "");
  return {
    minimum,
    fewRespondents,
    result: fewRespondents ? withoutFigures(result) : result,
    byFunction: shownFunctionGroups(byFunction, total, minimum),
    themeComments: shared.filter((t) => t.kind === "theme").map((t) => ({ themeKey: t.key, text: t.text.trim() })),
    openAnswers: shared.filter((t) => t.kind === "open").map((t) => ({ questionKey: t.key, text: t.text.trim() })),
  };
}

/** Below the minimum the aandachtspunten are named in alphabetical order of their titles (no ranking). */
export function alphabeticalAandachtspunten(result: ScanResult, themes: { key: string; title: string }[]): ScanResult {
  const title = (key: string) => themes.find((t) => t.key === key)?.title ?? key;
  const sorted = [...result.aandachtspunten].sort((a, b) => title(a.theme).localeCompare(title(b.theme), "nl"));
  return { ...result, aandachtspunten: sorted };
}

/**
 * How the set of respondents behind a new snapshot differs from the last published one's. A snapshot
 * from before 2026-12-06 has no list (fewer ids than respondents): then only the difference in numbers
 * is certain, so that is what counts (never more than the truth, so never published wrongly).
 */
export function respondentsDifference(
  previous: { respondentIds: string[]; respondents: number },
  next: string[],
): { added: number; removed: number } {
  if (previous.respondentIds.length !== previous.respondents) {
    const change = next.length - previous.respondents;
    return { added: Math.max(change, 0), removed: Math.max(-change, 0) };
  }
  const before = new Set(previous.respondentIds);
  const after = new Set(next);
  return { added: next.filter((id) => !before.has(id)).length, removed: previous.respondentIds.filter((id) => !after.has(id)).length };
}

/** A new snapshot reaches the employer only when at least `minimum` respondents were added or removed. */
export const isPublishable = (difference: { added: number; removed: number }, minimum: number): boolean =>
  difference.added + difference.removed >= minimum;

/**
 * The earlier published stand of the round a new set of respondents is too close to, or null when it
 * differs by at least `minimum` from every one of them: the employer may have kept each stand it saw,
 * so comparing with the last one only lets three stands give one person away (S1 = A, S2 = A+xyz,
 * S3 = A+w: S3 − S1 is w). Of several too close, the closest (the newest of equal ones).
 */
export function tooCloseToAnEarlierStand<S extends { respondentIds: string[]; respondents: number }>(
  earlier: S[],
  next: string[],
  minimum: number,
): { stand: S; added: number; removed: number } | null {
  let closest: { stand: S; added: number; removed: number } | null = null;
  for (const stand of earlier) {
    const difference = respondentsDifference(stand, next);
    if (isPublishable(difference, minimum)) continue;
    if (!closest || difference.added + difference.removed <= closest.added + closest.removed) closest = { stand, ...difference };
  }
  return closest;
}
