import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashLinkToken, isLinkToken } from "@/lib/link-tokens";
import { participantCapabilities, type ParticipantCapability, type RoomPhase } from "@/lib/auth/capabilities";

// A participant is someone in session 2's room on their phone (ADR 029): no account, a name they chose,
// and a random token in a cookie (only its SHA-256 stored). Everything a participant does starts here:
// the token gives the participant and their room, the room's phase gives what they may do
// (participantCapabilities, lib/auth/capabilities.ts).

export const PARTICIPANT_COOKIE = "ww-deelname";

export interface ParticipantActor {
  kind: "participant";
  participantId: string;
  name: string;
  anonymous: boolean;
  roomId: string;
  trajectId: string;
  sessionId: string;
}

export const ROOM_GONE = "Deze sessie is afgelopen of gesloten. Dank voor het meedoen!";

/** The room's phase for its participants: open, ended with the summary, or (null) closed or expired. */
export function roomPhase(room: { closedAt: Date | null; expiresAt: Date; summarisedAt: Date | null }, now = new Date()): RoomPhase | null {
  if (room.closedAt || room.expiresAt <= now) return null;
  return room.summarisedAt ? "summarised" : "open";
}

/** The participant a cookie's token stands for, with the room's phase; null for an unknown token. */
export async function participantOf(
  token: string | undefined | null,
): Promise<{ actor: ParticipantActor; phase: RoomPhase | null } | null> {
  if (!isLinkToken(token)) return null;
  const p = await db().roomParticipant.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      id: true,
      name: true,
      anonymous: true,
      room: {
        select: { id: true, closedAt: true, expiresAt: true, summarisedAt: true, session: { select: { id: true, trajectId: true } } },
      },
    },
  });
  if (!p) return null;
  return {
    actor: {
      kind: "participant",
      participantId: p.id,
      name: p.name,
      anonymous: p.anonymous,
      roomId: p.room.id,
      trajectId: p.room.session.trajectId,
      sessionId: p.room.session.id,
    },
    phase: roomPhase(p.room),
  };
}

/**
 * The one check every participant's function makes, in its own transaction when it writes (so a room
 * closed a moment ago refuses): the participant still exists and their room's phase allows this.
 */
export async function assertParticipant(
  actor: ParticipantActor,
  capability: ParticipantCapability,
  tx: Tx = db(),
): Promise<{ votesPerPerson: number; voting: "NONE" | "PUNTEN" | "AFSPRAKEN" }> {
  const p = await participantRoom(actor.participantId, tx);
  if (!p || p.roomId !== actor.roomId) throw new AppError("INVITE_INVALID", ROOM_GONE);
  const phase = roomPhase(p.room);
  if (!participantCapabilities(phase).has(capability))
    throw new AppError(
      phase === null ? "INVITE_INVALID" : "FORBIDDEN",
      phase === null ? ROOM_GONE : "De sessie is afgerond: er kan niets meer bij.",
    );
  return { votesPerPerson: p.room.votesPerPerson, voting: p.room.voting };
}

/** Whether a participant's room still takes part (an open phone stream asks on every "access" event). */
export async function participantStillIn(participantId: string): Promise<boolean> {
  const p = await participantRoom(participantId, db());
  return p !== null && roomPhase(p.room) !== null;
}

/** A participant's room as both checks above read it. */
function participantRoom(participantId: string, tx: Tx) {
  return tx.roomParticipant.findUnique({
    where: { id: participantId },
    select: { roomId: true, room: { select: { closedAt: true, expiresAt: true, summarisedAt: true, votesPerPerson: true, voting: true } } },
  });
}
