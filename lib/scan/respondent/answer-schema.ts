import type { ActionFailure } from "@/lib/actions/result";
import { line, text, z } from "@/lib/zod";
import { NOTE_KEY_PATTERN } from "./field-names";

// One schema for the autosave payload: the respondent's browser builds it, the route handler parses
// it. Scale membership and statement keys are checked against the response's questionnaire version.
export const MAX_REVISION = 1_000_000;
const revision = z.number().int("Ongeldige versie.").min(0, "Ongeldige versie.").max(MAX_REVISION);

export const MAX_NOTE_LENGTH = 4000;

export const autosaveSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("answer"),
    itemKey: line().min(1).max(40),
    value: z.union([z.literal("dontKnow"), z.number().int("Kies een van de antwoorden.")]),
    revision,
  }),
  z.object({
    type: z.literal("note"),
    key: line().regex(NOTE_KEY_PATTERN, "Onbekend tekstveld."),
    text: text().max(MAX_NOTE_LENGTH, `Gebruik maximaal ${MAX_NOTE_LENGTH} tekens.`),
    revision,
  }),
  z.object({
    type: z.literal("selfGrade"),
    value: z
      .number()
      .int("Kies een heel cijfer.")
      // only a sanity bound: the range is the questionnaire's (selfGrade.min/max), checked by the store
      .min(0, "Kies een rapportcijfer.")
      .max(100, "Kies een rapportcijfer.")
      .nullable(),
    revision,
  }),
]);
export type AutosaveInput = z.infer<typeof autosaveSchema>;

/** The autosave HTTP reply: the common action failure shape; a success carries the new revision, a conflict the saved value. */
export type AutosaveResult =
  | { ok: true; revision: number }
  | (ActionFailure & { code: "CONFLICT"; current: { value: number | "dontKnow" | string | null; revision: number } })
  | (ActionFailure & { code: "RATE_LIMITED"; retryAfterSeconds: number })
  | (ActionFailure & { code: "VALIDATION" | "LOCKED" | "INVITE_INVALID" | "INTERNAL" });
