// The Dutch texts of the progress section (first scan vs follow-up scan), in one home for the results
// page and the PDF report: both lay out the same ProgressView, so they can never word it differently.
// Wording shows progress and next chances, never a verdict: a lower grade is a sharper view, not a
// failure. Direction is always said in words; an arrow only decorates. Pure and client-safe.
import { formatDecimal } from "@/lib/format/number";
import { NO_SCORE_LABEL, bandLabel } from "@/lib/scan/scoring/bands";
import type { ChangeDirection, GradeComparison, ScanComparison, SelfGradeComparison, UnmatchedTheme } from "./compare";
import type { Band } from "@/lib/scan/scoring/types";

export interface StepsDone {
  done: number;
  total: number;
}

/** e.g. { before: "Eerste scan (maart 2026)", after: "Vervolgscan (september 2026)" } */
export interface RoundLabels {
  before: string;
  after: string;
}

export const PROGRESS_TITLE = "Voortgang sinds de eerste scan";
/** From the second follow-up on, the same comparison with the round before it (lib/followup/progress.ts). */
export const SINCE_PREVIOUS_TITLE = "Voortgang sinds de vorige vervolgscan";
export const NO_COMPARISON_LABEL = "geen vergelijking";
export const LOWER_EXPLANATION =
  "Een lager cijfer betekent vaak dat mensen scherper kijken nu het onderwerp bespreekbaar is: een goed vertrekpunt voor het volgende gesprek.";

/** Decorative only: the text next to it says the same in words. */
export const DIRECTION_ARROWS: Record<ChangeDirection, string> = { hoger: "↑", gelijk: "→", lager: "↓" };

export interface ProgressCell {
  value: string;
  /** the band in words, e.g. "op weg" */
  note: string | null;
}

export interface ChangeText {
  arrow: string | null;
  /** "0,2 hoger", "gelijk", "0,3 lager" or "geen vergelijking" */
  text: string;
}

export interface ProgressRow {
  label: string;
  before: ProgressCell;
  after: ProgressCell;
  /** null: nothing to compare in this row (the number of respondents) */
  change: ChangeText | null;
}

export interface ProgressTable {
  heading: string;
  caption: string;
  columns: { label: string; before: string; after: string; change: string };
  rows: ProgressRow[];
}

export interface ProgressView {
  title: string;
  intro: string;
  summary: string;
  /** either round was the short version: on which statements the two are compared (null when both were full) */
  versionNote: string | null;
  overall: ProgressTable;
  steps: { label: string; value: string } | null;
  themes: ProgressTable;
  /** shown when a theme or the overall grade came out lower */
  lowerNote: string | null;
  aandachtspunten: { heading: string; groups: { title: string; text: string; themes: string[] }[] } | null;
  unmatched: { heading: string; explanation: string; groups: { title: string; themes: string[] }[] } | null;
}

export function changeText(c: { change: number | null; direction: ChangeDirection | null }): ChangeText {
  if (c.change === null || c.direction === null) return { arrow: null, text: NO_COMPARISON_LABEL };
  const arrow = DIRECTION_ARROWS[c.direction];
  return { arrow, text: c.direction === "gelijk" ? "gelijk" : `${formatDecimal(Math.abs(c.change))} ${c.direction}` };
}

/** A grade with its band in words; `band` undefined for a grade without bands (the self-grade). */
const gradeCell = (grade: number | null, band?: Band | null): ProgressCell =>
  grade === null
    ? { value: NO_SCORE_LABEL, note: null }
    : { value: formatDecimal(grade), note: band === undefined ? null : bandLabel(band) };

const gradeRow = (label: string, c: GradeComparison): ProgressRow => ({
  label,
  before: gradeCell(c.gradeBefore, c.bandBefore),
  after: gradeCell(c.gradeAfter, c.bandAfter),
  change: changeText(c),
});

const selfGradeRow = (c: SelfGradeComparison): ProgressRow => ({
  label: "Eigen rapportcijfer",
  before: gradeCell(c.gradeBefore),
  after: gradeCell(c.gradeAfter),
  change: changeText(c),
});

export function stepsDoneText({ done, total }: StepsDone): string {
  return `${done} van de ${total} ${total === 1 ? "stap" : "stappen"} klaar`;
}

