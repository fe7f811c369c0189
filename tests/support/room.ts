import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeResultsSnapshot } from "@/lib/scan/results/snapshot-store";
import { joinRoom } from "@/lib/room/join";
import { participantOf, type ParticipantActor } from "@/lib/room/participant";
import { openRoom } from "@/lib/room/rooms";
import golden from "@/tests/fixtures/three-respondents.input.json";
import { makeSubmittedResponse, makeTraject } from "@/tests/factories";

// Session 2's room for tests: a traject whose closed scan has aandachtspunten (the employer's snapshot),
// a key person on session 2's list, and an open room; participants join as a phone would.

const FNS = ["DIRECTIE", "HR", "LEIDINGGEVENDE"] as const;

export async function trajectWithRoom(prisma: PrismaClient) {
  const f = await makeTraject(prisma, { status: "SCAN_CLOSED" });
  for (const [i, r] of golden.responses.slice(0, 3).entries())
    await makeSubmittedResponse(prisma, f, {
      name: `Respondent ${i}`,
      email: `r${i}@voorbeeld.nl`,
      fn: FNS[i]!,
      answers: r.answers,
      selfGrade: r.selfGrade,
    });
  await writeResultsSnapshot(prisma, { trajectId: f.traject.id, reason: "scan-closed", takenBy: { id: f.trainer.id, name: "Trainer" } });
  const session = await prisma.trajectSession.findUniqueOrThrow({ where: { trajectId_number: { trajectId: f.traject.id, number: 2 } } });
  const keyPerson = await prisma.keyPerson.create({
    data: { employerId: f.employer.id, name: "Femke de Vries", email: "femke@werkgever.nl", function: "HR" },
  });
  const attendee = await prisma.sessionAttendee.create({ data: { sessionId: session.id, keyPersonId: keyPerson.id } });
  const room = await openRoom({ actor: f.trainer, trajectId: f.traject.id, number: 2 });
  return { ...f, session, room, attendee };
}

export type RoomFixture = Awaited<ReturnType<typeof trajectWithRoom>>;

/** A phone joins the room; returns the participant as its cookie would give it. */
export async function joinAs(
  f: Pick<RoomFixture, "room">,
  name: string,
  opts: { attendeeId?: string; anonymous?: boolean; clientAddress?: string } = {},
): Promise<ParticipantActor & { token: string }> {
  const { token } = await joinRoom({
    code: f.room.joinCode,
    name,
    attendeeId: opts.attendeeId ?? null,
    anonymous: opts.anonymous ?? true,
    clientAddress: opts.clientAddress ?? null,
  });
  const found = await participantOf(token);
  return { ...found!.actor, token };
}
