import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { type SnapshotReason, writeResultsSnapshot } from "./snapshot-store";

type Tx = Prisma.TransactionClient;

/** Writes a snapshot and its audit entry in the caller's transaction (the capability is the caller's to check). */
export async function snapshotResultsInTx(
  tx: Tx,
  { actor, trajectId, reason }: { actor: Actor; trajectId: string; reason: SnapshotReason },
) {
  const snapshot = await writeResultsSnapshot(tx, { trajectId, reason, takenBy: { id: actor.id, name: actor.name } });
  if (!snapshot) return null;
  await recordAudit(
    {
      actor,
      action: "results.snapshot",
      entityType: "ResultsSnapshot",
      entityId: snapshot.id,
      trajectId,
      data: { reason, respondents: snapshot.respondents },
    },
    tx,
  );
  return snapshot;
}

/**
 * The trainer's explicit new snapshot: from now on employers and the admin see the results as they
 * are at this moment (e.g. after a reopened response was sent again). Audited.
 */
export async function takeResultsSnapshot({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "results:snapshot" });
  const snapshot = await db().$transaction((tx) => snapshotResultsInTx(tx, { actor, trajectId, reason: "trainer" }));
  if (!snapshot) throw new AppError("VALIDATION", "Er is nog geen vragenlijst gekozen, dus ook nog geen uitkomst om vast te leggen.");
  return { snapshotId: snapshot.id, takenAt: snapshot.takenAt, respondents: snapshot.respondents };
}
