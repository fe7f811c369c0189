import { z } from "zod";
import { MAX_YEAR, MIN_YEAR, isoDateProblem, isoTimeProblem } from "@/lib/dates";

// Every schema imports z from here, so zod's own messages (wrong type, unknown option, …) are Dutch
// too, on the server and in the browser. Our schemas still give their own messages where it matters.
z.config(z.locales.nl());

export { z };

// The one home of "what may a typed text contain". PostgreSQL refuses the NUL character and a lone
// UTF-16 surrogate cannot be stored as UTF-8, so both would otherwise surface as a server error; other
// control characters are invisible and never typed on purpose. Every string schema of every form is
// built from text() (several lines) or line() (one line), so this is refused once, at the edge.
export const INVISIBLE_CHARACTERS_MESSAGE = "Gebruik geen onzichtbare tekens of stuurtekens.";
export const SINGLE_LINE_MESSAGE = "Schrijf dit op één regel, zonder tabs.";

// \p{Cc}: C0 and C1 control characters and DEL; \p{Cs} with the u flag: only unpaired surrogates.
const INVISIBLE = /(?![\t\n\r])\p{Cc}|\p{Cs}/u;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** Control characters other than tab, newline and carriage return, or a lone surrogate. */
export const hasInvisibleCharacters = (value: string): boolean => INVISIBLE.test(value);

type StringParams = Parameters<typeof z.string>[0];

/**
 * A free text of one or more lines (notes, descriptions): newlines and tabs are fine. Line breaks are
 * stored as "\n": browsers send a textarea's as CRLF, which the PDFs would print as a missing glyph.
 */
export function text(params?: StringParams) {
  return z
    .string(params)
    .refine((v) => !hasInvisibleCharacters(v), { message: INVISIBLE_CHARACTERS_MESSAGE, abort: true })
    .overwrite((v) => v.replace(/\r\n?/g, "\n"));
}

/** One line (names, e-mail addresses, titles, ids): no line breaks or tabs either. */
export function line(params?: StringParams) {
  return text(params).refine((v) => !LINE_BREAK_OR_TAB.test(v), { message: SINGLE_LINE_MESSAGE, abort: true });
}

/** A database id from a form field or URL (cuid or the demo seed's readable ids). */
export const recordId = () => line().min(1).max(40);

// z.coerce.number() would read "", "0x10", "1e3" and "\v3" (a control character is whitespace to
// Number()) as numbers; a form's number field holds digits only.
const DIGITS = /^-?\d{1,15}$/;
const strictNumber = (value: unknown) => (typeof value === "string" ? (DIGITS.test(value) ? Number(value) : Number.NaN) : value);

// Versions and counts are PostgreSQL integers: a larger number would be a database error, not a refusal.
const MAX_INTEGER = 2_147_483_647;

/** A whole number from a form field ("3", digits only) or from JSON (3); bounds and messages on `inner`. */
export const wholeNumber = (inner: z.ZodNumber = z.number()) => z.preprocess(strictNumber, inner.int().min(-MAX_INTEGER).max(MAX_INTEGER));

const DATE_MESSAGES = {
  format: "Kies een datum.",
  impossible: "Kies een bestaande datum.",
  range: `Kies een datum tussen ${MIN_YEAR} en ${MAX_YEAR}.`,
} as const;

/**
 * A date as typed in <input type="date">: "YYYY-MM-DD", a day that exists, a year within
 * MIN_YEAR..MAX_YEAR (the rule: lib/dates.ts). With `optional`, "" and a missing field mean "no date".
 */
export function isoDate(): z.ZodString;
export function isoDate(options: { optional: true }): z.ZodOptional<z.ZodString>;
export function isoDate(options: { optional?: boolean } = {}) {
  const schema = z.string().superRefine((value, ctx) => {
    if (options.optional && value === "") return;
    const problem = isoDateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: DATE_MESSAGES[problem], input: value, continue: false });
  });
  return options.optional ? schema.optional() : schema;
}

const TIME_MESSAGES = { format: "Kies een tijd.", impossible: "Kies een bestaande tijd (00:00 tot en met 23:59)." } as const;

/** A time as typed in <input type="time">: "HH:MM" from 00:00 to 23:59; "" or missing = no time. */
export function optionalIsoTime() {
  return z
    .string()
    .superRefine((value, ctx) => {
      if (value === "") return;
      const problem = isoTimeProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: TIME_MESSAGES[problem], input: value, continue: false });
    })
    .optional();
}

export const UNKNOWN_OPERATION_MESSAGE = "Onbekende handeling.";

/**
 * The keys of a dispatch table as an enum: a posted "op" picks one of the table's own entries, never
 * an inherited name such as "__proto__", "constructor" or "toString".
 */
export function keyOf<K extends string>(table: Record<K, unknown>, message = UNKNOWN_OPERATION_MESSAGE) {
  const keys = Object.keys(table) as K[];
  return z.enum(keys as [K, ...K[]], { message });
}

/** Checkboxes sharing one name: absent = none, one ticked = a string, several = an array; duplicates dropped. */
export const checkboxValues = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .union([item, z.array(item).max(max)])
    .optional()
    .transform((v): z.infer<T>[] => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

/** A questionnaire theme key ("T4"), as forms send it. */
export const themeKeyField = () => line().regex(/^T\d{1,2}$/, "Kies thema's uit de lijst.");

/**
 * An uploaded file, duck-typed instead of `z.instanceof(File)`: the File from a server action's
 * FormData and the browser's File are not always the same class (realm), but both have these members.
 */
export const isUploadedFile = (value: unknown): value is File =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as File).name === "string" &&
  typeof (value as File).size === "number" &&
  typeof (value as File).arrayBuffer === "function" &&
  typeof (value as File).text === "function";
