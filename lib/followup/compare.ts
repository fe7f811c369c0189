// The follow-up scan compared with the first scan round: per theme, overall, self-grade and
// aandachtspunten. Pure and client-safe: two questionnaires and two ScanResults in, plain data out.
// Invariants:
// - themes are matched by key; a theme in only one questionnaire version is listed apart, never compared;
// - every change is the difference of the grades as shown (rounded to 1 decimal), rounded like a grade,
//   so "then", "now" and the change always agree on screen and in the report (docs/scoring.md#rounding);
// - the self-grade is compared only when both rounds show one (the privacy filter may withhold it).
import { gradeBand } from "@/lib/scan/scoring/bands";
import { round1 } from "@/lib/format/rounding";
import type { Band, Questionnaire, ScanResult } from "@/lib/scan/scoring/types";

export type ChangeDirection = "hoger" | "gelijk" | "lager";

/** A grade then and now. `change` and `direction` are null when either grade is null. */
export interface GradeComparison {
  gradeBefore: number | null;
  gradeAfter: number | null;
  change: number | null;
  bandBefore: Band | null;
  bandAfter: Band | null;
  direction: ChangeDirection | null;
}

export interface ThemeComparison extends GradeComparison {
  key: string;
  /** the title in the newer questionnaire version */
  title: string;
}

/** A theme in one questionnaire version only: shown with its grade, never compared. */
export interface UnmatchedTheme {
  key: string;
  title: string;
  grade: number | null;
  band: Band | null;
}

/** The respondents' own grade then and now; only exists when both rounds show one. */
export interface SelfGradeComparison {
  gradeBefore: number;
  gradeAfter: number;
  change: number;
  direction: ChangeDirection;
}

export interface ScanComparison {
  /** themes in both versions, in the newer questionnaire's order */
  themes: ThemeComparison[];
  onlyBefore: UnmatchedTheme[];
  onlyAfter: UnmatchedTheme[];
  overall: GradeComparison;
  respondents: { before: number; after: number };
  /** null unless both rounds show a self-grade */
  selfGrade: SelfGradeComparison | null;
  /** theme keys of matched themes, each list in the newer questionnaire's order */
  aandachtspunten: { resolved: string[]; stillOpen: string[]; new: string[] };
  /** a matched theme or the overall grade came out lower (the renderers then explain what that means) */
  hasLower: boolean;
  /**
   * Either round was the short version: both were compared on the statements they share (the core
   * statements), a full round's grades recomputed on those only (./compare-rounds.ts). Null otherwise.
   */
  shared: { statements: number; shortBefore: boolean; shortAfter: boolean } | null;
}

const shown = (grade: number | null | undefined): number | null => (grade === null || grade === undefined ? null : round1(grade));

function directionOf(change: number): ChangeDirection {
  return change > 0 ? "hoger" : change < 0 ? "lager" : "gelijk";
}

/** Compares two grades as shown; the change is rounded like a grade (7.3 − 7.1 = 0.2, not 0.1999…). */
export function compareGrades(before: number | null | undefined, after: number | null | undefined): GradeComparison {
  const gradeBefore = shown(before);
  const gradeAfter = shown(after);
  const change = gradeBefore === null || gradeAfter === null ? null : round1(gradeAfter - gradeBefore);
  return {
    gradeBefore,
    gradeAfter,
    change,
    bandBefore: gradeBand(gradeBefore),
    bandAfter: gradeBand(gradeAfter),
    direction: change === null ? null : directionOf(change),
  };
}

export function compareScans(
  questionnaireBefore: Questionnaire,
  resultBefore: ScanResult,
  questionnaireAfter: Questionnaire,
  resultAfter: ScanResult,
): ScanComparison {
  const gradesBefore = new Map(resultBefore.themes.map((t) => [t.key, t.grade]));
  const gradesAfter = new Map(resultAfter.themes.map((t) => [t.key, t.grade]));
  const keysBefore = new Set(questionnaireBefore.themes.map((t) => t.key));
  const keysAfter = new Set(questionnaireAfter.themes.map((t) => t.key));

  const matched = questionnaireAfter.themes.filter((t) => keysBefore.has(t.key));
  const themes = matched.map((t) => ({ key: t.key, title: t.title, ...compareGrades(gradesBefore.get(t.key), gradesAfter.get(t.key)) }));
  const unmatched = (q: Questionnaire, other: Set<string>, grades: Map<string, number | null>): UnmatchedTheme[] =>
    q.themes
      .filter((t) => !other.has(t.key))
      .map((t) => {
        const grade = shown(grades.get(t.key));
        return { key: t.key, title: t.title, grade, band: gradeBand(grade) };
      });

  const overall = compareGrades(resultBefore.overallGrade, resultAfter.overallGrade);
  const self = compareGrades(resultBefore.selfGrade, resultAfter.selfGrade);
  const selfGrade: SelfGradeComparison | null =
    self.gradeBefore === null || self.gradeAfter === null || self.change === null || self.direction === null
      ? null
      : { gradeBefore: self.gradeBefore, gradeAfter: self.gradeAfter, change: self.change, direction: self.direction };

  const apBefore = new Set(resultBefore.aandachtspunten.map((a) => a.theme));
  const apAfter = new Set(resultAfter.aandachtspunten.map((a) => a.theme));
  const keys = matched.map((t) => t.key);

  return {
    themes,
    onlyBefore: unmatched(questionnaireBefore, keysAfter, gradesBefore),
    onlyAfter: unmatched(questionnaireAfter, keysBefore, gradesAfter),
    overall,
    respondents: { before: resultBefore.respondents, after: resultAfter.respondents },
    selfGrade,
    aandachtspunten: {
      resolved: keys.filter((k) => apBefore.has(k) && !apAfter.has(k)),
      stillOpen: keys.filter((k) => apBefore.has(k) && apAfter.has(k)),
      new: keys.filter((k) => !apBefore.has(k) && apAfter.has(k)),
    },
    hasLower: overall.direction === "lager" || themes.some((t) => t.direction === "lager"),
    shared: null,
  };
}
