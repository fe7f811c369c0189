import { isUploadedFile, z } from "@/lib/zod";

// The upload form of /beheer/vragenlijsten. Client-safe: the form checks the same rules before it
// sends anything, so a too-large file never reaches the server-action body limit.

/** Questionnaire files are about 20 kB; anything above 1 MB is certainly not one. */
export const MAX_QUESTIONNAIRE_BYTES = 1024 * 1024;
export const TOO_LARGE_MESSAGE = "Het bestand is groter dan 1 MB. Een vragenlijst is veel kleiner; kies het juiste JSON-bestand.";

export const questionnaireImportSchema = z.object({
  file: z
    .custom<File>(isUploadedFile, { error: "Kies een JSON-bestand met de vragenlijst." })
    // A form submitted without a choice sends an empty, nameless file.
    .refine((f) => f.size > 0 || f.name !== "", { error: "Kies een JSON-bestand met de vragenlijst.", abort: true })
    .refine((f) => f.size > 0, { error: "Het gekozen bestand is leeg.", abort: true })
    .refine((f) => f.size <= MAX_QUESTIONNAIRE_BYTES, { error: TOO_LARGE_MESSAGE }),
});

export type QuestionnaireImportInput = z.infer<typeof questionnaireImportSchema>;
