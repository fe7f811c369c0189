import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// A change on a traject's live board is a row in BoardEvent plus a NOTIFY on one channel, inside the
// change's own transaction: PostgreSQL delivers the NOTIFY only at commit, so no screen hears of a
// change that was rolled back, and every app instance (each LISTENs on one connection) hears it.
// The row is what a screen that lost its connection catches up from (Last-Event-ID).

export const BOARD_CHANNEL = "ww_board";

export type BoardEventKind = "code" | "steps" | "signoff" | `editing:${string}` | `idle:${string}`;

/** What NOTIFY carries and a screen receives: small, and enough to act on without a query. */
export interface BoardEvent {
  id: string;
  trajectId: string;
  kind: string;
  actorName: string;
}

export async function announceBoardChange(
  tx: Prisma.TransactionClient,
  event: { trajectId: string; kind: BoardEventKind; actorName: string },
): Promise<bigint> {
  const row = await tx.boardEvent.create({ data: event, select: { id: true } });
  const payload: BoardEvent = { id: row.id.toString(), ...event, actorName: event.actorName.slice(0, 200) };
  await tx.$executeRaw`SELECT pg_notify(${BOARD_CHANNEL}, ${JSON.stringify(payload)})`;
  return row.id;
}
