import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { newLinkToken } from "@/lib/link-tokens";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientLimitKey } from "@/lib/security/client-address";
import { normaliseJoinCode } from "./join-code";
import { ROOM_GONE, roomPhase } from "./participant";

// Joining session 2 from a phone (ADR 029): the short code (typed, or in the QR code's address) opens the
// join page of an open room; a name, chosen or picked from the session's attendee list, makes a
// participant. Both are rate-limited per address (guessing codes) and joins per room (a flood).

export const NO_SUCH_CODE = "Deze code kennen we niet, of de sessie is al gesloten. Kijk nog eens op het scherm.";
const TOO_MANY = "Even te veel pogingen vanaf dit apparaat. Wacht een paar minuten en probeer het dan opnieuw.";
/** Lookups of a code per address: a room of 40 behind one wifi address joins well within it. */
const LOOKUPS_PER_ADDRESS = { limit: 120, windowSeconds: 600 };
/** Joins per room: a session is a room of people, not a crowd. */
const JOINS_PER_ROOM = { limit: 150, windowSeconds: 3600 };

async function limit(key: string, rule: { limit: number; windowSeconds: number }) {
  if (!(await hitRateLimit(key, rule)).allowed) throw new AppError("RATE_LIMITED", TOO_MANY);
}

/** What the join page shows for a code: the employer, the session and the attendee list to pick from. */
export async function roomForJoinCode({ code, clientAddress }: { code: string; clientAddress: string | null }) {
  const joinCode = normaliseJoinCode(code);
  if (clientAddress) await limit(`room-code:${clientLimitKey(clientAddress)}`, LOOKUPS_PER_ADDRESS);
  const room = joinCode
    ? await db().sessionRoom.findUnique({
        where: { joinCode },
        select: {
          id: true,
          joinCode: true,
          closedAt: true,
          expiresAt: true,
          summarisedAt: true,
          session: {
            select: {
              number: true,
              traject: { select: { employer: { select: { name: true } } } },
              attendees: { select: { id: true, keyPerson: { select: { name: true } } }, orderBy: { keyPerson: { name: "asc" } } },
            },
          },
        },
      })
    : null;
  if (!room || roomPhase(room) !== "open") throw new AppError("INVITE_INVALID", room ? ROOM_GONE : NO_SUCH_CODE);
  return {
    roomId: room.id,
    joinCode: room.joinCode,
    employerName: room.session.traject.employer.name,
    sessionNumber: room.session.number,
    attendees: room.session.attendees.map((a) => ({ id: a.id, name: a.keyPerson.name })),
  };
}

/** Makes a participant: the token goes into their cookie and is never shown or stored again. */
export async function joinRoom({
  code,
  name,
  attendeeId,
  anonymous,
  clientAddress,
}: {
  code: string;
  name: string;
  attendeeId: string | null;
  anonymous: boolean;
  clientAddress: string | null;
}) {
  const room = await roomForJoinCode({ code, clientAddress });
  if (attendeeId && !room.attendees.some((a) => a.id === attendeeId))
    throw new AppError("VALIDATION", "Kies uw naam uit de lijst, of vul zelf een naam in.", { attendeeId: ["Kies uw naam uit de lijst."] });
  await limit(`room-join:${room.roomId}`, JOINS_PER_ROOM);
  const { token, tokenHash } = newLinkToken();
  return db().$transaction(async (tx) => {
    // closed between the lookup and now: no participant
    const still = await tx.sessionRoom.findUnique({
      where: { id: room.roomId },
      select: { closedAt: true, expiresAt: true, summarisedAt: true },
    });
    if (!still || roomPhase(still) !== "open") throw new AppError("INVITE_INVALID", ROOM_GONE);
    const participant = await tx.roomParticipant.create({
      data: { roomId: room.roomId, name, attendeeId, anonymous, tokenHash },
      select: { id: true },
    });
    // who joined is not the audit's business (a chosen name, no account); that someone did is
    await recordAudit(
      {
        actor: { id: null, name: "Deelnemer" },
        action: "room.join",
        entityType: "SessionRoom",
        entityId: room.roomId,
        data: { participantId: participant.id },
      },
      tx,
    );
    return { token, roomId: room.roomId, joinCode: room.joinCode, participantId: participant.id, expiresAt: still.expiresAt };
  });
}
