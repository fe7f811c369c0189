import { recordId, wholeNumber, z } from "@/lib/zod";

/** The trainer's "new snapshot" button: the traject, and the scan round (absent: the newest). */
export const resultsSnapshotSchema = z.object({
  trajectId: recordId(),
  round: wholeNumber(z.number().min(1, { message: "Kies een scanronde." })).optional(),
});
export type ResultsSnapshotInput = z.infer<typeof resultsSnapshotSchema>;
