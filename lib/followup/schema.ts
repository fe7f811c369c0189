import { isoDate, recordId, text, wholeNumber, z } from "@/lib/zod";
import { FOLLOW_UP_OWNER_LABEL, STEP_STATUSES } from "./labels";
import { healthConfirmField } from "@/lib/health-check/schema";

// One schema per follow-up form (app/(app)/trajecten/[id]/opvolging). Dates are Amsterdam calendar
// days as <input type="date"> sends them; lib/zod.ts gives the Dutch messages for impossible ones.
const id = recordId();
const ownerKeys = Object.keys(FOLLOW_UP_OWNER_LABEL) as [keyof typeof FOLLOW_UP_OWNER_LABEL, ...(keyof typeof FOLLOW_UP_OWNER_LABEL)[]];

/** How a step or an afspraak is going; names the version the form showed, so a crossing update is a conflict. */
export const stepStatusSchema = z.object({
  trajectId: id,
  kind: z.enum(["step", "clause"], { message: "Onbekende soort stap." }),
  id,
  status: z.enum(STEP_STATUSES, { message: "Kies hoe het ermee staat." }),
  note: text().trim().max(1000, "Gebruik maximaal 1000 tekens.").optional(),
  version: wholeNumber(z.number().min(0)),
  ...healthConfirmField,
});
export type StepStatusInput = z.infer<typeof stepStatusSchema>;

/** A step added after the sessions; who picks it up is a role (stored as its Dutch label). */
export const followUpStepSchema = z.object({
  trajectId: id,
  text: text().trim().min(3, "Beschrijf de stap.").max(500, "Gebruik maximaal 500 tekens."),
  owner: z
    .union([z.literal(""), z.enum(ownerKeys, { message: "Kies wie de stap oppakt." })])
    .optional()
    .transform((v) => (v ? FOLLOW_UP_OWNER_LABEL[v] : undefined)),
  dueDate: isoDate({ optional: true }),
  ...healthConfirmField,
});
export type FollowUpStepInput = z.infer<typeof followUpStepSchema>;
