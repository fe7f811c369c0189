import { isoDate, recordId, wholeNumber, z } from "@/lib/zod";

// The trainer's forms on the follow-up page: the follow-up moment, and starting and closing a
// follow-up scan round.

export const followUpMomentSchema = z.object({
  trajectId: recordId(),
  date: isoDate(),
  /** the day the form showed ("" for none): a moment moved meanwhile is a conflict, never overwritten */
  current: isoDate({ optional: true }),
});
export type FollowUpMomentInput = z.infer<typeof followUpMomentSchema>;

export const startFollowUpRoundSchema = z.object({
  trajectId: recordId(),
  questionnaireId: recordId(),
  deadline: isoDate(),
  /** the short version: only the questionnaire's core statements (ADR 026); absent = the full scan */
  version: z.enum(["full", "short"], { message: "Kies de volledige scan of de korte versie." }).optional(),
  /** "on": invite again everyone the previous round invited (whose details are still kept) */
  reinvite: z.enum(["on"], { message: "Vink dit aan of laat het leeg." }).optional(),
});
export type StartFollowUpRoundInput = z.infer<typeof startFollowUpRoundSchema>;

export const closeFollowUpRoundSchema = z.object({
  trajectId: recordId(),
  round: wholeNumber(z.number({ message: "Kies een scanronde." }).min(2, { message: "Kies een vervolgscan." })),
});
export type CloseFollowUpRoundInput = z.infer<typeof closeFollowUpRoundSchema>;
