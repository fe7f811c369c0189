import { z } from "@/lib/zod";
import { GEDRAGSCODE_SECTION_KEYS } from "./sections";

// Shared by the gedragscode editor forms and their server actions.
const id = z.string().min(1).max(40);
const version = z.coerce.number().int().min(0);

export const clauseSchema = z.object({
  trajectId: id,
  version,
  section: z.enum(GEDRAGSCODE_SECTION_KEYS, { message: "Kies een onderdeel." }),
  title: z.string().trim().min(2, "Geef de afspraak een korte titel.").max(160, "Gebruik maximaal 160 tekens."),
  body: z.string().trim().min(2, "Beschrijf de afspraak.").max(4000, "Gebruik maximaal 4000 tekens."),
  themeKey: z.string().max(40).optional(),
  owner: z.string().trim().max(120, "Gebruik maximaal 120 tekens.").optional(),
});
export type ClauseInput = z.infer<typeof clauseSchema>;

export const clauseRemoveSchema = z.object({ trajectId: id, version, clauseId: id });
export const preambleSchema = z.object({ trajectId: id, version, preamble: z.string().trim().max(4000, "Gebruik maximaal 4000 tekens.") });
export const adoptSchema = z.object({
  trajectId: id,
  version,
  adoptedByName: z.string().trim().min(2, "Vul in wie de code heeft vastgesteld.").max(160),
});
export const reopenSchema = z.object({ trajectId: id, version });

export const nextStepSchema = z.object({
  trajectId: id,
  text: z.string().trim().min(3, "Beschrijf de vervolgstap.").max(500, "Gebruik maximaal 500 tekens."),
  owner: z.string().trim().max(120).optional(),
  dueDate: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, "Kies een datum.")
    .optional(),
});
export const nextStepRemoveSchema = z.object({ trajectId: id, nextStepId: id });
