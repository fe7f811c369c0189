import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addCard, cardToClause, groupCards, hideCard } from "@/lib/room/cards";
import { joinRoom, roomForJoinCode } from "@/lib/room/join";
import { normaliseJoinCode } from "@/lib/room/join-code";
import { PARTICIPANT_CAPABILITIES, participantCapabilities, type ParticipantCapability } from "@/lib/auth/capabilities";
import { participantOf, participantStillIn } from "@/lib/room/participant";
import { closeRoom, openRoom, setVoting } from "@/lib/room/rooms";
import { cardSchema, voteSchema } from "@/lib/room/schema";
import { roomThemes } from "@/lib/room/themes";
import { facilitatorRoom, participantRoom } from "@/lib/room/views";
import { castVote } from "@/lib/room/votes";
import { applyRetention } from "@/lib/privacy/retention";
import { SCHEDULER } from "@/lib/auth/roles";
import { joinAs, trajectWithRoom, type RoomFixture } from "@/tests/support/room";
import { setupTestDb } from "@/tests/support/test-db";
import { LiveHub } from "@/lib/live/hub";
import type { LiveEvent } from "@/lib/live/events";
import { boardForActor } from "@/lib/board/board";
import { setPresenter } from "@/lib/room/presenter";

// Session 2's room (issue 26, ADR 029): join with the projector's code, cards under the room's own
// aandachtspunten (anonymous unless signed, the health-data check on each), grouping, card → afspraak,
// votes within the allowance and secret per person, and closing that ends every join.

const t = setupTestDb();
let hubs: LiveHub[] = [];
afterEach(async () => {
  await Promise.all(hubs.map((h) => h.close()));
  hubs = [];
});

const themesOf = (f: RoomFixture) => roomThemes(f.traject.id);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; message?: string }) => e.code ?? e.message,
  );
const voting = async (f: RoomFixture, kind: "NONE" | "PUNTEN" | "AFSPRAKEN", votesPerPerson = 2) => {
  const { version } = await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: f.room.id } });
  await setVoting({ actor: f.trainer, trajectId: f.traject.id, roomId: f.room.id, voting: kind, votesPerPerson, version });
};

