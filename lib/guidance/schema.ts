import { line, recordId, wholeNumber, z } from "@/lib/zod";

// The admin's forms for the method's do's and don'ts (/beheer/werkwijze): one to add, one per entry to edit.
export const GUIDELINE_KINDS = ["DO", "DONT"] as const;

const fields = {
  kind: z.enum(GUIDELINE_KINDS, { message: "Kies: wel doen of niet doen." }),
  text: line().trim().min(5, "Schrijf de afspraak in een korte zin.").max(240, "Gebruik maximaal 240 tekens."),
};

export const guidelineCreateSchema = z.object(fields);
export type GuidelineCreateInput = z.infer<typeof guidelineCreateSchema>;

export const guidelineUpdateSchema = z.object({
  ...fields,
  id: recordId(),
  version: wholeNumber(z.number().min(1)),
  /** The checkbox "op de voorbereidingskaart": absent = switched off. */
  active: z
    .enum(["on"], { message: "Onbekende keuze." })
    .optional()
    .transform((v) => v === "on"),
});
export type GuidelineUpdateInput = z.infer<typeof guidelineUpdateSchema>;
