// What the review page ("Controleren en versturen") shows: per theme each statement with the chosen
// answer in the scale's own words, and the respondent's comment. Pure and client-safe.
import type { Questionnaire } from "../scoring/types";
import type { AnswerValue } from "../scoring/types";
import { themeNoteKey } from "./field-names";

type SavedAnswers = Readonly<Record<string, { value: AnswerValue }>>;
type SavedNotes = Readonly<Record<string, { text: string }>>;

export interface ReviewTheme {
  index: number;
  key: string;
  title: string;
  /** `answer` is the label of the chosen option ("Klopt grotendeels", "Weet ik niet"), null while open */
  items: { key: string; text: string; answer: string | null }[];
  /** the theme's comment ("één punt hoger"), null when empty */
  note: string | null;
  open: number;
}

/** The words of an answer: the scale's label, or the number itself for a value the scale does not name. */
export function answerLabel(questionnaire: Pick<Questionnaire, "scale">, value: AnswerValue): string {
  if (value === "dontKnow") return questionnaire.scale.dontKnow.label;
  return questionnaire.scale.options.find((o) => o.value === value)?.label ?? String(value);
}

/** A saved text, or null when there is none or only white space. */
export const noteText = (notes: SavedNotes, key: string): string | null => notes[key]?.text.trim() || null;

type Themes = readonly { key: string; title: string; items: readonly { key: string; text: string }[] }[];

export function reviewThemes(
  questionnaire: Pick<Questionnaire, "scale"> & { themes: Themes },
  state: { answers: SavedAnswers; notes: SavedNotes },
): ReviewTheme[] {
  return questionnaire.themes.map((theme, index) => {
    const items = theme.items.map((item) => {
      const saved = state.answers[item.key];
      return { key: item.key, text: item.text, answer: saved ? answerLabel(questionnaire, saved.value) : null };
    });
    return {
      index,
      key: theme.key,
      title: theme.title,
      items,
      note: noteText(state.notes, themeNoteKey(theme.key)),
      open: items.filter((i) => i.answer === null).length,
    };
  });
}
