import { describe, expect, it } from "vitest";
import { boardHeartbeat, boardPresence, participantHeartbeat, participantLeave } from "@/lib/room/presence";
import { projectorRoom } from "@/lib/room/projector";
import { closeRoom } from "@/lib/room/rooms";
import { applyRetention } from "@/lib/privacy/retention";
import { SCHEDULER } from "@/lib/auth/roles";
import { outcomeOf } from "@/tests/support/authorization-world";
import { makeRoomWorld } from "@/tests/support/room-world";
import { setupTestDb } from "@/tests/support/test-db";

// Who is on the board now (issue 26 item 5a): rows in PostgreSQL that every instance reads, renewed by a
// heartbeat, removed by a leave or after a minute; one "presence" event per arrival or departure.

const t = setupTestDb();

const presenceEvents = (trajectId: string) =>
  t.prisma.liveEvent
    .findMany({ where: { topic: "board", channelId: trajectId }, orderBy: { id: "asc" } })
    .then((rows) => rows.map((r) => r.data as { kind: string; actorName: string }).filter((d) => d.kind === "presence"));

/** As if that row's last heartbeat was this long ago. */
const age = (key: string, ms: number) => t.prisma.boardPresence.update({ where: { key }, data: { seenAt: new Date(Date.now() - ms) } });

describe(`presence on the board (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("arrives once per person, leaves when their last tab does, and expires after a minute without a heartbeat", async () => {
    const w = await makeRoomWorld(t);
    const trajectId = w.trajectId;
    expect(await boardHeartbeat({ actor: w.f.trainer, trajectId, tab: "tab-one-aaaa" })).toMatchObject({ arrived: true });
    expect(await boardHeartbeat({ actor: w.f.trainer, trajectId, tab: "tab-one-aaaa" })).toMatchObject({ arrived: false });
    expect(await boardHeartbeat({ actor: w.f.trainer, trajectId, tab: "tab-two-bbbb" })).toMatchObject({ arrived: false });
    await boardHeartbeat({ actor: w.f.employerUser, trajectId, tab: "tab-emp-cccc" });
    expect((await presenceEvents(trajectId)).map((e) => e.actorName)).toEqual([w.f.trainer.name, w.f.employerUser.name]);

    const now = await boardPresence({ actor: w.f.expert, trajectId });
    expect(now.people).toEqual(
      expect.arrayContaining([
        { name: w.f.trainer.name, role: "Trainer" },
        { name: w.f.employerUser.name, role: "Werkgever" },
      ]),
    );
    expect(now.total).toBe(2);

    // one of two tabs closes: still there; the last one: gone, and the screens are told
    expect(await boardHeartbeat({ actor: w.f.trainer, trajectId, tab: "tab-one-aaaa", leaving: true })).toMatchObject({ left: false });
    expect(await boardHeartbeat({ actor: w.f.trainer, trajectId, tab: "tab-two-bbbb", leaving: true })).toMatchObject({ left: true });
    expect(await presenceEvents(trajectId)).toHaveLength(3);
    expect((await boardPresence({ actor: w.f.expert, trajectId })).total).toBe(1);

    // the employer's tab crashed: after a minute it counts as gone, and the next heartbeat removes it and tells
    await age(`u:${w.f.employerUser.id}|tab-emp-cccc`, 61_000);
    expect((await boardPresence({ actor: w.f.expert, trajectId })).total).toBe(0);
    await boardHeartbeat({ actor: w.f.expert, trajectId, tab: "tab-exp-dddd" });
    expect(await t.prisma.boardPresence.count({ where: { trajectId } })).toBe(1);
    expect(await presenceEvents(trajectId)).toHaveLength(4);
  });

  it("counts phone participants (named only by choice) on the board and the projector; a closed room's phones are refused", async () => {
    const w = await makeRoomWorld(t);
    const anna = await w.join("Anna", true);
    const sam = await w.join("Sam", false);
    await participantHeartbeat(anna);
    await participantHeartbeat(sam);
    await boardHeartbeat({ actor: w.f.trainer, trajectId: w.trajectId, tab: "tab-one-aaaa" });
    const seen = await boardPresence({ actor: w.f.trainer, trajectId: w.trajectId });
    expect([seen.named, seen.anonymous, seen.total]).toEqual([["Sam"], 1, 3]);
    expect(JSON.stringify(seen)).not.toContain("Anna");
    expect((await presenceEvents(w.trajectId)).map((e) => e.actorName)).toEqual(["iemand in de zaal", "Sam", w.f.trainer.name]);
    expect((await projectorRoom(w.token)).present).toBe(3);

    await participantLeave(sam);
    expect((await projectorRoom(w.token)).present).toBe(2);
    await closeRoom({ actor: w.f.trainer, trajectId: w.trajectId, roomId: w.room.id });
    expect(await outcomeOf(participantHeartbeat(anna))).toBe("INVITE_INVALID");
  });

  it("is for who may watch the board; the retention run removes every stale row", async () => {
    const w = await makeRoomWorld(t);
    expect(
      await outcomeOf(boardHeartbeat({ actor: { ...w.f.trainer, id: "someone-else" }, trajectId: w.trajectId, tab: "tab-one-aaaa" })),
    ).toBe("NOT_FOUND");
    await boardHeartbeat({ actor: w.f.trainer, trajectId: w.trajectId, tab: "tab-one-aaaa" });
    await boardHeartbeat({ actor: w.f.expert, trajectId: w.trajectId, tab: "tab-two-bbbb" });
    await age(`u:${w.f.trainer.id}|tab-one-aaaa`, 120_000);
    expect((await applyRetention({ actor: SCHEDULER })).presence).toBe(1);
    expect(await t.prisma.boardPresence.count()).toBe(1);
  });
});
