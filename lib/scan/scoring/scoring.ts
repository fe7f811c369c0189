// Scoring of the Mental Health-bedrijfsscan, exactly as docs/scoring.md prescribes.
// Pure functions: the questionnaire (content, versioned) and the stored responses go in, a plain
// result comes out. Nothing assumes a number of themes, statements or scale points.
import { selectAandachtspunten } from "./aandachtspunten";
import { gradeBand } from "./bands";
import { type Fraction, addF, cmpF, fraction, meanF, mulF, round, subF, toNumber } from "@/lib/format/rounding";
import type { ItemStatistics, Questionnaire, QuestionnaireTheme, ScanResponseInput, ScanResult, StatementKind, ThemeResult } from "./types";
import { shownFunctionGroups } from "../results/privacy";

export const DONT_KNOW = "dontKnow";
/** A statement is "divergent" when its answers differ by at least this many scale points. */
export const DIVERGENT_RANGE = 3;

/** A classified answer: a numeric scale value, "dontKnow", or null (unanswered). */
export type ClassifiedAnswer = number | typeof DONT_KNOW | null;

export interface ScaleInfo {
  /** The numeric scale values, ascending (1..5 for mhb-2025). */
  values: number[];
  min: number;
  max: number;
}

export function scaleInfo(questionnaire: Questionnaire): ScaleInfo {
  const values = [...new Set(questionnaire.scale.options.map((o) => o.value))].filter((v) => Number.isInteger(v)).sort((a, b) => a - b);
  return { values, min: values[0] ?? 0, max: values[values.length - 1] ?? 0 };
}

/** Numeric only when it is one of the integer scale values (5.0 is the integer 5). */
export function classifyAnswer(value: unknown, scale: ScaleInfo): ClassifiedAnswer {
  if (value === DONT_KNOW) return DONT_KNOW;
  if (typeof value === "number" && Number.isInteger(value) && scale.values.includes(value)) return value;
  return null;
}

export const isSubmitted = (response: ScanResponseInput): boolean => response.status === "submitted";

