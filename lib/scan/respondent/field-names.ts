// The names of the respondent's form fields and note keys: the one place that knows the prefixes.
// The theme and closing pages write these names, the autosave script reads them back, the no-JavaScript
// form handler parses them and the results read the stored note keys. Pure and client-safe.
//
//   a:<itemKey>       the answer to a statement (radio group)
//   rev:<key>         the revision the page was rendered with, for an answer, a note or the self-grade
//   note:<noteKey>    a free-text note (textarea)
//   theme:<themeKey>  note key of the "één punt hoger" comment of a theme (stored in ScanNote.key)
//   open:<questionKey> note key of the answer to an open question (stored in ScanNote.key)
//   shareText         checkbox "the employer may read my texts" (value SHARE_VALUE when ticked)
//   shareTextShown    hidden field: the page showed that checkbox, so its absence means "not ticked"

const ANSWER = "a:";
const REVISION = "rev:";
const NOTE = "note:";
const THEME_NOTE = "theme:";
const OPEN_NOTE = "open:";

/** The respondent's choice about their texts (docs/privacy.md#consent); one value per response. */
export const SHARE_FIELD = "shareText";
export const SHARE_SHOWN_FIELD = "shareTextShown";
export const SHARE_VALUE = "yes";

/** The field of the self-grade; its revision field is revisionField(SELF_GRADE_FIELD). */
export const SELF_GRADE_FIELD = "selfGrade";

export const answerField = (itemKey: string) => `${ANSWER}${itemKey}`;
export const revisionField = (key: string) => `${REVISION}${key}`;
export const noteField = (noteKey: string) => `${NOTE}${noteKey}`;
export const themeNoteKey = (themeKey: string) => `${THEME_NOTE}${themeKey}`;
export const openNoteKey = (questionKey: string) => `${OPEN_NOTE}${questionKey}`;

/** The statement key of an answer field name ("a:T1.1" → "T1.1"); null for any other field. */
export function parseAnswerFieldName(name: string): string | null {
  return name.startsWith(ANSWER) && name.length > ANSWER.length ? name.slice(ANSWER.length) : null;
}

/** Whether a form field holds a note ("note:theme:T1"). */
export const isNoteField = (name: string): boolean => name.startsWith(NOTE) && name.length > NOTE.length;

export type ParsedNoteKey = { kind: "theme"; themeKey: string } | { kind: "open"; questionKey: string };

/** What a stored note key refers to; null for a key that is neither a theme comment nor an open answer. */
export function parseNoteKey(key: string): ParsedNoteKey | null {
  if (key.startsWith(THEME_NOTE) && key.length > THEME_NOTE.length) return { kind: "theme", themeKey: key.slice(THEME_NOTE.length) };
  if (key.startsWith(OPEN_NOTE) && key.length > OPEN_NOTE.length) return { kind: "open", questionKey: key.slice(OPEN_NOTE.length) };
  return null;
}

/** A valid note key: a theme comment or an open answer with a short, plain key (checked by the autosave schema). */
export const NOTE_KEY_PATTERN = new RegExp(`^(${THEME_NOTE.slice(0, -1)}|${OPEN_NOTE.slice(0, -1)}):[A-Za-z0-9_.-]{1,40}$`);
