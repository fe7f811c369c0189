import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type SnapshotOutcome, type SnapshotReason, writeResultsSnapshot } from "./snapshot-store";
import { roundStates } from "../rounds/rounds";
import type { Tx } from "@/lib/db";

/**
 * Writes a snapshot and its audit entry in the caller's transaction (the capability is the caller's to
 * check). The outcome says whether it was published or held back (too few respondents differ from an
 * earlier published one, docs/privacy.md#snapshots); a held-back one is audited as results.snapshot.held,
 * and heldBackMessage(outcome) tells the trainer why. Null without a questionnaire.
 */
export async function snapshotResultsInTx(
  tx: Tx,
  { actor, trajectId, roundId, reason }: { actor: Actor; trajectId: string; roundId?: string; reason: SnapshotReason },
): Promise<SnapshotOutcome | null> {
  const snapshot = await writeResultsSnapshot(tx, { trajectId, roundId, reason, takenBy: { id: actor.id, name: actor.name } });
  if (!snapshot) return null;
  const common = { actor, trajectId };
  if (snapshot.published) {
    await recordAudit(
      {
        ...common,
        action: "results.snapshot",
        entityType: "ResultsSnapshot",
        entityId: snapshot.id,
        data: { reason, respondents: snapshot.respondents, round: snapshot.roundNumber },
      },
      tx,
    );
  } else {
    const { added, removed, minimum, respondents, roundNumber } = snapshot;
    await recordAudit(
      {
        ...common,
        action: "results.snapshot.held",
        entityType: "ScanRound",
        entityId: snapshot.roundId,
        data: { reason, added, removed, minimum, respondents, round: roundNumber },
      },
      tx,
    );
  }
  return snapshot;
}

const people = (n: number) => (n === 1 ? "1 persoon" : `${n} mensen`);

/** Why a new stand did not reach the employer, in the trainer's words (naming the earlier stand it is too close to). */
export function heldBackMessage(outcome: Extract<SnapshotOutcome, { published: false }>): string {
  return (
    `Deze stand verschilt te weinig van een eerdere stand die de werkgever zag, die van ${formatDateTime(outcome.previous.takenAt)}: ` +
    `${people(outcome.added)} bijgekomen en ${people(outcome.removed)} afgevallen, en samen moeten het er minstens ${outcome.minimum} zijn. ` +
    `Wie de twee naast elkaar legt, zou anders kunnen zien wat één persoon antwoordde. Daarom blijft de werkgever de stand zien ` +
    `die hij nu ziet.`
  );
}

/**
 * The trainer's explicit new snapshot: from now on employers and the admin see the results as they
 * are at this moment (e.g. after more people answered in a reopened scan), unless too few people
 * differ from a stand they saw. Audited either way.
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
  if (!snapshot.published) {
    const { added, removed, minimum, respondents } = snapshot;
    return { published: false as const, added, removed, minimum, respondents, message: heldBackMessage(snapshot) };
  }
  return { published: true as const, snapshotId: snapshot.id, takenAt: snapshot.takenAt, respondents: snapshot.respondents };
}
