import { recordId, z } from "@/lib/zod";

// The expert's two forms: answering a request, stepping back.
export const respondSchema = z.object({
  trajectId: recordId(),
  answer: z.enum(["accept", "decline"], { message: "Kies ja of nee." }),
});
export const stepBackSchema = z.object({
  trajectId: recordId(),
  notes: z.enum(["keep", "remove"], { message: "Kies wat er met uw gedeelde notities gebeurt." }),
});
