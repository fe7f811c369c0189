import { line, recordId, text, wholeNumber, z } from "@/lib/zod";
import { healthConfirmField } from "@/lib/health-check/schema";

// Shared by the expert's annotation form and its server actions.
export const VISIBILITIES = ["PRIVATE", "TANDEM", "EMPLOYER"] as const;

export const VISIBILITY_LABEL: Record<(typeof VISIBILITIES)[number], string> = {
  PRIVATE: "Privé (alleen ik)",
  TANDEM: "Met de trainer (tandem)",
  EMPLOYER: "Delen met de werkgever (ook in het rapport)",
};

export const annotationSchema = z.object({
  trajectId: recordId(),
  themeKey: line().min(1).max(40),
  itemKey: line().max(40).optional(), // "" = about the whole theme
  body: text().trim().min(3, "Schrijf minstens een paar woorden.").max(4000, "Gebruik maximaal 4000 tekens."),
  visibility: z.enum(VISIBILITIES, { message: "Kies met wie u dit deelt." }),
  ...healthConfirmField,
});
export type AnnotationInput = z.infer<typeof annotationSchema>;

export const annotationUpdateSchema = z.object({
  annotationId: recordId(),
  body: annotationSchema.shape.body,
  visibility: annotationSchema.shape.visibility,
  version: wholeNumber(z.number().min(1)),
  ...healthConfirmField,
});
export type AnnotationUpdateInput = z.infer<typeof annotationUpdateSchema>;

export const annotationDeleteSchema = z.object({ annotationId: recordId() });
