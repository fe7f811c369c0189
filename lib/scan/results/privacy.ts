// What an employer (and the admin) may see of a scan: the privacy rule of docs/privacy.md as one pure
// function of the scan result, the respondent counts and the respondents' own choice about their
// texts. No Prisma, no next/*: the snapshot stores its output, the page and the report render it.
import type { Aandachtspunt, ScanResult, ThemeResult } from "../scoring/types";

/**
 * Fewer submitted responses than this and an employer sees no answers per statement, no self-grade
 * and no free text; a role group needs this many in the group and in the rest. Configurable upwards
 * only (PRIVACY_MIN_RESPONDENTS in lib/env.ts).
 */
export const PRIVACY_MIN_RESPONDENTS = 3;

export interface RoleGroup {
  role: string;
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
  /** fewer submitted responses than the minimum: theme figures and aandachtspunten only */
  fewRespondents: boolean;
  result: ScanResult;
  byRole: RoleGroup[];
  themeComments: { themeKey: string; text: string }[];
  openAnswers: { questionKey: string; text: string }[];
}

/** The minimum in force: never below PRIVACY_MIN_RESPONDENTS, whatever is configured. */
export const effectiveMinimum = (configured: number | undefined): number =>
  Math.max(PRIVACY_MIN_RESPONDENTS, Number.isInteger(configured) ? (configured as number) : PRIVACY_MIN_RESPONDENTS);

/** A role group may be shown when it and everyone else each have at least `minimum` respondents. */
export const isRoleGroupShown = (group: number, total: number, minimum: number): boolean => group >= minimum && total - group >= minimum;

// Below the minimum a theme keeps its grade and the kind scores; the spread would give both
// people's theme scores with two respondents, so it goes, and so does the reason built on it.
const themeBelowMinimum = (t: ThemeResult): ThemeResult => ({ ...t, spread: null });
const aandachtspuntBelowMinimum = (ap: Aandachtspunt): Aandachtspunt => ({
  ...ap,
  reasons: ap.reasons.filter((r) => r !== "verschil-in-beeld"),
  // the lowest statements of one person are that person's answers
  focusItems: [],
});

export function employerResultsView({
  result,
  byRole,
  texts,
  minimum: configured,
}: {
  result: ScanResult;
  byRole: RoleGroup[];
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
    result: fewRespondents
      ? {
          ...result,
          selfGrade: null,
          selfGap: null,
          themes: result.themes.map(themeBelowMinimum),
          items: [],
          divergentItems: [],
          aandachtspunten: result.aandachtspunten.map(aandachtspuntBelowMinimum),
        }
      : result,
    byRole: byRole.filter((g) => isRoleGroupShown(g.respondents, total, minimum)),
    themeComments: shared.filter((t) => t.kind === "theme").map((t) => ({ themeKey: t.key, text: t.text.trim() })),
    openAnswers: shared.filter((t) => t.kind === "open").map((t) => ({ questionKey: t.key, text: t.text.trim() })),
  };
}
