import "server-only";
import pg from "pg";
import { db, listenTarget } from "@/lib/db";
import { BOARD_CHANNEL, type BoardEvent } from "./events";

// One LISTEN per app instance, fanned out in memory to the board streams of that instance. Every
// instance hears every change through PostgreSQL (or PGlite's own listen), so it works behind a load
// balancer; the subscribers are this process's open connections, nothing else is kept here. After the
// listening connection drops, every subscriber catches up from the BoardEvent table.

type Subscriber = { trajectId: string; lastId: bigint; send: (e: BoardEvent) => void };

const g = globalThis as unknown as { __wwBoardHub?: BoardHub };

export class BoardHub {
  private subscribers = new Set<Subscriber>();
  private started: Promise<void> | null = null;
  private client: pg.Client | null = null;
  private stopLite: (() => Promise<void>) | null = null;

  async subscribe(trajectId: string, after: bigint, send: (e: BoardEvent) => void): Promise<() => void> {
    const sub: Subscriber = { trajectId, lastId: after, send };
    this.subscribers.add(sub);
    await this.start();
    await this.catchUp(sub);
    return () => {
      this.subscribers.delete(sub);
    };
  }

  /** The events a subscriber missed (after its Last-Event-ID, or while the listener was reconnecting). */
  private async catchUp(sub: Subscriber) {
    const rows = await db().boardEvent.findMany({
      where: { trajectId: sub.trajectId, id: { gt: sub.lastId } },
      orderBy: { id: "asc" },
      take: 500,
    });
    for (const r of rows) this.deliver({ id: r.id.toString(), trajectId: r.trajectId, kind: r.kind, actorName: r.actorName }, sub);
  }

  private deliver(e: BoardEvent, only?: Subscriber) {
    const id = BigInt(e.id);
    for (const sub of only ? [only] : this.subscribers) {
      if (sub.trajectId !== e.trajectId || id <= sub.lastId) continue;
      sub.lastId = id;
      try {
        sub.send(e);
      } catch {
        this.subscribers.delete(sub); // its stream closed
      }
    }
  }

  private onPayload = (payload: string) => {
    try {
      const e = JSON.parse(payload) as BoardEvent;
      if (typeof e.id === "string" && typeof e.trajectId === "string") this.deliver(e);
    } catch {
      // not ours
    }
  };

  private start(): Promise<void> {
    return (this.started ??= this.connect().catch((e) => {
      this.started = null;
      throw e;
    }));
  }

  private async connect() {
    const target = listenTarget();
    if ("lite" in target) {
      this.stopLite = await target.lite.listen(BOARD_CHANNEL, this.onPayload);
      return;
    }
    const client = new pg.Client({ connectionString: target.url, application_name: "ww-board-listen" });
    client.on("notification", (m) => m.payload && this.onPayload(m.payload));
    const reconnect = () => {
      if (this.client !== client) return;
      this.client = null;
      this.started = null;
      setTimeout(() => {
        if (this.subscribers.size === 0) return;
        this.start()
          .then(() => Promise.all([...this.subscribers].map((s) => this.catchUp(s))))
          .catch(() => setTimeout(reconnect, 2000));
      }, 500).unref();
    };
    client.on("error", reconnect);
    client.on("end", reconnect);
    await client.connect();
    await client.query(`LISTEN ${BOARD_CHANNEL}`);
    this.client = client;
  }

  /** Tests and shutdown: stop listening. */
  async close() {
    const client = this.client;
    this.client = null;
    this.started = null;
    this.subscribers.clear();
    await client?.end().catch(() => undefined);
    await this.stopLite?.().catch(() => undefined);
    this.stopLite = null;
  }
}

export const boardHub = (): BoardHub => (g.__wwBoardHub ??= new BoardHub());
