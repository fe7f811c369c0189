import "server-only";
import type { Tx } from "@/lib/db";

// MINIMAL STAND-IN (helper i27-cohorts): the candidates helper writes the real lib/training/candidates.ts
// in parallel; keep theirs when merging. Only the signature the completion needs is here.

/** The expert's candidate record, if they came in as one, becomes CERTIFIED (in the caller's transaction). */
export async function markCandidateCertified(tx: Tx, userId: string): Promise<void> {
  await tx.expertCandidate.updateMany({
    where: { userId, status: { not: "CERTIFIED" } },
    data: { status: "CERTIFIED", statusChangedAt: new Date(), version: { increment: 1 } },
  });
}