/** "A", "A en B", "A, B en C" */
const joinAnd = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`);

export function progressSummary(comparison: ScanComparison): string {
  const compared = comparison.themes.filter((t) => t.direction !== null);
  if (compared.length === 0) return "Er zijn nog geen thema’s met een cijfer in allebei de scans. Daarom vergelijken we nog geen thema’s.";
  if (compared.length === 1) return `Eén thema kunnen we vergelijken: dat scoort nu ${compared[0]?.direction}.`;
  const count = (d: ChangeDirection) => compared.filter((t) => t.direction === d).length;
  const parts = (["hoger", "gelijk", "lager"] as const).filter((d) => count(d) > 0).map((d) => `${count(d)} ${d}`);
  return `Van de ${compared.length} thema’s die we kunnen vergelijken, scoren er nu ${joinAnd(parts)}.`;
}

/**
 * "Vergeleken op de 27 kernstellingen: …": which round was the short version and what that means for
 * the figures (docs/scoring.md#short-version). Null when both rounds were the full scan.
 */
export function versionNote(comparison: ScanComparison, roundLabels: RoundLabels): string | null {
  const { shared } = comparison;
  if (!shared) return null;
  const on = `Vergeleken op de ${shared.statements} kernstellingen`;
  if (shared.shortBefore && shared.shortAfter)
    return `${on}: ${roundLabels.before} en ${roundLabels.after} waren allebei de korte versie van de scan, met alleen de kernstellingen.`;
  const [short, full] = shared.shortAfter ? [roundLabels.after, roundLabels.before] : [roundLabels.before, roundLabels.after];
  return `${on}: ${short} was de korte versie van de scan, met alleen de kernstellingen. ${full} was de volledige scan; de cijfers daarvan zijn hier opnieuw berekend op alleen die ${shared.statements} stellingen, zodat u dezelfde stellingen naast elkaar ziet.`;
}

const AANDACHTSPUNT_GROUPS = [
  {
    key: "resolved",
    title: "Geen aandachtspunt meer",
    text: "Bij de eerste scan was dit een aandachtspunt, nu niet meer. Mooi om te benoemen: wat heeft hier geholpen?",
  },
  {
    key: "stillOpen",
    title: "Blijft een aandachtspunt",
    text: "Hier loopt de aandacht door. Een goed onderwerp om samen de volgende stap te kiezen.",
  },
  { key: "new", title: "Nieuw aandachtspunt", text: "Nieuw in beeld bij de vervolgscan: een kans voor het volgende gesprek." },
] as const;

const unmatchedLine = (t: UnmatchedTheme) =>
  t.grade === null ? `${t.title}: ${NO_SCORE_LABEL}` : `${t.title}: ${formatDecimal(t.grade)} (${bandLabel(t.band)})`;

export function buildProgressView(
  comparison: ScanComparison,
  { stepsDone, roundLabels, title = PROGRESS_TITLE }: { stepsDone: StepsDone | null; roundLabels: RoundLabels; title?: string },
): ProgressView {
  const columns = (label: string) => ({ label, before: roundLabels.before, after: roundLabels.after, change: "Verschil" });
  const titles = new Map(comparison.themes.map((t) => [t.key, t.title]));
  const apGroups = AANDACHTSPUNT_GROUPS.map((g) => ({
    title: g.title,
    text: g.text,
    themes: comparison.aandachtspunten[g.key].map((key) => titles.get(key) ?? key),
  })).filter((g) => g.themes.length > 0);
  const unmatched = [
    { title: "Nieuw in de vervolgscan", themes: comparison.onlyAfter.map(unmatchedLine) },
    { title: "Alleen in de eerste scan", themes: comparison.onlyBefore.map(unmatchedLine) },
  ].filter((g) => g.themes.length > 0);
  const { respondents } = comparison;

  return {
    title,
    intro: `Hier staan de uitkomsten van twee scans naast elkaar: ${roundLabels.before} en ${roundLabels.after}. Zo ziet u wat er in beweging is gekomen en waar de volgende kansen liggen.`,
    summary: progressSummary(comparison),
    versionNote: versionNote(comparison, roundLabels),
    overall: {
      heading: "Totaalbeeld",
      caption: `Totaalbeeld: ${roundLabels.before} en ${roundLabels.after}`,
      columns: columns("Onderdeel"),
      rows: [
        gradeRow("Rapportcijfer uit de scan", comparison.overall),
        ...(comparison.selfGrade ? [selfGradeRow(comparison.selfGrade)] : []),
        {
          label: "Ingevulde scans",
          before: { value: String(respondents.before), note: null },
          after: { value: String(respondents.after), note: null },
          change: null,
        },
      ],
    },
    steps:
      stepsDone && stepsDone.total > 0 ? { label: "Afgesproken vervolgstappen uit de eerste scan", value: stepsDoneText(stepsDone) } : null,
    themes: {
      heading: "Per thema",
      caption: `Rapportcijfer per thema: ${roundLabels.before} en ${roundLabels.after}`,
      columns: columns("Thema"),
      rows: comparison.themes.map((t) => gradeRow(t.title, t)),
    },
    lowerNote: comparison.hasLower ? LOWER_EXPLANATION : null,
    aandachtspunten: apGroups.length > 0 ? { heading: "Aandachtspunten", groups: apGroups } : null,
    unmatched:
      unmatched.length > 0
        ? {
            heading: "Thema’s in maar één van de twee scans",
            explanation:
              "De vragenlijst is tussen de twee scans bijgewerkt. Deze thema’s staan maar in één van beide versies. Daarom zetten we ze niet naast elkaar; het cijfer staat er ter informatie bij.",
            groups: unmatched,
          }
        : null,
  };
}
