import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { type SnapshotReason, writeResultsSnapshot } from "./snapshot-store";
import { roundStates } from "../rounds/rounds";

type Tx = Prisma.TransactionClient;

/** Writes a snapshot and its audit entry in the caller's transaction (the capability is the caller's to check). */
export async function snapshotResultsInTx(
  tx: Tx,
  { actor, trajectId, roundId, reason }: { actor: Actor; trajectId: string; roundId?: string; reason: SnapshotReason },
) {
  const snapshot = await writeResultsSnapshot(tx, { trajectId, roundId, reason, takenBy: { id: actor.id, name: actor.name } });
  if (!snapshot) return null;
  await recordAudit(
    {
      actor,
      action: "results.snapshot",
      entityType: "ResultsSnapshot",
      entityId: snapshot.id,
      trajectId,
      data: { reason, respondents: snapshot.respondents, round: snapshot.roundNumber },
    },
    tx,
  );
  return snapshot;
}

/**
 * The trainer's explicit new snapshot: from now on employers and the admin see the results as they
 * are at this moment (e.g. after a reopened response was sent again). Audited.
 */
export async function takeResultsSnapshot({ actor, trajectId, round }: { actor: Actor; trajectId: string; round?: number }) {
  await assertTrajectCapability({ actor, trajectId, capability: "results:snapshot" });
  const snapshot = await db().$transaction(async (tx) => {
    const rounds = await roundStates(tx, trajectId);
    const chosen = round === undefined ? rounds[rounds.length - 1] : rounds.find((r) => r.number === round);
    if (!chosen) throw new AppError("VALIDATION", "Deze scanronde bestaat niet.");
    // while a round takes answers the employer sees nothing of it (docs/privacy.md#snapshots)
    if (chosen.open)
      throw new AppError("VALIDATION", "Deze scan loopt nog. De stand voor de werkgever wordt vastgelegd als de scan sluit.");
    return snapshotResultsInTx(tx, { actor, trajectId, roundId: chosen.id, reason: "trainer" });
  });
  if (!snapshot) throw new AppError("VALIDATION", "Er is nog geen vragenlijst gekozen, dus ook nog geen uitkomst om vast te leggen.");
  return { snapshotId: snapshot.id, takenAt: snapshot.takenAt, respondents: snapshot.respondents };
}
