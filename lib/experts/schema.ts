import { line, recordId, text, wholeNumber, z } from "@/lib/zod";
import { SLOTS } from "./slots";

// The expert's own profile form (/expert/profiel) and the admin's switches.
const themeKey = line().regex(/^T\d{1,2}$/, "Kies thema's uit de lijst.");
const many = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item).max(40)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

export const ownProfileSchema = z.object({
  experienceThemes: many(themeKey),
  region: line().trim().max(80, "Gebruik maximaal 80 tekens."),
  slots: many(z.enum(SLOTS as [string, ...string[]], { message: "Kies dagdelen uit de lijst." })),
  availability: text().trim().max(300, "Gebruik maximaal 300 tekens."),
  bio: text().trim().max(800, "Gebruik maximaal 800 tekens."),
  version: wholeNumber(),
});
export type OwnProfileInput = z.infer<typeof ownProfileSchema>;

export const expertStatusSchema = z.object({
  userId: recordId(),
  field: z.enum(["certified", "paused"]),
  value: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type ExpertStatusInput = z.infer<typeof expertStatusSchema>;
