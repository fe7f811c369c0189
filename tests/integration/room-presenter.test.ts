import { describe, expect, it } from "vitest";
import { pauseTimer, presenterForActor, resetTimer, resumeTimer, setPresenter, startTimer } from "@/lib/room/presenter";
import { projectorRoom } from "@/lib/room/projector";
import { closeRoom } from "@/lib/room/rooms";
import { addCard } from "@/lib/room/cards";
import { castVote } from "@/lib/room/votes";
import { setVoting } from "@/lib/room/rooms";
import { outcomeOf } from "@/tests/support/authorization-world";
import { makeRoomWorld } from "@/tests/support/room-world";
import { setupTestDb } from "@/tests/support/test-db";

// The presenter (issue 26 item 4): what the projector shows, the agenda step and its timer, steered by
// the tandem with a version check; and what the projector's link reads of the room: only what the room
// may see.

const t = setupTestDb();

const roomRow = (id: string) => t.prisma.sessionRoom.findUniqueOrThrow({ where: { id } });
const events = (topic: string, channelId: string) =>
  t.prisma.liveEvent.findMany({ where: { topic, channelId }, orderBy: { id: "asc" } }).then((rows) => rows.map((r) => r.data));

describe(`the presenter (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("switches the projector's view, tells the phones and the board, and refuses a second facilitator's stale choice", async () => {
    const w = await makeRoomWorld(t);
    const base = { trajectId: w.trajectId, roomId: w.room.id };
    const before = await roomRow(w.room.id);
    await setPresenter({ actor: w.f.trainer, ...base, version: before.version, view: "PUNT", themeKey: w.themes[0]!.key });
    const after = await roomRow(w.room.id);
    expect([after.view, after.viewThemeKey, after.version]).toEqual(["PUNT", w.themes[0]!.key, before.version + 1]);
    expect(await events("room", w.room.id)).toContainEqual({ kind: "presenter" });
    expect(await events("board", w.trajectId)).toContainEqual({ kind: "room", actorName: w.f.trainer.name });
    expect(await t.prisma.auditEvent.count({ where: { action: "room.presenter", entityId: w.room.id } })).toBe(1);

    // the expert steered from the version both saw: refused in Dutch, nothing changed
    const stale = await setPresenter({ actor: w.f.expert, ...base, version: before.version, view: "VOTES" }).catch((e: Error) => e);
    expect(stale).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Iemand anders heeft de sessie intussen bijgestuurd/) });
    expect(await roomRow(w.room.id)).toEqual(after);

    // Overig (no aandachtspunt) is a choice; an aandachtspunt this room does not work on is not
    await setPresenter({ actor: w.f.expert, ...base, version: after.version, view: "PUNT", themeKey: null });
    const overig = await roomRow(w.room.id);
    expect([overig.view, overig.viewThemeKey]).toEqual(["PUNT", null]);
    expect(await outcomeOf(setPresenter({ actor: w.f.trainer, ...base, version: overig.version, view: "PUNT", themeKey: "T99" }))).toBe(
      "VALIDATION",
    );
    // another view forgets the aandachtspunt
    await setPresenter({ actor: w.f.trainer, ...base, version: overig.version, view: "AGENDA", themeKey: "T1" });
    expect((await roomRow(w.room.id)).viewThemeKey).toBeNull();
  });

  it("walks the agenda: a step exists or is refused, and another step stops the timer", async () => {
    const w = await makeRoomWorld(t);
    const base = { actor: w.f.trainer, trajectId: w.trajectId, roomId: w.room.id };
    const v = async () => (await roomRow(w.room.id)).version;
    await startTimer({ ...base, version: await v(), minutes: 10 });
    await setPresenter({ ...base, version: await v(), agendaStep: 1 });
    const moved = await roomRow(w.room.id);
    expect([moved.agendaStep, moved.timerEndsAt, moved.timerLeftSeconds, moved.view]).toEqual([1, null, null, "JOIN"]);
    // session 2's agenda (the template) has five steps: 0..4
    expect(await outcomeOf(setPresenter({ ...base, version: moved.version, agendaStep: 5 }))).toBe("VALIDATION");
    expect(await outcomeOf(setPresenter({ ...base, version: moved.version, agendaStep: -1 }))).toBe("VALIDATION");
    await setPresenter({ ...base, version: moved.version, agendaStep: 4 });
    const p = await projectorRoom(w.token);
    expect(p.room?.presenter).toMatchObject({ stepIndex: 4, stepName: "Afsluiting" });
    expect(await t.prisma.auditEvent.count({ where: { action: "room.step" } })).toBe(2);
  });

  it("runs a timer: start, pause (the seconds left kept), resume from them, stop; an action that does not apply is refused", async () => {
    const w = await makeRoomWorld(t);
    const base = { actor: w.f.trainer, trajectId: w.trajectId, roomId: w.room.id };
    const v = async () => (await roomRow(w.room.id)).version;
    expect(await outcomeOf(pauseTimer({ ...base, version: await v() }))).toBe("CONFLICT");
    expect(await outcomeOf(resumeTimer({ ...base, version: await v() }))).toBe("CONFLICT");

    const startedAt = Date.now();
    await startTimer({ ...base, version: await v(), minutes: 5 });
    const running = await roomRow(w.room.id);
    expect(running.timerLeftSeconds).toBeNull();
    expect(running.timerEndsAt!.getTime()).toBeGreaterThanOrEqual(startedAt + 300_000);
    expect(running.timerEndsAt!.getTime()).toBeLessThanOrEqual(Date.now() + 300_000);

    await pauseTimer({ ...base, version: running.version });
    const paused = await roomRow(w.room.id);
    expect(paused.timerEndsAt).toBeNull();
    // what was left, rounded up: at most the five minutes, and not less than what can have passed
    expect(paused.timerLeftSeconds).toBeLessThanOrEqual(300);
    expect(paused.timerLeftSeconds).toBeGreaterThanOrEqual(300 - Math.ceil((Date.now() - startedAt) / 1000));
    expect(await outcomeOf(pauseTimer({ ...base, version: paused.version }))).toBe("CONFLICT");

    const resumedAt = Date.now();
    await resumeTimer({ ...base, version: paused.version });
    const resumed = await roomRow(w.room.id);
    expect(resumed.timerLeftSeconds).toBeNull();
    expect(resumed.timerEndsAt!.getTime()).toBeGreaterThanOrEqual(resumedAt + paused.timerLeftSeconds! * 1000);
    expect(resumed.timerEndsAt!.getTime()).toBeLessThanOrEqual(Date.now() + paused.timerLeftSeconds! * 1000);

    await resetTimer({ ...base, version: resumed.version });
    const stopped = await roomRow(w.room.id);
    expect([stopped.timerEndsAt, stopped.timerLeftSeconds]).toEqual([null, null]);
    expect(await outcomeOf(startTimer({ ...base, version: stopped.version, minutes: 0 }))).toBe("VALIDATION");
    // a stale version loses here too, and a closed room takes no timer at all
    expect(await outcomeOf(startTimer({ ...base, version: running.version, minutes: 3 }))).toBe("CONFLICT");
    await closeRoom({ actor: w.f.trainer, trajectId: w.trajectId, roomId: w.room.id });
    expect(await outcomeOf(startTimer({ ...base, version: await v(), minutes: 3 }))).toBe("CONFLICT");
  });
});

describe(`the presenter on the signed-in board (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("shows every board reader the step and its timer while the room is open; only the tandem gets the room to steer", async () => {
    const w = await makeRoomWorld(t);
    const base = { actor: w.f.trainer, trajectId: w.trajectId, roomId: w.room.id };
    await startTimer({ ...base, version: (await roomRow(w.room.id)).version, minutes: 7 });
    const employer = await presenterForActor({ actor: w.f.employerUser, trajectId: w.trajectId, number: 2 });
    expect(employer.facilitator).toBeNull();
    expect(employer.presenter).toMatchObject({ stepIndex: 0, stepName: "Terugblik op bijeenkomst 1", timerLeftSeconds: null });
    expect(employer.presenter?.timerEndsAt).not.toBeNull();
    expect(employer.stepCount).toBe(5);
    const trainer = await presenterForActor({ actor: w.f.trainer, trajectId: w.trajectId, number: 2 });
    expect(trainer.facilitator?.id).toBe(w.room.id);
    expect(trainer.presenter).toEqual(employer.presenter);

    await closeRoom({ actor: w.f.trainer, trajectId: w.trajectId, roomId: w.room.id });
    expect((await presenterForActor({ actor: w.f.employerUser, trajectId: w.trajectId, number: 2 })).presenter).toBeNull();
    expect((await presenterForActor({ actor: w.f.trainer, trajectId: w.trajectId, number: 2 })).presenter).toBeNull();
    // session 1 never had a room
    expect((await presenterForActor({ actor: w.f.trainer, trajectId: w.trajectId, number: 1 })).facilitator).toBeNull();
  });
});

