// The four bands a grade falls in: thresholds, Dutch names and what each band means. The one home of
// these rules: scoring assigns bands with gradeBand, the screens and the report word them from here.
// The scan is a starting point for a conversation, not a test: never "onvoldoende", never pass/fail.
import { round } from "@/lib/format/rounding";
import type { Band } from "./types";

/** Lowest grade (rounded to 1 decimal) of each band but the first, in the order of the scale. */
export const BAND_THRESHOLDS = { "op weg": 5.5, "stevige basis": 7.0, "sterk punt": 8.0 } as const;

/** The grade scale the bands divide. */
export const GRADE_MIN = 1;
export const GRADE_MAX = 10;

export const BAND_LABELS: Record<Band, string> = {
  ontwikkelpunt: "ontwikkelpunt",
  "op weg": "op weg",
  "stevige basis": "stevige basis",
  "sterk punt": "sterk punt",
};

export const BAND_DESCRIPTIONS: Record<Band, string> = {
  ontwikkelpunt: "Hier valt de meeste winst te behalen. Een goed startpunt voor de bijeenkomst.",
  "op weg": "Er gebeurt al het nodige; met een paar concrete stappen wordt dit steviger.",
  "stevige basis": "Hier staat al veel. De vraag is wat nodig is om het vast te houden en uit te bouwen.",
  // the method: there is always room to grow ("van een 7 naar een 8"), also for what goes well
  "sterk punt":
    "Dit gaat goed. Mooi om te delen, ook als voorbeeld voor andere thema's. En ook hier is een volgende stap: wat houdt dit vast, en wat maakt het nog beter?",
};

/** Text for a theme that has no score yet (too few answers). */
export const NO_SCORE_LABEL = "nog geen score";

/** Band of a grade; compares the grade rounded to 1 decimal. */
export function gradeBand(grade: number | null): Band | null {
  if (grade === null || !Number.isFinite(grade)) return null;
  const g = round(grade, 1);
  if (g < BAND_THRESHOLDS["op weg"]) return "ontwikkelpunt";
  if (g < BAND_THRESHOLDS["stevige basis"]) return "op weg";
  if (g < BAND_THRESHOLDS["sterk punt"]) return "stevige basis";
  return "sterk punt";
}

/** "op weg"; "nog geen score" when there is no band. */
export function bandLabel(band: Band | null): string {
  return band === null ? NO_SCORE_LABEL : BAND_LABELS[band];
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Op weg", for headings and legends; null when there is no band. */
export function bandTitle(band: Band | null): string | null {
  return band === null ? null : capitalize(BAND_LABELS[band]);
}

const grade1 = (x: number) => x.toFixed(1).replace(".", ",");
const [FIRST, SECOND, THIRD] = [BAND_THRESHOLDS["op weg"], BAND_THRESHOLDS["stevige basis"], BAND_THRESHOLDS["sterk punt"]];

export interface BandInfo {
  band: Band;
  /** lower edge (inclusive) and upper edge (exclusive, except for the last band) on the grade scale */
  from: number;
  to: number;
  /** the range in Dutch, e.g. "5,5 tot 7,0" */
  range: string;
  /** capitalized name, e.g. "Op weg" */
  label: string;
  meaning: string;
}

/** The four bands in the order of the scale, for legends, chart zones and the report's reading guide. */
export const BANDS: readonly BandInfo[] = (
  [
    { band: "ontwikkelpunt", from: GRADE_MIN, to: FIRST, range: `lager dan ${grade1(FIRST)}` },
    { band: "op weg", from: FIRST, to: SECOND, range: `${grade1(FIRST)} tot ${grade1(SECOND)}` },
    { band: "stevige basis", from: SECOND, to: THIRD, range: `${grade1(SECOND)} tot ${grade1(THIRD)}` },
    { band: "sterk punt", from: THIRD, to: GRADE_MAX, range: `${grade1(THIRD)} en hoger` },
  ] as const
).map((b) => ({ ...b, label: capitalize(BAND_LABELS[b.band]), meaning: BAND_DESCRIPTIONS[b.band] }));

/** The grades where one band ends and the next begins (the dashed lines in the chart). */
export const BAND_EDGES: readonly number[] = [FIRST, SECOND, THIRD];
