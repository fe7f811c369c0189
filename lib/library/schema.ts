import { line, text, wholeNumber, z } from "@/lib/zod";

// The admin's forms for the oplossingsrichtingen library (/beheer/oplossingsrichtingen).
const themeKey = line().regex(/^T\d{1,2}$/, "Kies thema's uit de lijst.");
const fields = {
  title: line().trim().min(3, "Geef de oplossingsrichting een titel.").max(120, "Gebruik maximaal 120 tekens."),
  description: text().trim().min(10, "Beschrijf in een paar zinnen wat het is.").max(1000, "Gebruik maximaal 1000 tekens."),
  // checkboxes: absent = none, one = a string, several = an array
  themes: z
    .union([themeKey, z.array(themeKey).max(20)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v])),
  forAllThemes: z
    .enum(["on"])
    .optional()
    .transform((v) => v === "on"),
};

export const solutionCreateSchema = z.object(fields);
export type SolutionCreateInput = z.infer<typeof solutionCreateSchema>;

export const solutionUpdateSchema = z.object({
  ...fields,
  key: line().regex(/^[A-Z]{2,6}-\d{1,4}$/, "Onbekende oplossingsrichting."),
  version: wholeNumber(),
});
export type SolutionUpdateInput = z.infer<typeof solutionUpdateSchema>;

export const solutionActiveSchema = z.object({
  key: line().regex(/^[A-Z]{2,6}-\d{1,4}$/, "Onbekende oplossingsrichting."),
  version: wholeNumber(),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
