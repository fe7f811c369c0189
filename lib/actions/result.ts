// The one result shape of our server actions (and, extended, of the autosave reply): success with its
// data, or an expected failure with a code, a Dutch message and field errors. Types only, client-safe.
import type { ErrorCode } from "@/lib/errors";

export type FieldErrors = Record<string, string[]>;

export type ActionFailure = {
  ok: false;
  code: ErrorCode | "INTERNAL";
  message: string;
  fieldErrors?: FieldErrors;
  /** e.g. the text now stored, when an edit conflicted (lib/gedragscode/clauses.ts) */
  details?: Record<string, unknown>;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** What a form bound with useActionState holds: nothing before the first submit, then one message to announce. */
export type FormState = { ok: true; message: string } | ActionFailure | null;
