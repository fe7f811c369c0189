import "server-only";
import type { AuthSessionEndReason } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { z } from "@/lib/zod";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "./guard";
import type { Actor, Role } from "./roles";
import type { Tx } from "@/lib/db";

// A session row per login (docs/decisions/005-jwt-sessions.md). The JWT only carries the row's id; the
// row says whether the session still counts. Every instance reads the same table, so ending a row ends
// that session everywhere on the next request.

/** Absolute: set at login, never extended by activity or a refreshed token. */
export const LOGIN_LIFETIME_SECONDS = 12 * 60 * 60;
/** Ended and expired rows are kept this long (for the account's own history), then pruned. */
export const LOGIN_RETENTION_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A new session for someone who just proved who they are; its id goes into the JWT. */
export async function startLogin({ userId, now = new Date() }: { userId: string; now?: Date }): Promise<string> {
  const row = await db().authSession.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + LOGIN_LIFETIME_SECONDS * 1000) },
    select: { id: true },
  });
  return row.id;
}

/**
 * The actor for a token's user and session, or null: unknown, ended or expired session, a session of
 * someone else, or an account that is off or gone. One query (the session is an EXISTS on the user row),
 * so the check costs what the user re-read cost before.
 */
export async function actorForLogin({
  userId,
  loginId,
  now = new Date(),
}: {
  userId: string | undefined;
  loginId: string | undefined;
  now?: Date;
}): Promise<Actor | null> {
  if (typeof userId !== "string" || typeof loginId !== "string" || !userId || !loginId) return null;
  const user = await db().user.findFirst({
    where: { id: userId, active: true, authSessions: { some: { id: loginId, endedAt: null, expiresAt: { gt: now } } } },
    select: { id: true, role: true, name: true, employerId: true },
  });
  if (!user) return null;
  return { id: user.id, role: user.role as Role, name: user.name, employerId: user.employerId, loginId };
}

/** Logging out: this one session, and only if it is the token's own user's. */
export async function endLogin({ userId, loginId }: { userId: string | undefined; loginId: string | undefined }) {
  if (typeof userId !== "string" || typeof loginId !== "string") return;
  await db().authSession.updateMany({
    where: { id: loginId, userId, endedAt: null },
    data: { endedAt: new Date(), endedReason: "LOGOUT" },
  });
}

/**
 * Every open session of this user ends, in the caller's transaction (password changed or reset, account
 * switched off). `keep` spares one: the session that changed its own password stays signed in.
 */
export async function endLogins(tx: Tx, { userId, reason, keep }: { userId: string; reason: AuthSessionEndReason; keep?: string }) {
  const { count } = await tx.authSession.updateMany({
    where: { userId, endedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { endedAt: new Date(), endedReason: reason },
  });
  return count;
}

/** The "Overal uitloggen" form has no fields: who is signed in is all it needs. */
export const endAllLoginsSchema = z.object({});

/** "Overal uitloggen": every session of the signed-in user, this one included. */
export async function endAllLogins({ actor }: { actor: Actor }) {
  assertCapability(actor, "account:own");
  return db().$transaction(async (tx) => {
    const ended = await endLogins(tx, { userId: actor.id, reason: "LOGOUT_EVERYWHERE" });
    await recordAudit({ actor, action: "user.endAllSessions", entityType: "User", entityId: actor.id, data: { ended } }, tx);
    return { ended };
  });
}

/** The scheduler's clean-up: rows ended or expired more than the retention period ago are deleted. */
export async function pruneLogins({ now = new Date() }: { now?: Date } = {}) {
  const before = new Date(now.getTime() - LOGIN_RETENTION_DAYS * DAY_MS);
  const { count } = await db().authSession.deleteMany({ where: { OR: [{ endedAt: { lt: before } }, { expiresAt: { lt: before } }] } });
  return count;
}
