import { line, text, z } from "@/lib/zod";
import type { Questionnaire, QuestionnaireTheme } from "../scoring/types";
import { MAX_NOTE_LENGTH, MAX_REVISION } from "./answer-schema";
import {
  SELF_GRADE_FIELD,
  SHARE_FIELD,
  SHARE_SHOWN_FIELD,
  SHARE_VALUE,
  answerField,
  noteField,
  openNoteKey,
  revisionField,
  themeNoteKey,
} from "./field-names";

// The no-JavaScript forms as posted: one schema per page, built from the questionnaire and the field
// names of field-names.ts. The whole form is parsed before anything is saved, so a refused form
// stores nothing. Fields the page does not write are dropped; a repeated field (an array) is refused.

const noteText = text().max(MAX_NOTE_LENGTH, `Gebruik maximaal ${MAX_NOTE_LENGTH} tekens.`).optional();
// The revision the page was rendered with; missing or "" means "never saved" (0).
const revision = line()
  .regex(/^\d{0,7}$/, "Ongeldige versie.")
  .refine((v) => Number(v) <= MAX_REVISION, "Ongeldige versie.")
  .optional();
// Which button was pressed ("prev", "review", "goto:3", …): only read to pick the next page.
const intent = line().max(20).optional();

export const ANSWER_MESSAGE = "Kies een van de antwoorden.";
// The share checkbox: ticked sends SHARE_VALUE, unticked sends nothing, so the page adds a marker.
const shareFields = { [SHARE_FIELD]: z.literal(SHARE_VALUE).optional(), [SHARE_SHOWN_FIELD]: z.literal("1").optional() };

/** The respondent's share choice in a parsed form: true/false when the page showed it, else undefined. */
export const shareChoiceOf = (form: Record<string, unknown>): boolean | undefined =>
  form[SHARE_SHOWN_FIELD] === "1" ? form[SHARE_FIELD] === SHARE_VALUE : undefined;

/** A theme page: an answer and its revision per statement, the theme's comment and its revision. */
export function themeFormSchema(questionnaire: Questionnaire, theme: QuestionnaireTheme) {
  const values = ["", "dontKnow", ...questionnaire.scale.options.map((o) => String(o.value))];
  const answer = line()
    .refine((v) => values.includes(v), ANSWER_MESSAGE)
    .optional();
  const noteKey = themeNoteKey(theme.key);
  const shape: Record<string, z.ZodType> = { intent, ...shareFields, [noteField(noteKey)]: noteText, [revisionField(noteKey)]: revision };
  for (const item of theme.items) {
    shape[answerField(item.key)] = answer;
    shape[revisionField(item.key)] = revision;
  }
  return z.object(shape);
}

/** The closing page: the self-grade, the open questions, and their revisions. */
export function closingFormSchema(questionnaire: Questionnaire) {
  const { min, max } = questionnaire.selfGrade;
  const gradeMessage = `Kies een rapportcijfer van ${min} tot en met ${max}.`;
  const grade = line()
    .refine((v) => v === "" || (/^\d{1,2}$/.test(v) && Number(v) >= min && Number(v) <= max), gradeMessage)
    .optional();
  const shape: Record<string, z.ZodType> = {
    intent,
    ...shareFields,
    [SELF_GRADE_FIELD]: grade,
    [revisionField(SELF_GRADE_FIELD)]: revision,
  };
  for (const q of questionnaire.openQuestions) {
    const key = openNoteKey(q.key);
    shape[noteField(key)] = noteText;
    shape[revisionField(key)] = revision;
  }
  return z.object(shape);
}
