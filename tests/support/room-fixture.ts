import type { PrismaClient } from "@/lib/generated/prisma/client";
import { newJoinCode } from "@/lib/room/join-code";

// Session 2's room, written straight into the database for tests that start from one (the room's own
// functions have their tests): open until tomorrow, optionally with a card that stayed a card. A session
// has one room: when the world already made it (tests/support/authorization-world.ts), that one is used.

export async function makeRoom(prisma: PrismaClient, trajectId: string, opts: { card?: string } = {}) {
  const session = await prisma.trajectSession.findUniqueOrThrow({ where: { trajectId_number: { trajectId, number: 2 } } });
  const existing = await prisma.sessionRoom.findUnique({ where: { sessionId: session.id } });
  if (existing) {
    if (opts.card) await prisma.roomCard.create({ data: { roomId: existing.id, text: opts.card } });
    return existing;
  }
  return prisma.sessionRoom.create({
    data: {
      sessionId: session.id,
      joinCode: newJoinCode(),
      openedByName: "Trainer",
      expiresAt: new Date(Date.now() + 86_400_000),
      ...(opts.card ? { cards: { create: { text: opts.card } } } : {}),
    },
  });
}