/** A self-grade counts only when it is an integer within the questionnaire's range (1–10). */
export function countedSelfGrade(value: unknown, questionnaire: Questionnaire): number | null {
  const { min, max } = questionnaire.selfGrade;
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** Rapportcijfer: maps the scale linearly onto 1–10; for a 1–5 scale this is 1 + (score − 1) × 2.25. */
function gradeF(score: Fraction, scale: ScaleInfo): Fraction {
  const span = scale.max - scale.min;
  if (span <= 0) return fraction(10);
  return addF(fraction(1), mulF(subF(score, fraction(scale.min)), fraction(9, span)));
}

const out = (f: Fraction | null, decimals: number): number | null => (f === null ? null : round(toNumber(f), decimals));
const sumOf = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const isNum = (a: ClassifiedAnswer): a is number => typeof a === "number";

/** Each submitted response's answers, classified, keyed by statement. */
type AnswerSheet = (key: string) => ClassifiedAnswer;

function answerSheet(response: ScanResponseInput, scale: ScaleInfo): AnswerSheet {
  const answers: unknown = response.answers;
  const record = typeof answers === "object" && answers !== null ? (answers as Record<string, unknown>) : {};
  return (key) => classifyAnswer(Object.hasOwn(record, key) ? record[key] : undefined, scale);
}

function itemStatistics(theme: QuestionnaireTheme, sheets: AnswerSheet[], scale: ScaleInfo): ItemStatistics[] {
  return theme.items.map((item) => {
    const answers = sheets.map((sheet) => sheet(item.key));
    const numbers = answers.filter(isNum);
    const min = numbers.length ? Math.min(...numbers) : null;
    const max = numbers.length ? Math.max(...numbers) : null;
    return {
      key: item.key,
      theme: theme.key,
      kind: item.kind,
      mean: numbers.length ? out(fraction(sumOf(numbers), numbers.length), 2) : null,
      n: numbers.length,
      dontKnow: answers.filter((a) => a === DONT_KNOW).length,
      min,
      max,
      distribution: scale.values.map((v) => numbers.filter((x) => x === v).length),
      divergent: min !== null && max !== null && max - min >= DIVERGENT_RANGE,
    };
  });
}

interface ThemeComputation {
  result: ThemeResult;
  /** Unrounded score, needed for the overall grade. */
  score: Fraction | null;
}

function themeStatistics(theme: QuestionnaireTheme, sheets: AnswerSheet[], scale: ScaleInfo): ThemeComputation {
  const minimum = Math.ceil(theme.items.length / 2);
  const scores: Fraction[] = [];
  const kindScores: Record<StatementKind, Fraction[]> = { intentie: [], praktijk: [] };
  let praktijkDontKnow = 0;
  let praktijkAnswered = 0;

  for (const sheet of sheets) {
    const numbersOf = (kind?: StatementKind) =>
      theme.items
        .filter((i) => kind === undefined || i.kind === kind)
        .map((i) => sheet(i.key))
        .filter(isNum);
    const all = numbersOf();
    // "dontKnow" does not count towards the minimum; a theme without statements never scores.
    if (all.length > 0 && all.length >= minimum) scores.push(fraction(sumOf(all), all.length));
    for (const kind of ["intentie", "praktijk"] as const) {
      const numbers = numbersOf(kind);
      if (numbers.length > 0) kindScores[kind].push(fraction(sumOf(numbers), numbers.length));
    }
    for (const item of theme.items.filter((i) => i.kind === "praktijk")) {
      const answer = sheet(item.key);
      if (answer === DONT_KNOW) praktijkDontKnow += 1;
      if (answer !== null) praktijkAnswered += 1;
    }
  }

  const score = meanF(scores);
  const grade = score === null ? null : out(gradeF(score, scale), 1);
  const intentie = meanF(kindScores.intentie);
  const praktijk = meanF(kindScores.praktijk);
  const sorted = [...scores].sort(cmpF);
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  return {
    score,
    result: {
      key: theme.key,
      score: out(score, 2),
      grade,
      band: gradeBand(grade),
      intentie: out(intentie, 2),
      praktijk: out(praktijk, 2),
      gap: intentie !== null && praktijk !== null ? out(subF(intentie, praktijk), 2) : null,
      unknownShare: praktijkAnswered > 0 ? out(fraction(praktijkDontKnow, praktijkAnswered), 2) : null,
      spread: sorted.length >= 2 && lowest && highest ? out(subF(highest, lowest), 2) : null,
      respondents: scores.length,
    },
  };
}

export function scoreScan(questionnaire: Questionnaire, responses: ScanResponseInput[]): ScanResult {
  const scale = scaleInfo(questionnaire);
  const submitted = responses.filter(isSubmitted);
  const sheets = submitted.map((r) => answerSheet(r, scale));

  const items = questionnaire.themes.flatMap((t) => itemStatistics(t, sheets, scale));
  const computed = questionnaire.themes.map((t) => themeStatistics(t, sheets, scale));
  const themes = computed.map((c) => c.result);

  const overallScore = meanF(computed.flatMap((c) => (c.score ? [c.score] : [])));
  const overallGrade = overallScore === null ? null : out(gradeF(overallScore, scale), 1);
  const selfGrades = submitted.flatMap((r) => {
    const g = countedSelfGrade(r.selfGrade, questionnaire);
    return g === null ? [] : [fraction(g)];
  });
  const selfGrade = out(meanF(selfGrades), 1);
  // The only subtraction on rounded values, as docs/scoring.md#self-grade-and-self-gap prescribes.
  const selfGap = selfGrade !== null && overallGrade !== null ? round(selfGrade - overallGrade, 1) : null;

  return {
    respondents: submitted.length,
    overallGrade,
    selfGrade,
    selfGap,
    themes,
    items,
    divergentItems: items.filter((i) => i.divergent).map((i) => i.key),
    aandachtspunten: selectAandachtspunten(questionnaire, themes, items),
  };
}

/**
 * Roles that may be shown apart, in questionnaire order: at least `minimum` submitted respondents in
 * the role and at least `minimum` in all other roles together, since the rest follows from the total;
 * and the roles left out together number zero or at least `minimum`, else the smallest shown role is
 * left out too (shownFunctionGroups; docs/privacy.md#function-groups).
 */
export function functionGroupsForBreakdown(questionnaire: Questionnaire, responses: ScanResponseInput[], minimum: number): string[] {
  const submitted = responses.filter(isSubmitted);
  const counts = new Map<string, number>();
  for (const r of submitted) counts.set(r.respondentRole, (counts.get(r.respondentRole) ?? 0) + 1);
  const known = questionnaire.respondentRoles;
  const others = [...counts.keys()].filter((name) => !known.includes(name)).sort();
  const groups = [...known, ...others].map((name) => ({ name, respondents: counts.get(name) ?? 0 }));
  return shownFunctionGroups(groups, submitted.length, minimum).map((g) => g.name);
}
