// Plain data in and out of the report. `ReportInput` is what the app assembles from the database;
// `ReportModel` is fully formatted (Dutch numbers, dates, labels) so a renderer only lays it out.
// Neither type holds respondents' names or e-mail addresses: the report must never show them.

import type { Band, Questionnaire, ScanResult, Solution } from "@/lib/scan/scoring/types";
import type { ReportProgress } from "@/lib/followup/progress";
// the code's document types live with the code (lib/gedragscode), below the report that includes it
import type { GedragscodeInput, GedragscodeModel } from "@/lib/gedragscode/document-types";
export type {
  CodeDocumentModel,
  CodeSignatureInput,
  GedragscodeClauseInput,
  GedragscodeInput,
  GedragscodeModel,
  SignaturePageModel,
} from "@/lib/gedragscode/document-types";
import type { Outcome } from "@/lib/trajecten/outcome-rules";
import type { OrganisationTexts } from "@/lib/organisation/defaults";

export type AnnotationVisibility = "PRIVATE" | "TANDEM" | "EMPLOYER";

export interface ReportAnnotationInput {
  themeKey: string;
  itemKey: string | null;
  body: string;
  visibility: AnnotationVisibility;
  /** e.g. "Ervaringsdeskundige" — a role label, chosen by the app, not necessarily a name */
  authorLabel: string;
}

export interface ReportInput {
  traject: {
    employerName: string;
    werkvloerName: string | null;
    /** When the traject was started: names it in file names when it has no werkvloer */
    startedAt?: Date;
    sector?: string | null;
    periodStart: Date | null;
    periodEnd: Date | null;
    trainerName: string;
    expertNames: string[];
    /** the organisation's contact point for advice (OadS), never a respondent */
    contactPerson: { name: string; email?: string | null; phone?: string | null } | null;
    generatedAt: Date;
  };
  questionnaire: Questionnaire;
  questionnaireVersion: string;
  /** extra paragraphs for the reading guide: the working-version label, the version of each round (ADR 026) */
  readingNotes?: string[];
  result: ScanResult;
  solutions: Solution[];
  annotations: ReportAnnotationInput[];
  /** answers to "wat is nodig om één punt hoger te scoren?", anonymous */
  themeComments: { themeKey: string; text: string; withheld?: boolean }[];
  gedragscode: GedragscodeInput | null;
  nextSteps: { text: string; owner: string | null; dueDate: Date | null }[];
  /**
   * The traject's outcome (lib/trajecten/outcome.ts), which decides the closing part: FORMELE_CODE the
   * adopted code and its signature page, AFSPRAKEN the (concept) code and the next steps, ALLEEN_RAPPORT
   * the next steps only. Absent or null: the code whenever there is one, as before outcomes existed.
   */
  outcome?: Outcome | null;
  /**
   * Set for an employer's or the admin's report, built from the results snapshot (docs/privacy.md):
   * with few respondents no statement figures, self-grade or comments enter the model. Null or
   * absent for the tandem's live report.
   */
  privacy?: { fewRespondents: boolean; minimum: number; takenAt: Date | null } | null;
  /**
   * "employer" (default): what the employer may read, the default download for every role. "tandem":
   * the tandem's own report with the texts respondents did not share, marked (`withheld`), and said to
   * be theirs alone on its cover and every page.
   */
  edition?: "employer" | "tandem";
  /** A report of a follow-up scan round: how it compares with the first round (lib/followup/progress.ts). */
  progress?: ReportProgress | null;
  /** The organisation's settings (lib/organisation, ADR 025); absent: its defaults. */
  organisation?: ReportOrganisation;
}

export interface ReportOrganisation {
  texts: OrganisationTexts;
  logo: { bytes: Uint8Array; type: "image/png" | "image/jpeg" } | null;
}

// ---------------------------------------------------------------- model

export type ReportSectionKey =
  "leeswijzer" | "samenvatting" | "themas" | "aandachtspunten" | "gedragscode" | "vervolgstappen" | "contact" | "bijlage";

export interface LabelValue {
  label: string;
  value: string;
  /** a short addition shown small under the value, e.g. the band of a grade */
  note?: string;
}

export interface ChartBar {
  label: string;
  /** unrounded position on the 1–10 axis; null = no score */
  value: number | null;
  valueLabel: string;
  bandLabel: string | null;
}

export interface GradeChartModel {
  min: number;
  max: number;
  zones: { band: Band; label: string; from: number; to: number }[];
  bars: ChartBar[];
  markers: { label: string; value: number; valueLabel: string; style: "solid" | "dashed" }[];
  alt: string;
}

export interface StatementModel {
  key: string;
  text: string;
  kindLabel: string;
  mean: string;
  /** answers per scale value 1..5, then "weet ik niet" */
  distribution: number[];
  dontKnow: number;
  divergent: boolean;
}

export interface ThemeModel {
  key: string;
  number: number;
  title: string;
  grade: string | null;
  band: Band | null;
  bandLabel: string | null;
  keyFigures: LabelValue[];
  signals: string[];
  statements: StatementModel[];
  /** shown instead of the statements when they are withheld (few respondents) */
  statementsNote: string | null;
  reflections: { body: string; author: string; about: string | null }[];
  comments: string[];
}

export interface AandachtspuntModel {
  themeKey: string;
  themeTitle: string;
  grade: string | null;
  reasons: { label: string; explanation: string }[];
  focusItems: { key: string; text: string; mean: string }[];
  solutions: { key: string; title: string; description: string }[];
}

/** The follow-up scan compared with the first scan round (lib/followup/compare.ts). */
// built with the follow-up (lib/followup/progress.ts), where it lives; the report only draws it
export type { ReportProgress } from "@/lib/followup/progress";

export interface ReportModel {
  meta: { title: string; author: string; subject: string; keywords: string; lang: "nl-NL" };
  runningHeader: string;
  /** the tandem's report: a line at the foot of every page, the cover too, saying it is theirs alone */
  restrictedNote?: string | null;
  cover: {
    kicker: string;
    title: string;
    employerName: string;
    rows: LabelValue[];
    note: string;
    /** who is behind the programme, at the foot of the cover */
    initiative: string;
    /** the organisation's logo: a Figure with this alt text */
    logo: { bytes: Uint8Array; alt: string } | null;
  };
  sections: { key: ReportSectionKey; title: string }[];
  reading: {
    paragraphs: string[];
    /** the method's four steps: a lead ("Verdiepen (de scan en bijeenkomst 1)") and what it is about */
    fourSteps: { lead: string; text: string }[];
    scale: LabelValue[];
    bands: { band: Band; label: string; range: string; meaning: string }[];
  };
  summary: {
    paragraphs: string[];
    keyFigures: LabelValue[];
    signals: string[];
    /** null below the minimum: no grades to chart */
    chart: GradeChartModel | null;
    topAandachtspunten: { themeTitle: string; reasons: string }[];
  };
  themes: ThemeModel[];
  aandachtspunten: AandachtspuntModel[];
  aandachtspuntenIntro: string;
  /** below the minimum: the aandachtspunten as names only, alphabetical, unnumbered */
  namesOnly?: boolean;
  gedragscode: GedragscodeModel | null;
  nextSteps: { intro: string; steps: { text: string; details: string | null }[] } | null;
  contact: { paragraphs: string[]; rows: LabelValue[] };
  appendix: { paragraphs: string[]; rows: LabelValue[]; themes: LabelValue[] };
  /** only for a follow-up scan: its progress section, drawn after the summary */
  progress?: ReportProgress | null;
}
