import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { newLinkToken, resolveLinkToken } from "@/lib/link-tokens";
import { publish } from "@/lib/live/events";

// Who may watch a board: whoever reads the code (gedragscode:read), and a projector through a
// read-only link for one session. That link is a token (only its hash stored) that expires at the
// end of the session's day and can be revoked; it shows the board and nothing else.

const LINK_INVALID = "Deze bordlink werkt niet (meer): hij is verlopen of ingetrokken. Vraag de trainer om een nieuwe.";

/** The traject a projector link shows, or INVITE_INVALID; `stillWorks` asks again (an open stream does). */
export async function boardLinkTraject(
  token: string,
): Promise<{ trajectId: string; sessionNumber: number; createdAt: Date; stillWorks: () => Promise<boolean> }> {
  const link = await resolveLinkToken(token, (tokenHash) =>
    db().boardLink.findUnique({ where: { tokenHash }, include: { session: { select: { trajectId: true, number: true } } } }),
  );
  if (!link || link.revokedAt || link.expiresAt <= new Date()) throw new AppError("INVITE_INVALID", LINK_INVALID);
  const stillWorks = async () =>
    (await db().boardLink.count({ where: { id: link.id, revokedAt: null, expiresAt: { gt: new Date() } } })) === 1;
  return { trajectId: link.session.trajectId, sessionNumber: link.session.number, createdAt: link.createdAt, stillWorks };
}

/** End of the session's day in Amsterdam (or of today, for a session without a date), plus a margin. */
function expiryFor(session: { scheduledAt: Date | null; endsAt: Date | null }): Date {
  const end = session.endsAt ?? session.scheduledAt ?? new Date();
  return new Date(Math.max(end.getTime(), Date.now()) + 6 * 3600_000);
}

/** The trainer makes a projector link for a session (an earlier one of that session is revoked). */
export async function createBoardLink({ actor, trajectId, number }: { actor: Actor; trajectId: string; number: number }) {
  await assertTrajectCapability({ actor, trajectId, capability: "traject:plan" });
  return db().$transaction(async (tx) => {
    const session = await tx.trajectSession.findUnique({ where: { trajectId_number: { trajectId, number } } });
    if (!session || session.status === "CANCELLED") throw notFound("Deze bijeenkomst");
    const { count } = await tx.boardLink.updateMany({ where: { sessionId: session.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count > 0) await publish(tx, "access", trajectId, { kind: "revoked" }); // its open streams end
    const { token, tokenHash } = newLinkToken();
    const link = await tx.boardLink.create({ data: { sessionId: session.id, tokenHash, expiresAt: expiryFor(session) } });
    await recordAudit({ actor, action: "board.link", entityType: "BoardLink", entityId: link.id, trajectId }, tx);
    return { token, expiresAt: link.expiresAt };
  });
}

export async function revokeBoardLinks({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "traject:plan" });
  return db().$transaction(async (tx) => {
    const { count } = await tx.boardLink.updateMany({
      where: { session: { trajectId }, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count > 0) {
      // every instance hears it at commit and its open projector streams re-check their link (lib/live/stream.ts)
      await publish(tx, "access", trajectId, { kind: "revoked" });
      await recordAudit({ actor, action: "board.revoke", entityType: "Traject", entityId: trajectId, trajectId, data: { count } }, tx);
    }
    return { count };
  });
}

export async function activeBoardLinks({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "traject:plan" });
  return db().boardLink.findMany({
    where: { session: { trajectId }, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, expiresAt: true, session: { select: { number: true } } },
  });
}

/** "I am editing this clause" / "no longer": shown to the others, never stored beyond the board's log. */
export async function announcePresence({
  actor,
  trajectId,
  clauseId,
  editing,
}: {
  actor: Actor;
  trajectId: string;
  clauseId: string;
  editing: boolean;
}) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:edit" });
  await db().$transaction(async (tx) => {
    // only a clause of this traject's code: another traject's clause id would travel on this board
    const clause = await tx.gedragscodeClause.findFirst({ where: { id: clauseId, gedragscode: { trajectId } }, select: { id: true } });
    if (!clause) throw notFound("Dit artikel");
    await publish(tx, "board", trajectId, { kind: `${editing ? "editing" : "idle"}:${clauseId}`, actorName: actor.name });
  });
}
