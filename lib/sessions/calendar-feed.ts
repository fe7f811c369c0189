import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import { trajectScope } from "@/lib/auth/scopes";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { newLinkToken, resolveLinkToken } from "@/lib/link-tokens";
import { listedEventOf, sessionForCalendar } from "./calendar-sync";
import { calendarFile } from "@/lib/calendar/ics";
import { readOrganisation } from "@/lib/organisation/settings";
import { calendarProduct } from "@/lib/organisation/texts";

// A private calendar feed per user: a secret URL a calendar app subscribes to, with every dated
// session of the trajects they may see. Only the token's hash is stored (like every link here); a new
// link replaces the old one, "stop" ends it. The feed itself needs no login: the token is the key.

/** Makes (or replaces) the actor's feed; the URL is shown once. */
export async function createCalendarFeed(actor: Actor): Promise<{ url: string }> {
  assertCapability(actor, "account:own");
  const { token, tokenHash } = newLinkToken();
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { calendarFeedHash: tokenHash, calendarFeedCreatedAt: new Date() } });
    await recordAudit({ actor, action: "calendarFeed.create", entityType: "User", entityId: actor.id }, tx);
  });
  return { url: `${env().APP_URL}/api/agenda/${token}` };
}

export async function revokeCalendarFeed(actor: Actor): Promise<void> {
  assertCapability(actor, "account:own");
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { calendarFeedHash: null, calendarFeedCreatedAt: null } });
    await recordAudit({ actor, action: "calendarFeed.revoke", entityType: "User", entityId: actor.id }, tx);
  });
}

export async function calendarFeedStatus(actor: Actor): Promise<{ since: Date | null }> {
  assertCapability(actor, "account:own");
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { calendarFeedCreatedAt: true } });
  return { since: user?.calendarFeedCreatedAt ?? null };
}

/** The feed behind a token, or null (unknown, stopped, or the account is off): never says which. */
export async function calendarFeed(token: string): Promise<string | null> {
  const user = await resolveLinkToken(token, (calendarFeedHash) =>
    db().user.findUnique({
      where: { calendarFeedHash },
      select: { id: true, role: true, name: true, employerId: true, active: true },
    }),
  );
  if (!user || !user.active) return null;
  const actor: Actor = { id: user.id, role: user.role, name: user.name, employerId: user.employerId };
  const sessions = await db().trajectSession.findMany({
    where: { scheduledAt: { not: null }, traject: trajectScope(actor) },
    orderBy: { scheduledAt: "asc" },
    include: sessionForCalendar,
  });
  const org = await readOrganisation();
  return calendarFile(`${org.programmeName} – ${user.name}`, sessions.map(listedEventOf), calendarProduct(org));
}