describe(`the projector's room (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("shows the join code and its QR code while the room is open; without a room, only the board", async () => {
    const w = await makeRoomWorld(t);
    const p = await projectorRoom(w.token);
    expect(p.room?.presenter.view).toBe("JOIN");
    expect(p.room?.join).toMatchObject({
      code: `${w.room.joinCode.slice(0, 3)} ${w.room.joinCode.slice(3)}`,
      url: expect.stringMatching(new RegExp(`/doe-mee/${w.room.joinCode}$`)),
      qrSvg: expect.stringMatching(/^<svg/),
    });
    expect(p.board.aandachtspunten.length).toBeGreaterThan(0);
    await closeRoom({ actor: w.f.trainer, trajectId: w.trajectId, roomId: w.room.id });
    const closed = await projectorRoom(w.token);
    expect([closed.room?.open, closed.room?.join]).toEqual([false, null]);

    await t.prisma.sessionRoom.delete({ where: { id: w.room.id } });
    const none = await projectorRoom(w.token);
    expect(none.room).toBeNull();
    expect(none.board.employerName).toBe(w.f.employer.name);
    expect(await outcomeOf(projectorRoom(`${w.token}x`))).toBe("INVITE_INVALID");
  });

  it("shows one aandachtspunt's visible cards (a name only when signed) and the totals of the votes, never who", async () => {
    const w = await makeRoomWorld(t);
    const [punt, other] = [w.themes[0]!.key, w.themes[1]?.key ?? null];
    const anna = await w.join("Anna Anoniem");
    const sam = await w.join("Sam Signeert", false);
    await addCard({ actor: anna, themeKey: punt, text: "Vraag hoe het gaat, niet wat er is", signed: false });
    await addCard({ actor: sam, themeKey: punt, text: "Een vast aanspreekpunt", signed: true });
    const hidden = await addCard({ actor: sam, themeKey: punt, text: "Niet voor de beamer", signed: true });
    await t.prisma.roomCard.update({ where: { id: hidden.id }, data: { hiddenAt: new Date() } });
    await addCard({ actor: anna, themeKey: other, text: "Ergens anders", signed: false });
    const base = { actor: w.f.trainer, trajectId: w.trajectId, roomId: w.room.id };
    await setPresenter({ ...base, version: (await roomRow(w.room.id)).version, view: "PUNT", themeKey: punt });

    const p = await projectorRoom(w.token);
    expect(p.room?.punt?.title).toBe(w.themes[0]!.title);
    expect(p.room?.punt?.cards.map((c) => [c.text, c.author])).toEqual([
      ["Vraag hoe het gaat, niet wat er is", null],
      ["Een vast aanspreekpunt", "Sam Signeert"],
    ]);
    expect([p.room?.join, p.room?.votes]).toEqual([null, null]);
    const shown = JSON.stringify(p);
    for (const secret of ["Anna Anoniem", anna.participantId, sam.participantId, "Niet voor de beamer", "Ergens anders", w.room.joinCode])
      expect(shown).not.toContain(secret);

    await setVoting({ ...base, voting: "PUNTEN", votesPerPerson: 3, version: (await roomRow(w.room.id)).version });
    await castVote({ actor: anna, target: `punt:${punt}`, delta: 1 });
    await castVote({ actor: anna, target: `punt:${punt}`, delta: 1 });
    await castVote({ actor: sam, target: `punt:${punt}`, delta: 1 });
    await setPresenter({ ...base, version: (await roomRow(w.room.id)).version, view: "VOTES" });
    const votes = await projectorRoom(w.token);
    expect(votes.room?.votes?.rounds[0]).toMatchObject({ kind: "PUNTEN", voters: 2 });
    expect(votes.room?.votes?.rounds[0]?.rows[0]).toEqual({ target: `punt:${punt}`, title: w.themes[0]!.title, votes: 3 });
    expect(JSON.stringify(votes)).not.toContain(anna.participantId);
    expect(votes.room?.punt).toBeNull();
  });
});
