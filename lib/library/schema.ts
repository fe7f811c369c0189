import { checkboxValues, line, text, themeKeyField, wholeNumber, z } from "@/lib/zod";

// The admin's forms for the oplossingsrichtingen library (/beheer/oplossingsrichtingen).
/** "OR-12" for a bundled entry, "EIGEN-3" for one made here: also the edit page's address. */
export const SOLUTION_KEY = /^[A-Z]{2,6}-\d{1,4}$/;
const keyField = () => line().regex(SOLUTION_KEY, "Onbekende oplossingsrichting.");
const fields = {
  title: line().trim().min(3, "Geef de oplossingsrichting een titel.").max(120, "Gebruik maximaal 120 tekens."),
  description: text().trim().min(10, "Beschrijf in een paar zinnen wat het is.").max(1000, "Gebruik maximaal 1000 tekens."),
  themes: checkboxValues(themeKeyField(), 20),
  forAllThemes: z
    .enum(["on"])
    .optional()
    .transform((v) => v === "on"),
};

export const solutionCreateSchema = z.object(fields);
export type SolutionCreateInput = z.infer<typeof solutionCreateSchema>;

export const solutionUpdateSchema = z.object({
  ...fields,
  key: keyField(),
  version: wholeNumber(),
});
export type SolutionUpdateInput = z.infer<typeof solutionUpdateSchema>;

export const solutionActiveSchema = z.object({
  key: keyField(),
  version: wholeNumber(),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
