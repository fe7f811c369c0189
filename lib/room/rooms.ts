import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { publish } from "@/lib/live/events";
import { newJoinCode } from "./join-code";

// The facilitator's side of session 2's room (ADR 029): open it for a session (a fresh short code),
// close it (every join ends at once, on every instance), and the room's settings. Only the tandem
// (room:facilitate). A room is one per session; opening a closed one again gives it a new code.

/** How long after the session's end a room still takes part: a session that runs late. */
const GRACE_MS = 2 * 3600_000;

function expiryFor(session: { scheduledAt: Date | null; endsAt: Date | null }, now = new Date()): Date {
  const end = session.endsAt ?? (session.scheduledAt ? new Date(session.scheduledAt.getTime() + 4 * 3600_000) : now);
  return new Date(Math.max(end.getTime(), now.getTime() + 3600_000) + GRACE_MS);
}

/** The room of a traject's session, checked against the traject (another traject's id is not found). */
export async function roomOf(tx: Tx, trajectId: string, roomId: string) {
  const room = await tx.sessionRoom.findFirst({ where: { id: roomId, session: { trajectId } } });
  if (!room) throw notFound("Deze sessie");
  return room;
}

/** The room locked for a change in this transaction; a closed one refuses. */
export async function lockOpenRoom(tx: Tx, trajectId: string, roomId: string, { closedToo = false } = {}) {
  await tx.$executeRaw`SELECT 1 FROM "SessionRoom" WHERE "id" = ${roomId} FOR UPDATE`;
  const room = await roomOf(tx, trajectId, roomId);
  if (room.closedAt && !closedToo) throw new AppError("CONFLICT", "Deze sessie is gesloten. Open de deelname opnieuw om verder te gaan.");
  return room;
}

/** Every change a facilitator makes: the room row locked, its version raised, the screens told. */
export async function changeRoom<T>(
  actor: Actor,
  trajectId: string,
  roomId: string,
  action: string,
  apply: (tx: Tx, room: Awaited<ReturnType<typeof roomOf>>) => Promise<T>,
  {
    version,
    tell = "presenter",
    closedToo = false,
  }: {
    version?: number;
    tell?: "presenter" | "voting" | "summary" | "closed" | null;
    /** also a closed room (only "Sessie afronden": the summary can still be mailed after closing) */
    closedToo?: boolean;
  } = {},
): Promise<T> {
  await assertTrajectCapability({ actor, trajectId, capability: "room:facilitate" });
  return db().$transaction(async (tx) => {
    const room = await lockOpenRoom(tx, trajectId, roomId, { closedToo });
    if (version !== undefined && room.version !== version)
      throw new AppError("CONFLICT", "Iemand anders heeft de sessie intussen bijgestuurd. Bekijk wat er nu staat en kies opnieuw.");
    const result = await apply(tx, room);
    await tx.sessionRoom.update({ where: { id: room.id }, data: { version: { increment: 1 } } });
    await recordAudit({ actor, action, entityType: "SessionRoom", entityId: room.id, trajectId }, tx);
    if (tell) await publish(tx, "room", room.id, { kind: tell });
    await publish(tx, "board", trajectId, { kind: "room", actorName: actor.name });
    return result;
  });
}

/** "Deelname openen": the room of this session, open with a fresh code (an earlier closed one reopens). */
export async function openRoom({ actor, trajectId, number }: { actor: Actor; trajectId: string; number: number }) {
  await assertTrajectCapability({ actor, trajectId, capability: "room:facilitate" });
  return db().$transaction(async (tx) => {
    const session = await tx.trajectSession.findUnique({ where: { trajectId_number: { trajectId, number } }, include: { room: true } });
    if (!session || session.status === "CANCELLED") throw notFound("Deze bijeenkomst");
    const now = new Date();
    const open = session.room && !session.room.closedAt && session.room.expiresAt > now;
    if (open) return session.room!;
    const data = { joinCode: newJoinCode(), openedAt: now, openedByName: actor.name, expiresAt: expiryFor(session, now), closedAt: null };
    const room = session.room
      ? await tx.sessionRoom.update({ where: { id: session.room.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.sessionRoom.create({ data: { ...data, sessionId: session.id } });
    await recordAudit({ actor, action: "room.open", entityType: "SessionRoom", entityId: room.id, trajectId, data: { number } }, tx);
    await publish(tx, "board", trajectId, { kind: "room", actorName: actor.name });
    return room;
  });
}

/** "Deelname sluiten": no one joins, adds or votes any more; open phone pages end, on every instance. */
export async function closeRoom({ actor, trajectId, roomId }: { actor: Actor; trajectId: string; roomId: string }) {
  return changeRoom(
    actor,
    trajectId,
    roomId,
    "room.close",
    async (tx, room) => {
      await tx.sessionRoom.update({ where: { id: room.id }, data: { closedAt: new Date() } });
      // the phones' streams re-check their participant at once (lib/live/stream.ts) and end
      await publish(tx, "access", room.id, { kind: "revoked" });
    },
    { tell: "closed" },
  );
}

/** How many votes each participant has, and what they vote on now (nothing, the aandachtspunten, the afspraken). */
export async function setVoting({
  actor,
  trajectId,
  roomId,
  voting,
  votesPerPerson,
  version,
}: {
  actor: Actor;
  trajectId: string;
  roomId: string;
  voting: "NONE" | "PUNTEN" | "AFSPRAKEN";
  votesPerPerson: number;
  version: number;
}) {
  return changeRoom(
    actor,
    trajectId,
    roomId,
    "room.voting",
    async (tx, room) => {
      if (room.summarisedAt) throw new AppError("CONFLICT", "De sessie is afgerond: er wordt niet meer gestemd.");
      // fewer votes than someone already cast: their votes stay as they are, they just cannot add
      await tx.sessionRoom.update({ where: { id: room.id }, data: { voting, votesPerPerson } });
    },
    { version, tell: "voting" },
  );
}

/** The room of a session for the tandem's board: null when none was opened. */
export async function roomForSession({ actor, trajectId, number }: { actor: Actor; trajectId: string; number: number }) {
  await assertTrajectCapability({ actor, trajectId, capability: "room:facilitate" });
  return db().sessionRoom.findFirst({ where: { session: { trajectId, number } } });
}
