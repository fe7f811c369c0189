import { recordId, text, wholeNumber, z } from "@/lib/zod";
import { healthConfirmField } from "@/lib/health-check/schema";

// The debrief form (one schema, the trainer's and the expert's: the expert's extra fields are ignored for the trainer).
const answer = text().trim().max(2000, "Gebruik maximaal 2000 tekens.").optional().default("");

export const debriefSchema = z.object({
  trajectId: recordId(),
  number: wholeNumber(z.number().min(1).max(3)),
  wentWell: answer,
  hard: answer,
  takenUp: answer,
  followUp: answer,
  /** The expert's own load check, 1 (weinig) to 5 (veel); "" = not filled in. */
  energy: z
    .union([z.literal(""), wholeNumber(z.number().min(1, "Kies 1 tot 5.").max(5, "Kies 1 tot 5."))])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  share: z
    .enum(["on", ""], { message: "Onbekende keuze." })
    .optional()
    .transform((v) => v === "on"),
  ...healthConfirmField,
});
export type DebriefInput = z.infer<typeof debriefSchema>;
