// Plain data types of a questionnaire version: they mirror the JSON format of prisma/data/mhb-2025.json.
// Content is versioned in the database; the scan (lib/scan) scores answers against it.

export type StatementKind = "intentie" | "praktijk";

export interface QuestionnaireItem {
  key: string;
  /** in the short version (lib/questionnaires/short.ts); absent = false */
  core?: boolean;
  kind: StatementKind;
  text: string;
  solutions: string[];
}

export interface QuestionnaireTheme {
  key: string;
  title: string;
  shortTitle?: string;
  items: QuestionnaireItem[];
}

export interface Questionnaire {
  id: string;
  title: string;
  language: string;
  scale: {
    options: { value: number; label: string }[];
    dontKnow: { value: null; label: string };
  };
  intro: { title: string; body: string[]; tips: string[] };
  selfGrade: { key: string; text: string; min: number; max: number };
  themeQuestion: string;
  openQuestions: { key: string; text: string }[];
  respondentRoles: string[];
  themes: QuestionnaireTheme[];
}

export interface Solution {
  key: string;
  title: string;
  description: string;
  themes: string[];
  forAllThemes: boolean;
}
