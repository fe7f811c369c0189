import { recordId, text, wholeNumber, z } from "@/lib/zod";
import { healthConfirmField } from "@/lib/health-check/schema";

// The traject's debrief at closing: what worked in this traject for the method, in the author's words.
export const trajectDebriefSchema = z.object({
  trajectId: recordId(),
  whatWorked: text().trim().min(1, "Schrijf kort op wat in dit traject werkte.").max(4000, "Gebruik maximaal 4000 tekens."),
  /** the version the author started from; 0 for a first one */
  version: wholeNumber(z.number().min(0)),
  ...healthConfirmField,
});
export type TrajectDebriefInput = z.infer<typeof trajectDebriefSchema>;
