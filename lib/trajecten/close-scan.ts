import "server-only";
import { db } from "@/lib/db";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { currentRound } from "@/lib/scan/rounds/rounds";
import { listInvitationsWithProgress } from "@/lib/scan/invitations/queries";
import { effectiveMinimum } from "@/lib/scan/results/privacy";
import { heldBackMessage } from "@/lib/scan/results/snapshot";
import type { ScanCloseInput } from "./planning-schema";
import { followHeldSessions, moveTrajectPhase } from "./phase";

// "Scan sluiten": the trainer first sees how many answered (n of m), who is still busy and what the
// employer will see, then confirms. Closing takes the snapshot employers read (phase.ts, the one
// path for it); a session already held moves the phase on at once.

/** What the confirmation shows, for the scan that runs now (the first round, while the phase is SCAN_OPEN). */
export async function scanCloseOverview({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "traject:plan" });
  const rows = (await listInvitationsWithProgress({ actor, trajectId })).filter((r) => r.state !== "revoked");
  const submitted = rows.filter((r) => r.state === "submitted").length;
  const minimum = effectiveMinimum(env().PRIVACY_MIN_RESPONDENTS);
  return {
    submitted,
    invited: rows.length,
    busy: rows
      .filter((r) => r.state !== "submitted")
      .map(({ id, name, email, state, answered, total }) => ({ id, name, email, state, answered, total })),
    minimum,
    belowMinimum: submitted < minimum,
  };
}
export type ScanCloseOverview = Awaited<ReturnType<typeof scanCloseOverview>>;

/** Closes the scan as confirmed. Refused when the count changed since the trainer saw it, or the form is stale. */
export async function closeScan({ actor, input }: { actor: Actor; input: ScanCloseInput }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "traject:plan" });
  return db().$transaction(async (tx) => {
    const traject = await tx.traject.findUniqueOrThrow({ where: { id: input.trajectId }, select: { status: true, version: true } });
    if (traject.status !== "SCAN_OPEN") throw new AppError("VALIDATION", "De scan loopt niet (meer); er is niets te sluiten.");
    if (traject.version !== input.version)
      throw new AppError("CONFLICT", "Het traject is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
    const round = await currentRound(tx, input.trajectId);
    const inRound = { trajectId: input.trajectId, roundId: round.id, revokedAt: null };
    const invited = await tx.scanInvitation.count({ where: inRound });
    const submitted = await tx.scanInvitation.count({ where: { ...inRound, response: { status: "SUBMITTED" } } });
    // the trainer confirmed what they saw; a different count deserves a second look
    if (submitted !== input.submitted)
      throw new AppError(
        "CONFLICT",
        `Intussen is de stand veranderd: nu ${submitted} van ${invited} ingevuld. Bekijk de stand en sluit opnieuw.`,
      );
    const { snapshot } = await moveTrajectPhase(tx, {
      actor,
      trajectId: input.trajectId,
      from: "SCAN_OPEN",
      to: "SCAN_CLOSED",
      version: input.version,
      reason: "scan-closed",
    });
    const phase = (await followHeldSessions(tx, { actor, trajectId: input.trajectId, reason: "session-held" })) ?? "SCAN_CLOSED";
    return {
      submitted,
      invited,
      belowMinimum: submitted < effectiveMinimum(env().PRIVACY_MIN_RESPONDENTS),
      phase,
      snapshot,
      // a scan closed again after a reopen may leave the employer's stand as it was (docs/privacy.md#snapshots)
      heldBack: snapshot && !snapshot.published ? heldBackMessage(snapshot) : null,
    };
  });
}
