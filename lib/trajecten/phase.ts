import "server-only";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { defaultFollowUpAt } from "@/lib/followup/moment-rules";
import { snapshotResultsInTx } from "@/lib/scan/results/snapshot";
import type { TrajectStatusKey } from "./labels";
import { recordDerivedOutcome } from "./outcome";
import { isBeforeScanClose, phaseFromSessions } from "./status";
import type { Tx } from "@/lib/db";

// The one home of what a phase change does, whoever causes it: the trainer's exception
// (setTrajectStatus), closing the scan (close-scan.ts) or a session held or taken back
// (lib/sessions/held.ts). The caller decides whether the move is allowed; this writes it.

const CONFLICT_MESSAGE = "De fase is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.";

export type PhaseReason = "by-hand" | "scan-closed" | "session-held" | "session-unheld";

export async function moveTrajectPhase(
  tx: Tx,
  {
    actor,
    trajectId,
    from,
    to,
    version,
    reason,
  }: { actor: Actor; trajectId: string; from: TrajectStatusKey; to: TrajectStatusKey; version?: number; reason: PhaseReason },
) {
  // the version makes two trainers clicking at once a conflict, not a silent jump; without one (a
  // fact), the phase it was read at must still hold
  const updated = await tx.traject.updateMany({
    where: { id: trajectId, status: from, ...(version === undefined ? {} : { version }) },
    data: { status: to, version: { increment: 1 }, ...scanClosedAtChange(from, to) },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
  await recordAudit(
    { actor, action: "traject.status", entityType: "Traject", entityId: trajectId, trajectId, data: { from, to, reason } },
    tx,
  );
  // Closing the scan freezes what employers see (docs/privacy.md#snapshots); later ones are the trainer's choice.
  // It may be held back (too few people differ from the stand the employer saw before): the caller tells the trainer.
  const snapshot =
    from === "SCAN_OPEN" && to === "SCAN_CLOSED" ? await snapshotResultsInTx(tx, { actor, trajectId, reason: "scan-closed" }) : null;
  // closing records the outcome from what exists; the trainer confirms it on the traject page. It
  // also plans the follow-up moment (default six months on; the trainer can move it, lib/followup).
  if (to === "CLOSED") {
    await recordDerivedOutcome(tx, trajectId);
    const closedAt = new Date();
    await tx.traject.update({
      where: { id: trajectId },
      data: { closedAt, followUpAt: defaultFollowUpAt(closedAt), followUpRemindedAt: null },
    });
  }
  return { snapshot };
}

/** The retention period of respondents' details counts from the scan's close (docs/privacy.md#bewaren); a step back reopens it. */
function scanClosedAtChange(from: TrajectStatusKey, to: TrajectStatusKey): { scanClosedAt?: Date | null } {
  if (isBeforeScanClose(from) && !isBeforeScanClose(to)) return { scanClosedAt: new Date() };
  if (!isBeforeScanClose(from) && isBeforeScanClose(to)) return { scanClosedAt: null };
  return {};
}

/** After a session was held or taken back (or the scan closed): the phase the held sessions make it. Returns the new phase, or null. */
export async function followHeldSessions(tx: Tx, { actor, trajectId, reason }: { actor: Actor; trajectId: string; reason: PhaseReason }) {
  const traject = await tx.traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: { status: true, sessions: { where: { status: "HELD" }, select: { number: true } } },
  });
  const to = phaseFromSessions(
    traject.status,
    traject.sessions.map((s) => s.number),
  );
  if (to === traject.status) return null;
  await moveTrajectPhase(tx, { actor, trajectId, from: traject.status, to, reason });
  return to;
}
