import "server-only";
import { db, type Tx } from "@/lib/db";
import { roleLabelOf, type Actor } from "@/lib/auth/roles";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { publish } from "@/lib/live/events";
import { assertParticipant, type ParticipantActor } from "./participant";
import { PARTICIPANT_LABEL, PRESENCE_GONE_MS, groupPresence, identityOf, isFresh, presenceKey } from "./presence-groups";

// Who is on a board now (issue 26 item 5a). Shared state in PostgreSQL, never in one instance's memory:
// each open board page (signed in, or a phone in the room) renews its row in BoardPresence (UNLOGGED: a
// crash loses who was there a minute ago, which costs nothing) every ~25 s; a row older than 60 s is
// someone gone. Someone arriving (a first fresh row for that person) or leaving (their last row
// removed: an explicit "leave" as the page closes, or expired) is one "presence" event on the board, so
// every board screen and the projector refresh their list. Stale rows of a traject go on every write
// to it, and the retention run removes the rest (pruneStalePresence).

interface Beat {
  trajectId: string;
  key: string;
  name: string;
  role: string;
  anonymous: boolean;
  participantId?: string;
  /** The name the event carries: nobody's for an anonymous participant */
  eventName: string;
}

/** The traject's rows now: stale ones removed; which people were there (fresh) and which went (stale only). */
async function settle(tx: Tx, trajectId: string, now: Date) {
  const rows = await tx.boardPresence.findMany({ where: { trajectId }, select: { key: true, seenAt: true } });
  const stale = rows.filter((r) => !isFresh(r, now));
  if (stale.length > 0) await tx.boardPresence.deleteMany({ where: { key: { in: stale.map((r) => r.key) }, seenAt: { lte: now } } });
  const fresh = rows.filter((r) => isFresh(r, now));
  const present = new Set(fresh.map((r) => identityOf(r.key)));
  const gone = new Set(stale.map((r) => identityOf(r.key)).filter((who) => !present.has(who)));
  return { fresh, present, gone };
}

async function beat(b: Beat, tx: Tx, now = new Date()) {
  const { present, gone } = await settle(tx, b.trajectId, now);
  const data = { trajectId: b.trajectId, name: b.name, role: b.role, anonymous: b.anonymous, seenAt: now };
  await tx.boardPresence.upsert({
    where: { key: b.key },
    create: { key: b.key, participantId: b.participantId ?? null, ...data },
    update: data,
  });
  const arrived = !present.has(identityOf(b.key));
  if (arrived || gone.size > 0) await publish(tx, "board", b.trajectId, { kind: "presence", actorName: b.eventName });
  return { arrived };
}

async function leave(b: Pick<Beat, "trajectId" | "key" | "eventName">, tx: Tx, now = new Date()) {
  const { count } = await tx.boardPresence.deleteMany({ where: { key: b.key, trajectId: b.trajectId } });
  const { present, gone } = await settle(tx, b.trajectId, now);
  const left = count > 0 && !present.has(identityOf(b.key));
  if (left || gone.size > 0) await publish(tx, "board", b.trajectId, { kind: "presence", actorName: b.eventName });
  return { left };
}

/**
 * A signed-in person's board page: "still here" every ~25 s (a random id per tab), or "leaving" as it
 * closes. Whoever may watch the board (gedragscode:read).
 */
export async function boardHeartbeat({
  actor,
  trajectId,
  tab,
  leaving = false,
}: {
  actor: Actor;
  trajectId: string;
  tab: string;
  leaving?: boolean;
}) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  const key = presenceKey({ userId: actor.id }, tab);
  return db().$transaction(async (tx) => {
    if (leaving) return { ...(await leave({ trajectId, key, eventName: actor.name }, tx)), arrived: false };
    return {
      ...(await beat({ trajectId, key, name: actor.name, role: roleLabelOf(actor), anonymous: false, eventName: actor.name }, tx)),
      left: false,
    };
  });
}

/** A phone in the room (the lead's phone page calls this every ~25 s): while the room is open or summarised. */
export async function participantHeartbeat(actor: ParticipantActor) {
  return db().$transaction(async (tx) => {
    await assertParticipant(actor, "room:follow", tx);
    return beat(
      {
        trajectId: actor.trajectId,
        key: presenceKey({ participantId: actor.participantId }, "phone"),
        name: actor.name,
        role: PARTICIPANT_LABEL,
        anonymous: actor.anonymous,
        participantId: actor.participantId,
        eventName: actor.anonymous ? "iemand in de zaal" : actor.name,
      },
      tx,
    );
  });
}

/** The phone's page closes: gone at once (no check of the room: leaving is always allowed, and touches only their own row). */
export async function participantLeave(actor: ParticipantActor) {
  return db().$transaction((tx) =>
    leave(
      {
        trajectId: actor.trajectId,
        key: presenceKey({ participantId: actor.participantId }, "phone"),
        eventName: actor.anonymous ? "iemand in de zaal" : actor.name,
      },
      tx,
    ),
  );
}

/** Who is on the board now, for whoever may watch it: names and roles, named participants, the others counted. */
export async function boardPresence({ actor, trajectId, now = new Date() }: { actor: Actor; trajectId: string; now?: Date }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  return unsafePresenceOf(trajectId, now);
}

/** For a caller that checked who may see it (the projector's link: lib/room/projector.ts). */
export async function unsafePresenceOf(trajectId: string, now = new Date()) {
  const rows = await db().boardPresence.findMany({
    where: { trajectId, seenAt: { gt: new Date(now.getTime() - PRESENCE_GONE_MS) } },
    select: { key: true, name: true, role: true, anonymous: true, seenAt: true },
  });
  return groupPresence(rows, now);
}

/** The retention run: every row nobody renewed (a tab that crashed, a board nobody watches any more). */
export async function pruneStalePresence(now = new Date()) {
  const { count } = await db().boardPresence.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - PRESENCE_GONE_MS) } } });
  return count;
}
