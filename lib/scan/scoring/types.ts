// Plain data types of the Mental Health-bedrijfsscan. The questionnaire is content (versioned in the
// database); these types mirror the JSON format of prisma/data/mhb-2025.json.

// The questionnaire's own shape lives with the questionnaires (versioned content, below the scan).
import type { StatementKind } from "@/lib/questionnaires/types";
export type { StatementKind, QuestionnaireItem, QuestionnaireTheme, Questionnaire, Solution } from "@/lib/questionnaires/types";

/** A stored answer: 1–5, or "dontKnow". Anything else counts as unanswered when scoring. */
export type AnswerValue = number | "dontKnow";

export interface ScanResponseInput {
  /** the respondent's function group, as the shared scan format names it ("respondentRole"): not a user's role */
  respondentRole: string;
  status: "draft" | "submitted" | string;
  selfGrade: unknown;
  answers: Record<string, unknown>;
}

export type Band = "ontwikkelpunt" | "op weg" | "stevige basis" | "sterk punt";

export type AandachtspuntReason =
  "ontwikkelpunt" | "schijninclusie" | "schijninclusie-let-op" | "onbekendheid" | "verschil-in-beeld" | "groeikans";

export interface ThemeResult {
  key: string;
  score: number | null;
  grade: number | null;
  band: Band | null;
  intentie: number | null;
  praktijk: number | null;
  gap: number | null;
  unknownShare: number | null;
  spread: number | null;
  respondents: number;
}

export interface ItemStatistics {
  key: string;
  theme: string;
  kind: StatementKind;
  mean: number | null;
  n: number;
  dontKnow: number;
  min: number | null;
  max: number | null;
  /** count per numeric scale value, ascending (for a 1–5 scale: index 0 = value 1 … index 4 = value 5) */
  distribution: number[];
  divergent: boolean;
}

export interface Aandachtspunt {
  theme: string;
  reasons: AandachtspuntReason[];
  focusItems: string[];
  solutions: string[];
}

export interface ScanResult {
  respondents: number;
  overallGrade: number | null;
  selfGrade: number | null;
  selfGap: number | null;
  themes: ThemeResult[];
  items: ItemStatistics[];
  divergentItems: string[];
  aandachtspunten: Aandachtspunt[];
}
