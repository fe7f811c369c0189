import { isoDate, line, recordId, text, wholeNumber, z } from "@/lib/zod";
import { GEDRAGSCODE_SECTION_KEYS } from "./sections";

// Shared by the gedragscode editor forms and their server actions.
const id = recordId();
const version = wholeNumber(z.number().min(0));

export const clauseSchema = z.object({
  trajectId: id,
  version,
  section: z.enum(GEDRAGSCODE_SECTION_KEYS, { message: "Kies een onderdeel." }),
  title: line().trim().min(2, "Geef de afspraak een korte titel.").max(160, "Gebruik maximaal 160 tekens."),
  body: text().trim().min(2, "Beschrijf de afspraak.").max(4000, "Gebruik maximaal 4000 tekens."),
  themeKey: line().max(40).optional(),
  owner: line().trim().max(120, "Gebruik maximaal 120 tekens.").optional(),
});
export type ClauseInput = z.infer<typeof clauseSchema>;

export const clauseRemoveSchema = z.object({ trajectId: id, version, clauseId: id });
export const preambleSchema = z.object({ trajectId: id, version, preamble: text().trim().max(4000, "Gebruik maximaal 4000 tekens.") });
export const adoptSchema = z.object({
  trajectId: id,
  version,
  adoptedByName: line().trim().min(2, "Vul in wie de code heeft vastgesteld.").max(160),
});
export const reopenSchema = z.object({ trajectId: id, version });

export const nextStepSchema = z.object({
  trajectId: id,
  text: text().trim().min(3, "Beschrijf de vervolgstap.").max(500, "Gebruik maximaal 500 tekens."),
  owner: line().trim().max(120).optional(),
  dueDate: isoDate({ optional: true }),
});
export const nextStepRemoveSchema = z.object({ trajectId: id, nextStepId: id });