describe(`session 2's room (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("joins with the code as typed on a phone, picks oneself from the list, and follows only its own room", async () => {
    const f = await trajectWithRoom(t.prisma);
    const typed = `${f.room.joinCode.slice(0, 3).toLowerCase()} - ${f.room.joinCode.slice(3)}`;
    expect(normaliseJoinCode(typed)).toBe(f.room.joinCode);
    const page = await roomForJoinCode({ code: typed, clientAddress: "203.0.113.7" });
    expect(page.attendees).toEqual([{ id: f.attendee.id, name: "Femke de Vries" }]);
    const femke = await joinAs(f, "Femke", { attendeeId: f.attendee.id, anonymous: false });
    expect(femke).toMatchObject({ roomId: f.room.id, trajectId: f.traject.id, anonymous: false });
    // another session's attendee id is not on this list
    expect(await refusal(joinRoom({ code: f.room.joinCode, name: "X", attendeeId: "elders", anonymous: true, clientAddress: null }))).toBe(
      "VALIDATION",
    );
    // an unknown code, a malformed one
    expect(await refusal(roomForJoinCode({ code: "AAAAAA", clientAddress: null }))).toBe("INVITE_INVALID");
    expect(await refusal(roomForJoinCode({ code: "<script>", clientAddress: null }))).toBe("INVITE_INVALID");
    // only the hash of the phone's token is stored
    const stored = await t.prisma.roomParticipant.findUniqueOrThrow({ where: { id: femke.participantId } });
    expect(stored.tokenHash).not.toBe(femke.token);
    expect(await participantOf("niet-een-token")).toBeNull();
  });

  it("a card goes under one of the room's aandachtspunten or Overig, anonymous to the facilitator unless signed", async () => {
    const f = await trajectWithRoom(t.prisma);
    const [theme] = await themesOf(f);
    expect(theme).toBeDefined();
    const a = await joinAs(f, "Anoniem");
    const b = await joinAs(f, "Marloes", { anonymous: false });
    await addCard({ actor: a, themeKey: theme!.key, text: "Een vast aanspreekpunt bij terugkeer", signed: false });
    await addCard({ actor: b, themeKey: null, text: "Werktijden in overleg", signed: true });
    // a theme this room does not work on (another board's) is refused, and nothing is stored
    const themes = (await themesOf(f)).map((x) => x.key);
    const foreign = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10"].find((k) => !themes.includes(k))!;
    expect(await refusal(addCard({ actor: a, themeKey: foreign, text: "Elders", signed: false }))).toBe("VALIDATION");
    const room = (await facilitatorRoom({ actor: f.expert, trajectId: f.traject.id }))!;
    const cards = room.sections.flatMap((s) => s.cards);
    expect(cards.map((c) => [c.text, c.author])).toEqual(
      expect.arrayContaining([
        ["Een vast aanspreekpunt bij terugkeer", null],
        ["Werktijden in overleg", "Marloes"],
      ]),
    );
    expect(cards).toHaveLength(2);
    expect(room.sections.at(-1)).toMatchObject({ themeKey: null, title: "Overig" });
    // a participant reads their own cards, never another's
    expect((await participantRoom(a)).cards.map((c) => c.text)).toEqual(["Een vast aanspreekpunt bij terugkeer"]);
  });

  it("bad cards are refused with a Dutch message: 10,000 characters, control characters, empty", () => {
    const base = { themeKey: "overig", signed: "on" };
    expect(cardSchema.safeParse({ ...base, text: "x".repeat(10_000) }).error?.issues[0]?.message).toMatch(/hoogstens 280 tekens/);
    expect(cardSchema.safeParse({ ...base, text: "a\u0007b" }).error?.issues[0]?.message).toMatch(/onzichtbare tekens/);
    expect(cardSchema.safeParse({ ...base, text: "   " }).error?.issues[0]?.message).toMatch(/Schrijf eerst iets/);
    expect(voteSchema.safeParse({ target: "punt:T3", delta: "5" }).success).toBe(false);
  });

  it("the health-data check asks on a card that names someone with a diagnosis; 'Toch bewaren' keeps it without the text in the log", async () => {
    const f = await trajectWithRoom(t.prisma);
    const p = await joinAs(f, "Iemand");
    const text = "Femke heeft een depressie en wil minder uren";
    expect(await refusal(addCard({ actor: p, themeKey: null, text, signed: false }))).toBe("HEALTH_CHECK");
    expect(await t.prisma.roomCard.count({ where: { roomId: f.room.id } })).toBe(0);
    await addCard({ actor: p, themeKey: null, text, signed: false, confirmed: true });
    const kept = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "healthCheck.kept", entityType: "RoomCard" } });
    expect(JSON.stringify(kept)).not.toContain("depressie");
  });

  it("votes: only while open, within the allowance even when tapped at once, secret per person, totals highest first", async () => {
    const f = await trajectWithRoom(t.prisma);
    const [first, second] = await themesOf(f);
    const a = await joinAs(f, "A");
    const b = await joinAs(f, "B");
    expect(await refusal(castVote({ actor: a, target: `punt:${first!.key}`, delta: 1 }))).toBe("CONFLICT");
    await voting(f, "PUNTEN", 2);
    // five taps at once with two votes: two count
    const taps = await Promise.allSettled(Array.from({ length: 5 }, () => castVote({ actor: a, target: `punt:${first!.key}`, delta: 1 })));
    expect(taps.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(await t.prisma.roomVote.aggregate({ where: { participantId: a.participantId }, _sum: { count: true } })).toMatchObject({
      _sum: { count: 2 },
    });
    await castVote({ actor: b, target: `punt:${second!.key}`, delta: 1 });
    await castVote({ actor: b, target: `punt:${first!.key}`, delta: 1 });
    await castVote({ actor: b, target: `punt:${first!.key}`, delta: -1 });
    expect(await refusal(castVote({ actor: b, target: `punt:${first!.key}`, delta: -1 }))).toBe("CONFLICT");
    // an afspraak while the room votes on aandachtspunten; a made-up target
    expect(await refusal(castVote({ actor: b, target: "afspraak:abc", delta: 1 }))).toBe("VALIDATION");
    const room = (await facilitatorRoom({ actor: f.trainer, trajectId: f.traject.id }))!;
    expect(room.totals.PUNTEN.voters).toBe(2);
    expect(room.totals.PUNTEN.rows.slice(0, 2)).toEqual([
      { target: `punt:${first!.key}`, title: first!.title, votes: 2 },
      { target: `punt:${second!.key}`, title: second!.title, votes: 1 },
    ]);
    // the facilitator's view names no voter
    expect(JSON.stringify(room.totals)).not.toMatch(/participantId|"A"|"B"/);
    // a participant sees their own votes and what is left
    const mine = await participantRoom(b);
    expect(mine.voting).toMatchObject({ kind: "PUNTEN", allowance: 2, left: 1 });
    expect(mine.voting!.targets.find((x) => x.target === `punt:${second!.key}`)?.mine).toBe(1);
  });

  it("the facilitator groups cards and turns a group into an afspraak in the code; cards remember where they went", async () => {
    const f = await trajectWithRoom(t.prisma);
    const [theme] = await themesOf(f);
    const p = await joinAs(f, "P");
    const one = await addCard({ actor: p, themeKey: theme!.key, text: "Buddy bij de start", signed: false });
    const two = await addCard({ actor: p, themeKey: theme!.key, text: "Vast inwerkprogramma", signed: false });
    const other = await addCard({ actor: p, themeKey: null, text: "Koffie", signed: false });
    const ids = { trajectId: f.traject.id, roomId: f.room.id };
    expect(await refusal(groupCards({ actor: f.trainer, ...ids, cardIds: [one.id, other.id], title: "Mix" }))).toBe("VALIDATION");
    const group = await groupCards({ actor: f.trainer, ...ids, cardIds: [one.id, two.id], title: "Goed beginnen" });
    const { clauseId } = await cardToClause({ actor: f.expert, ...ids, groupId: group.id, title: "Goed beginnen" });
    const clause = await t.prisma.gedragscodeClause.findUniqueOrThrow({ where: { id: clauseId } });
    expect(clause).toMatchObject({ title: "Goed beginnen", body: "Buddy bij de start\nVast inwerkprogramma", themeKey: theme!.key });
    expect(await t.prisma.roomCard.count({ where: { clauseId } })).toBe(2);
    expect(await refusal(cardToClause({ actor: f.expert, ...ids, groupId: group.id, title: "Nog eens" }))).toBe("CONFLICT");
    await hideCard({ actor: f.trainer, ...ids, cardId: other.id, hidden: true });
    expect((await t.prisma.roomCard.findUniqueOrThrow({ where: { id: other.id } })).hiddenAt).not.toBeNull();
    // the employer's people draft the code but do not steer the room
    expect(await refusal(groupCards({ actor: f.employerUser, ...ids, cardIds: [other.id, two.id], title: "X" }))).toBe("FORBIDDEN");
  });

  it("closing ends every join at once: no card, no vote, no new join; reopening gives a new code", async () => {
    const f = await trajectWithRoom(t.prisma);
    const p = await joinAs(f, "P");
    await closeRoom({ actor: f.trainer, trajectId: f.traject.id, roomId: f.room.id });
    expect(await participantStillIn(p.participantId)).toBe(false);
    expect(await refusal(addCard({ actor: p, themeKey: null, text: "Te laat", signed: false }))).toBe("INVITE_INVALID");
    expect(await refusal(castVote({ actor: p, target: "punt:T1", delta: 1 }))).toBe("INVITE_INVALID");
    expect(await refusal(roomForJoinCode({ code: f.room.joinCode, clientAddress: null }))).toBe("INVITE_INVALID");
    // the close reached the phones' streams: an access event on the room's channel
    expect(await t.prisma.liveEvent.count({ where: { topic: "access", channelId: f.room.id } })).toBe(1);
    const again = await openRoom({ actor: f.expert, trajectId: f.traject.id, number: 2 });
    expect(again.id).toBe(f.room.id);
    expect(again.joinCode).not.toBe(f.room.joinCode);
    // the phones that were in continue (closing by mistake costs nothing); the old code opens nothing
    expect(await participantStillIn(p.participantId)).toBe(true);
    expect(await refusal(roomForJoinCode({ code: f.room.joinCode, clientAddress: null }))).toBe("INVITE_INVALID");
  });

  it("retention: 30 days after the room ended its participants go (names, votes); their cards stay for the tandem, anonymous", async () => {
    const f = await trajectWithRoom(t.prisma);
    const p = await joinAs(f, "Marloes", { anonymous: false });
    await addCard({ actor: p, themeKey: null, text: "Getekende kaart", signed: true });
    await closeRoom({ actor: f.trainer, trajectId: f.traject.id, roomId: f.room.id });
    expect((await applyRetention({ actor: SCHEDULER })).roomParticipants).toBe(0);
    await t.prisma.sessionRoom.update({ where: { id: f.room.id }, data: { closedAt: new Date(Date.now() - 31 * 86400_000) } });
    expect((await applyRetention({ actor: SCHEDULER })).roomParticipants).toBe(1);
    const card = await t.prisma.roomCard.findFirstOrThrow({ where: { roomId: f.room.id } });
    expect(card).toMatchObject({ text: "Getekende kaart", participantId: null });
    const room = (await facilitatorRoom({ actor: f.trainer, trajectId: f.traject.id }))!;
    expect(room.sections.flatMap((s) => s.cards).map((c) => c.author)).toEqual([null]);
  });

  it("an expired room takes nothing; too many code lookups from one address are slowed down", async () => {
    const f = await trajectWithRoom(t.prisma);
    const p = await joinAs(f, "P");
    await db().sessionRoom.update({ where: { id: f.room.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await refusal(addCard({ actor: p, themeKey: null, text: "Na afloop", signed: false }))).toBe("INVITE_INVALID");
    for (let i = 0; i < 120; i++) await roomForJoinCode({ code: "QQQQQQ", clientAddress: "198.51.100.9" }).catch(() => undefined);
    expect(await refusal(roomForJoinCode({ code: "QQQQQQ", clientAddress: "198.51.100.9" }))).toBe("RATE_LIMITED");
  });

  it("the participant's table, both ways: each function by room phase (open, summarised, closed, expired), and a participant of another room", async () => {
    const f = await trajectWithRoom(t.prisma);
    await voting(f, "PUNTEN", 3);
    const [theme] = await themesOf(f);
    const calls: Record<ParticipantCapability, (p: Awaited<ReturnType<typeof joinAs>>) => Promise<unknown>> = {
      "room:follow": (p) => participantRoom(p),
      "card:add": (p) => addCard({ actor: p, themeKey: null, text: "Kaart", signed: false }),
      "vote:cast": (p) => castVote({ actor: p, target: `punt:${theme!.key}`, delta: 1 }),
    };
    const phases = {
      open: {},
      summarised: { summarisedAt: new Date() },
      closed: { closedAt: new Date() },
      expired: { expiresAt: new Date(Date.now() - 1000) },
    } as const;
    for (const [phase, data] of Object.entries(phases)) {
      const p = await joinAs(f, `In ${phase}`);
      await t.prisma.sessionRoom.update({
        where: { id: f.room.id },
        data: { summarisedAt: null, closedAt: null, expiresAt: new Date(Date.now() + 3600_000), ...data },
      });
      const allowed = participantCapabilities(phase === "open" || phase === "summarised" ? phase : null);
      for (const capability of PARTICIPANT_CAPABILITIES) {
        const outcome = await refusal(calls[capability](p));
        expect([phase, capability, outcome === null]).toEqual([phase, capability, allowed.has(capability)]);
      }
      await t.prisma.sessionRoom.update({
        where: { id: f.room.id },
        data: { summarisedAt: null, closedAt: null, expiresAt: new Date(Date.now() + 3600_000) },
      });
    }
    // a participant whose token names another room's id reaches nothing here
    const other = await trajectWithRoom(t.prisma);
    const stranger = await joinAs(other, "Elders");
    expect(
      await refusal(
        addCard({ actor: { ...stranger, roomId: f.room.id, trajectId: f.traject.id }, themeKey: null, text: "X", signed: false }),
      ),
    ).toBe("INVITE_INVALID");
  });

  it("the room's votes order the board's aandachtspunten (totals only; ties keep the scan's order)", async () => {
    const f = await trajectWithRoom(t.prisma);
    const themes = await themesOf(f);
    expect(themes.length).toBeGreaterThanOrEqual(2);
    const before = (await boardForActor({ actor: f.employerUser, trajectId: f.traject.id })).board.aandachtspunten;
    expect(before.map((a) => a.themeKey)).toEqual(themes.map((x) => x.key));
    expect(before.every((a) => a.votes === null)).toBe(true);
    await voting(f, "PUNTEN", 3);
    const last = themes.at(-1)!;
    for (const name of ["A", "B"]) await castVote({ actor: await joinAs(f, name), target: `punt:${last.key}`, delta: 1 });
    const after = (await boardForActor({ actor: f.employerUser, trajectId: f.traject.id })).board.aandachtspunten;
    expect(after[0]).toMatchObject({ themeKey: last.key, votes: 2 });
    expect(after.slice(1).map((a) => a.themeKey)).toEqual(themes.slice(0, -1).map((x) => x.key));
  });

  it("the facilitator's step reaches every instance's phones once, and only that room's", async () => {
    const f = await trajectWithRoom(t.prisma);
    const other = await trajectWithRoom(t.prisma);
    const seen = { one: [] as LiveEvent[], two: [] as LiveEvent[], elsewhere: [] as LiveEvent[] };
    for (const [key, room] of [
      ["one", f.room],
      ["two", f.room],
      ["elsewhere", other.room],
    ] as const) {
      const hub = new LiveHub();
      hubs.push(hub);
      await hub.subscribe({ topic: "room", channelId: room.id }, 0n, (e) => seen[key].push(e));
    }
    const { version } = await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: f.room.id } });
    await setPresenter({ actor: f.trainer, trajectId: f.traject.id, roomId: f.room.id, version, view: "AGENDA", agendaStep: 1 });
    const deadline = Date.now() + 10_000;
    while ((seen.one.length === 0 || seen.two.length === 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    // a later change on the other room, awaited: anything stray for that room would have come before it
    const otherVersion = (await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: other.room.id } })).version;
    await setPresenter({ actor: other.trainer, trajectId: other.traject.id, roomId: other.room.id, version: otherVersion, view: "CODE" });
    while (seen.elsewhere.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(seen.one.map((e) => e.data)).toEqual([{ kind: "presenter" }]);
    expect(seen.two.map((e) => e.id)).toEqual(seen.one.map((e) => e.id));
    expect(seen.elsewhere).toHaveLength(1);
  });
});
