import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { LiveTopic, LiveTopics } from "./topics";

// Publishing a live update: a row in LiveEvent plus a NOTIFY on one channel, inside the change's own
// transaction. PostgreSQL delivers the NOTIFY only at commit, so no screen hears of a change that was
// rolled back, and every app instance (each LISTENs on one connection) hears it. The row is what a
// screen that lost its connection catches up from (Last-Event-ID). Domain-free: the topic list and
// payloads are in ./topics.ts.

export const LIVE_CHANNEL = "ww_live";

/** What NOTIFY carries and a subscriber receives. */
export interface LiveEvent<T extends LiveTopic = LiveTopic> {
  id: string;
  topic: T;
  channelId: string;
  data: LiveTopics[T];
}

/** Text fields are cut to this length: a payload must fit in a NOTIFY (8,000 bytes). */
const MAX_TEXT = 200;
const trimmed = <D extends object>(data: D): D =>
  Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === "string" ? v.slice(0, MAX_TEXT) : v])) as D;

export async function publish<T extends LiveTopic>(tx: Tx, topic: T, channelId: string, data: LiveTopics[T]): Promise<bigint> {
  const payload = trimmed(data);
  const row = await tx.liveEvent.create({
    data: { topic, channelId, data: payload as unknown as Prisma.InputJsonValue },
    select: { id: true },
  });
  const event: LiveEvent<T> = { id: row.id.toString(), topic, channelId, data: payload };
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`;
  return row.id;
}

/** A channel's history goes with what it was about (a traject erased or removed). */
export async function forgetChannels(tx: Tx, topic: LiveTopic, channelIds: string[]): Promise<number> {
  if (channelIds.length === 0) return 0;
  return (await tx.liveEvent.deleteMany({ where: { topic, channelId: { in: channelIds } } })).count;
}

/** The newest event id of a channel (0 when none): where a screen that has just rendered starts. */
export async function latestEventId(tx: Tx, topic: LiveTopic, channelId: string): Promise<bigint> {
  return (await tx.liveEvent.aggregate({ where: { topic, channelId }, _max: { id: true } }))._max.id ?? 0n;
}
