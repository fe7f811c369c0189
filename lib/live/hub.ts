import "server-only";
import pg from "pg";
import { db, listenTarget } from "@/lib/db";
import { LIVE_CHANNEL, type LiveEvent } from "./events";
import type { LiveTopic } from "./topics";

// One LISTEN per app instance, fanned out in memory to the live streams of that instance (any topic). Every
// instance hears every change through PostgreSQL (or PGlite's own listen), so it works behind a load
// balancer; the subscribers are this process's open connections, nothing else is kept here. After the
// listening connection drops, every subscriber catches up from the LiveEvent table.

type Subscriber = {
  topic: LiveTopic;
  channelId: string;
  lastId: bigint;
  /** Where the screen started (its Last-Event-ID, or the newest event when it rendered): it has everything
   * up to here, so a NOTIFY of such an event that arrives late (after the subscription began) is dropped. */
  startId: bigint;
  /** Catch-up never reaches events older than this (lib/live/stream.ts decides). */
  since: Date | null;
  send: (e: LiveEvent) => void;
  /** While > 0 the subscriber is catching up (or waiting for the listener to come back): live events wait in `held`. */
  holds: number;
  held: LiveEvent[];
  /** Ids already sent (the newest 1,000): duplicates are dropped by id, not by "≤ last id", because two
   * transactions can commit in another order than their ids (a next step beside a code edit). */
  sent: Set<string>;
};

const SENT_MEMORY = 1000;

const CATCH_UP_ROWS = 500;
const RECONNECT_MS = 500;
const RETRY_MS = 2000;

const g = globalThis as unknown as { __wwLiveHub?: LiveHub };

export class LiveHub {
  private subscribers = new Set<Subscriber>();
  private started: Promise<void> | null = null;
  private client: pg.Client | null = null;
  private stopLite: (() => Promise<void>) | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  /** Raised by close(): a connection or retry begun before it is dropped, not kept. */
  private generation = 0;

  /** Who may read the channel is decided before this call (the route that opens the stream). */
  async subscribe(
    { topic, channelId }: { topic: LiveTopic; channelId: string },
    after: bigint,
    send: (e: LiveEvent) => void,
    { since = null }: { since?: Date | null } = {},
  ): Promise<() => void> {
    // held from the start: a change heard before the catch-up query has answered comes after the rows
    const sub: Subscriber = { topic, channelId, lastId: after, startId: after, since, send, holds: 1, held: [], sent: new Set() };
    this.subscribers.add(sub);
    try {
      await this.start();
      await this.catchUp(sub);
    } catch (e) {
      this.subscribers.delete(sub);
      throw e;
    } finally {
      this.release(sub);
    }
    return () => {
      this.subscribers.delete(sub);
    };
  }

  /**
   * The events a subscriber missed (after its Last-Event-ID, or while the listener was reconnecting).
   * Live events heard meanwhile are held and delivered after the rows: delivered first, they would move
   * the subscriber past the rows it still has to get.
   */
  private async catchUp(sub: Subscriber) {
    sub.holds++;
    try {
      const rows = await db().liveEvent.findMany({
        where: { topic: sub.topic, channelId: sub.channelId, id: { gt: sub.lastId } },
        orderBy: { id: "asc" },
        take: CATCH_UP_ROWS,
      });
      for (const r of rows) {
        // older than this reader may see: marked as had, so a late NOTIFY of it is dropped too
        if (sub.since && r.createdAt < sub.since) sub.sent.add(r.id.toString());
        else this.sendTo(sub, { id: r.id.toString(), topic: sub.topic, channelId: r.channelId, data: r.data as LiveEvent["data"] });
      }
    } finally {
      this.release(sub);
    }
  }

  private release(sub: Subscriber) {
    if (--sub.holds > 0) return;
    const held = sub.held.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    sub.held = [];
    for (const e of held) this.sendTo(sub, e);
  }

  private sendTo(sub: Subscriber, e: LiveEvent) {
    const id = BigInt(e.id);
    if (id <= sub.startId || sub.sent.has(e.id) || !this.subscribers.has(sub)) return;
    sub.sent.add(e.id);
    if (sub.sent.size > SENT_MEMORY) sub.sent.delete(sub.sent.values().next().value!);
    if (id > sub.lastId) sub.lastId = id;
    try {
      sub.send(e);
    } catch {
      this.subscribers.delete(sub); // its stream closed
    }
  }

  private onPayload = (payload: string) => {
    let e: LiveEvent;
    try {
      e = JSON.parse(payload) as LiveEvent;
    } catch {
      return; // not ours
    }
    if (typeof e.id !== "string" || !/^\d+$/.test(e.id) || typeof e.channelId !== "string") return;
    for (const sub of this.subscribers) {
      if (sub.topic !== e.topic || sub.channelId !== e.channelId) continue;
      if (sub.holds > 0) sub.held.push(e);
      else this.sendTo(sub, e);
    }
  };

  private start(): Promise<void> {
    return (this.started ??= this.connect().catch((e) => {
      this.started = null;
      throw e;
    }));
  }

  private async connect() {
    const generation = this.generation;
    const target = listenTarget();
    if ("lite" in target) {
      const stop = await target.lite.listen(LIVE_CHANNEL, this.onPayload);
      if (generation !== this.generation) await stop();
      else this.stopLite = stop;
      return;
    }
    const client = new pg.Client({ connectionString: target.url, application_name: "ww-live-listen" });
    let done = false;
    client.on("notification", (m) => m.payload && this.onPayload(m.payload));
    const lost = () => {
      if (done) return;
      done = true;
      if (this.client !== client) return;
      this.client = null;
      this.started = null;
      // what is said while no one listens is caught up from the table once the listener is back
      for (const sub of this.subscribers) sub.holds++;
      this.reconnect(RECONNECT_MS, [...this.subscribers]);
    };
    client.on("error", lost); // also keeps a dropped connection from being an uncaught 'error'
    client.on("end", lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (e) {
      done = true;
      await client.end().catch(() => undefined);
      throw e;
    }
    if (generation !== this.generation) {
      done = true;
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  /** Listens again (retrying until it works), then lets the subscribers that were held catch up. */
  private reconnect(delay: number, held: Subscriber[]) {
    const generation = this.generation;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (generation !== this.generation) return;
      const waiting = held.filter((s) => this.subscribers.has(s));
      if (waiting.length === 0) return; // the next subscribe listens again itself
      this.start()
        .then(() => Promise.all(waiting.map((s) => this.catchUp(s))))
        .then(
          () => waiting.forEach((s) => this.release(s)),
          () => this.reconnect(RETRY_MS, waiting),
        );
    }, delay);
    this.retry.unref();
  }

  /** Tests and shutdown: stop listening. */
  async close() {
    this.generation++;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const client = this.client;
    this.client = null;
    this.started = null;
    this.subscribers.clear();
    await client?.end().catch(() => undefined);
    const stopLite = this.stopLite;
    this.stopLite = null;
    await stopLite?.().catch(() => undefined);
  }
}

export const liveHub = (): LiveHub => (g.__wwLiveHub ??= new LiveHub());
