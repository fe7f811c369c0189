import "server-only";
import type { AuthSessionEndReason } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { z } from "@/lib/zod";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "./guard";
import { idleTimeoutSecondsOf, requiresSecondFactor } from "./capabilities";
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
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + LOGIN_LIFETIME_SECONDS * 1000) },
    select: { id: true },
  });
  return row.id;
}

/**
 * The actor for a token's user and session, or null: unknown, ended, expired or idle session (the idle
 * timeout is per role, ADR 005), a session of someone else, or an account that is off or gone. One
 * query (the user joined with the session row), plus a write at most once a minute for the activity.
 */
export async function actorForLogin({
  userId,
  loginId,
  now = new Date(),
  touch = true,
}: {
  userId: string | undefined;
  loginId: string | undefined;
  now?: Date;
  /** Whether this read is the login's activity (a page, action or stream request); false for /api/auth/session. */
  touch?: boolean;
}): Promise<Actor | null> {
  if (typeof userId !== "string" || typeof loginId !== "string" || !userId || !loginId) return null;
  // one statement: the user, and their open, unexpired session row with its last activity
  const [user] = await db().$queryRaw<LoginRow[]>`
    SELECT u."id", u."role"::text AS "role", u."name", u."employerId", u."totpEnabledAt", s."lastSeenAt"
    FROM "User" u JOIN "AuthSession" s ON s."userId" = u."id"
    WHERE u."id" = ${userId} AND u."active" AND s."id" = ${loginId} AND s."endedAt" IS NULL AND s."expiresAt" > ${now}`;
  if (!user) return null;
  const actor: Actor = { id: user.id, role: user.role as Role, name: user.name, employerId: user.employerId, loginId };
  if (!(await stillActive(actor, loginId, new Date(user.lastSeenAt), now, touch))) return null;
  // a role that must have a second factor and has none yet can only set one up (docs/decisions/019)
  return requiresSecondFactor(actor) && !user.totpEnabledAt ? { ...actor, secondFactorMissing: true } : actor;
}

interface LoginRow {
  id: string;
  role: string;
  name: string;
  employerId: string | null;
  totpEnabledAt: Date | null;
  lastSeenAt: Date;
}

/** Activity is written at most this often per login: a request a second costs one write a minute. */
export const LAST_SEEN_RESOLUTION_SECONDS = 60;

/**
 * The idle timeout (per role: idleTimeoutSecondsOf): a login unused for longer ends now, with reason
 * IDLE; otherwise this request is its activity, written when the stored time is a minute old or more.
 */
async function stillActive(actor: Actor, loginId: string, lastSeenAt: Date, now: Date, touch: boolean): Promise<boolean> {
  const idleMs = now.getTime() - lastSeenAt.getTime();
  if (idleMs > idleTimeoutSecondsOf(actor) * 1000) {
    await db().authSession.updateMany({ where: { id: loginId, endedAt: null }, data: { endedAt: now, endedReason: "IDLE" } });
    return false;
  }
  if (touch && idleMs >= LAST_SEEN_RESOLUTION_SECONDS * 1000) {
    await db().authSession.updateMany({ where: { id: loginId, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
  }
  return true;
}

/**
 * For a long request of a signed-in person (the board's stream, open for a whole meeting): whether their
 * login still counts, asked now and then. Each ask is activity, so an open board in presenter mode keeps
 * its login from the idle timeout, and the stream ends once the login has ended.
 */
export const loginStillActive = async (actor: Actor, now?: Date): Promise<boolean> =>
  (await actorForLogin({ userId: actor.id, loginId: actor.loginId, now })) !== null;

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

/** Failed and refused logins in the audit log (they hold the client's address) are kept this long. */
export const LOGIN_AUDIT_RETENTION_DAYS = 90;

/**
 * The scheduler's clean-up: rows ended or expired more than the retention period ago are deleted, and
 * the audit log's failed and refused logins older than theirs (lib/auth/login-limits.ts writes them).
 */
export async function pruneLogins({ now = new Date() }: { now?: Date } = {}) {
  const before = new Date(now.getTime() - LOGIN_RETENTION_DAYS * DAY_MS);
  const { count } = await db().authSession.deleteMany({ where: { OR: [{ endedAt: { lt: before } }, { expiresAt: { lt: before } }] } });
  const { count: attempts } = await db().auditEvent.deleteMany({
    where: {
      action: { in: ["login.failed", "login.refused"] },
      createdAt: { lt: new Date(now.getTime() - LOGIN_AUDIT_RETENTION_DAYS * DAY_MS) },
    },
  });
  return count + attempts;
}
