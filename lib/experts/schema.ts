import { checkboxValues, line, recordId, text, themeKeyField, wholeNumber, z } from "@/lib/zod";
import { SLOTS } from "./slots";
import { healthConfirmField } from "@/lib/health-check/schema";

// The expert's own profile form (/expert/profiel) and the admin's switches.

export const ownProfileSchema = z.object({
  experienceThemes: checkboxValues(themeKeyField(), 40),
  region: line().trim().max(80, "Gebruik maximaal 80 tekens."),
  slots: checkboxValues(z.enum(SLOTS as [string, ...string[]], { message: "Kies dagdelen uit de lijst." }), 40),
  availability: text().trim().max(300, "Gebruik maximaal 300 tekens."),
  bio: text().trim().max(800, "Gebruik maximaal 800 tekens."),
  version: wholeNumber(),
  ...healthConfirmField,
});
export type OwnProfileInput = z.infer<typeof ownProfileSchema>;

export const expertStatusSchema = z.object({
  userId: recordId(),
  field: z.enum(["paused"], { message: "Kies pauzeren of de pauze beëindigen." }),
  value: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type ExpertStatusInput = z.infer<typeof expertStatusSchema>;
