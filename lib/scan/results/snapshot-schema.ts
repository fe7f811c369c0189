import { recordId, z } from "@/lib/zod";

/** The trainer's "new snapshot" button: only the traject. */
export const resultsSnapshotSchema = z.object({ trajectId: recordId() });
export type ResultsSnapshotInput = z.infer<typeof resultsSnapshotSchema>;
