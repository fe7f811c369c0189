import { line, recordId, wholeNumber, z } from "@/lib/zod";

// The admin's forms for the method's do's and don'ts (/beheer/werkwijze): one to add, one per entry to edit.
// Principles are the method's standard uitgangspunten, offered for every new gedragscode (lib/gedragscode/draft.ts).
export const GUIDELINE_KINDS = ["DO", "DONT", "PRINCIPLE"] as const;
export const GUIDELINE_KIND_LABEL = { DO: "Wel doen", DONT: "Niet doen", PRINCIPLE: "Uitgangspunt (voor de gedragscode)" } as const;

const fields = {
  kind: z.enum(GUIDELINE_KINDS, { message: "Kies: wel doen, niet doen of uitgangspunt." }),
  /** Only for a principle: the title of its clause in the code */
  title: line().trim().max(160, "Gebruik maximaal 160 tekens.").optional(),
  text: line().trim().min(5, "Schrijf de afspraak in een korte zin.").max(400, "Gebruik maximaal 400 tekens."),
};
const principleNeedsTitle = (v: { kind: string; title?: string }) => v.kind !== "PRINCIPLE" || (v.title ?? "").length >= 2;
const TITLE_NEEDED = { message: "Geef het uitgangspunt een korte titel.", path: ["title"] };

export const guidelineCreateSchema = z.object(fields).refine(principleNeedsTitle, TITLE_NEEDED);
export type GuidelineCreateInput = z.infer<typeof guidelineCreateSchema>;

export const guidelineUpdateSchema = z
  .object({
    ...fields,
    id: recordId(),
    version: wholeNumber(z.number().min(1)),
    /** The checkbox "op de voorbereidingskaart": absent = switched off. */
    active: z
      .enum(["on"], { message: "Onbekende keuze." })
      .optional()
      .transform((v) => v === "on"),
  })
  .refine(principleNeedsTitle, TITLE_NEEDED);
export type GuidelineUpdateInput = z.infer<typeof guidelineUpdateSchema>;
