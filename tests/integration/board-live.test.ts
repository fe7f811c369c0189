import { afterEach, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { LiveHub } from "@/lib/live/hub";
import { publish, type LiveEvent } from "@/lib/live/events";
import { addClause, editClause } from "@/lib/gedragscode/clauses";
import { db } from "@/lib/db";
import { makeTraject, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// The live board's fan-out: every app instance LISTENs once (a dedicated connection on PostgreSQL,
// PGlite's own listen embedded) and hands each change to its own subscribers of that traject; a
// subscriber that comes back with an older id first gets what it missed from LiveEvent. Two LiveHub
// instances in one process stand for two app instances behind a load balancer.
// "Nothing else arrived" is checked without sleeping: a later change (a sentinel) is awaited, and a
// listening connection delivers notifications in commit order, so anything stray would have come first.

const t = setupTestDb();
let hubs: LiveHub[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(hubs.map((h) => h.close()));
  hubs = [];
});

const newHub = () => {
  const hub = new LiveHub();
  hubs.push(hub);
  return hub;
};

/** Polls until `ready()` holds (deliveries are asynchronous); fails with what was seen after `ms`. */
async function waitFor(ready: () => boolean, what: () => unknown, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting; seen: ${JSON.stringify(what())}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A subscriber that records what it receives. */
async function listen(hub: LiveHub, trajectId: string, after = 0n) {
  const seen: LiveEvent[] = [];
  await hub.subscribe({ topic: "board", channelId: trajectId }, after, (e) => seen.push(e));
  return seen;
}

const until = (seen: LiveEvent[], id: bigint) =>
  waitFor(
    () => seen.some((e) => e.id === id.toString()),
    () => seen,
  );

async function clauseOf(f: TrajectFixture) {
  const { result } = await addClause({
    actor: f.trainer,
    input: { trajectId: f.traject.id, section: "UITGANGSPUNTEN", title: "Rolzuiverheid", body: "Versie 1" },
  });
  return result.clauseIds[0]!;
}

const edit = (f: TrajectFixture, clauseId: string, version: number, body: string) =>
  editClause({
    actor: f.expert,
    input: { trajectId: f.traject.id, clauseId, version, section: "UITGANGSPUNTEN", title: "Rolzuiverheid", body },
  });

/** The id of the newest live event of a traject: what a change just announced. */
const lastEventId = async (trajectId: string) =>
  (await t.prisma.liveEvent.findFirstOrThrow({ where: { topic: "board", channelId: trajectId }, orderBy: { id: "desc" } })).id;

/** A committed change of its own, to await as the last thing that can arrive. */
const sentinel = (trajectId: string) =>
  db().$transaction((tx) => publish(tx, "board", trajectId, { kind: "steps", actorName: "Sentinel" }));

const ids = (seen: LiveEvent[]) => seen.map((e) => e.id);

describe(`live board fan-out (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("two instances both deliver a clause edit once, with its kind and author; another traject's subscriber hears nothing", async () => {
    const f = await makeTraject(t.prisma);
    const other = await makeTraject(t.prisma);
    const clauseId = await clauseOf(f);
    await clauseOf(other);
    const [seenHere, seenThere] = [await lastEventId(f.traject.id), await lastEventId(other.traject.id)];
    const a = await listen(newHub(), f.traject.id, seenHere);
    const b = await listen(newHub(), f.traject.id, seenHere);
    const elsewhere = await listen(hubs[1]!, other.traject.id, seenThere);

    await edit(f, clauseId, 1, "Versie 2");
    const id = await lastEventId(f.traject.id);
    const end = await sentinel(f.traject.id);
    const endOther = await sentinel(other.traject.id);
    await Promise.all([until(a, end), until(b, end), until(elsewhere, endOther)]);

    for (const seen of [a, b]) {
      expect(ids(seen)).toEqual([id.toString(), end.toString()]);
      expect(seen[0]).toEqual({
        id: id.toString(),
        topic: "board",
        channelId: f.traject.id,
        data: { kind: "code", actorName: f.expert.name },
      });
    }
    expect(ids(elsewhere)).toEqual([endOther.toString()]);
  });

  it("a subscriber coming back with an older id first gets what it missed, in order, then the live changes", async () => {
    const f = await makeTraject(t.prisma);
    const clauseId = await clauseOf(f); // event 1: what the screen had seen before it lost the connection
    const before = await lastEventId(f.traject.id);
    const missed: bigint[] = [];
    for (let v = 1; v <= 3; v++) {
      await edit(f, clauseId, v, `Versie ${v + 1}`);
      missed.push(await lastEventId(f.traject.id));
    }
    const hub = newHub();
    const seen = await listen(hub, f.traject.id, before);
    await until(seen, missed.at(-1)!);
    expect(ids(seen)).toEqual(missed.map(String));
    expect(seen.every((e) => e.data.kind === "code" && e.data.actorName === f.expert.name)).toBe(true);

    await edit(f, clauseId, 4, "Versie 5");
    const live = await lastEventId(f.traject.id);
    const end = await sentinel(f.traject.id);
    await until(seen, end);
    expect(ids(seen)).toEqual([...missed, live, end].map(String));
  });

  it("a change committed while a subscriber is still catching up is delivered after the missed ones, none lost", async () => {
    const f = await makeTraject(t.prisma);
    const clauseId = await clauseOf(f);
    const before = await lastEventId(f.traject.id);
    await edit(f, clauseId, 1, "Versie 2");
    const missed = await lastEventId(f.traject.id);
    const hub = newHub();
    // a second screen on the same instance is already live: it shows when the hub has heard the change
    const watcher = await listen(hub, f.traject.id, missed);
    // between LISTEN and the catch-up query of the returning screen, a change lands and is heard
    let live = 0n;
    const catchUp = (LiveHub.prototype as unknown as { catchUp: (...args: unknown[]) => Promise<void> }).catchUp;
    vi.spyOn(LiveHub.prototype as unknown as { catchUp: typeof catchUp }, "catchUp").mockImplementationOnce(async function (
      this: LiveHub,
      ...args: unknown[]
    ) {
      await edit(f, clauseId, 2, "Versie 3");
      live = await lastEventId(f.traject.id);
      await until(watcher, live);
      return catchUp.apply(this, args);
    });
    const seen = await listen(hub, f.traject.id, before);
    const end = await sentinel(f.traject.id);
    await until(seen, end);
    expect(ids(seen)).toEqual([missed, live, end].map(String));
  });

  it("a change in a transaction that rolls back reaches no one, live or catching up", async () => {
    const f = await makeTraject(t.prisma);
    const start = await sentinel(f.traject.id);
    const a = await listen(newHub(), f.traject.id, start);
    const b = await listen(newHub(), f.traject.id, start);
    const rolledBack = db().$transaction(async (tx) => {
      await publish(tx, "board", f.traject.id, { kind: "code", actorName: "Teruggedraaid" });
      throw new Error("rollback");
    });
    await expect(rolledBack).rejects.toThrow("rollback");
    const end = await sentinel(f.traject.id);
    await Promise.all([until(a, end), until(b, end)]);
    expect(ids(a)).toEqual([end.toString()]);
    expect(ids(b)).toEqual([end.toString()]);
    expect(await t.prisma.liveEvent.count({ where: { topic: "board", channelId: f.traject.id } })).toBe(2);
    // nor does a screen that catches up from before it
    const late = await listen(newHub(), f.traject.id, start);
    await until(late, end);
    expect(ids(late)).toEqual([end.toString()]);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    "when the listening connection drops and the first attempt to listen again fails, it retries and catches up what was said meanwhile",
    async () => {
      const f = await makeTraject(t.prisma);
      const start = await sentinel(f.traject.id);
      const seen = await listen(newHub(), f.traject.id, start);
      // the database is still unreachable at the first reconnect
      let refused = 0;
      const connect = pg.Client.prototype.connect;
      vi.spyOn(pg.Client.prototype, "connect").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
        const isListener =
          (this as unknown as { connectionParameters: { application_name?: string } }).connectionParameters.application_name ===
          "ww-live-listen";
        if (isListener && refused++ === 0) return Promise.reject(new Error("the database is down"));
        return (connect as unknown as (...a: unknown[]) => Promise<void>).apply(this, args);
      });
      await t.pool!.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ww-live-listen' AND datname = current_database()",
      );
      const meanwhile = await sentinel(f.traject.id); // heard live or caught up: either way once
      await waitFor(
        () => refused > 1,
        () => ({ refused, seen }),
      );
      await until(seen, meanwhile);
      const live = await sentinel(f.traject.id);
      await until(seen, live);
      expect(ids(seen)).toEqual([meanwhile, live].map(String));
    },
  );
});
