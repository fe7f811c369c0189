import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { closeRoom, openRoom, setVoting } from "@/lib/room/rooms";
import { joinRoom } from "@/lib/room/join";
import { participantOf, type ParticipantActor } from "@/lib/room/participant";
import { addCard, cardToClause } from "@/lib/room/cards";
import { castVote } from "@/lib/room/votes";
import { participantRoom } from "@/lib/room/views";
import { summariseRoom, summaryForActor } from "@/lib/room/summary";
import { readSessionSummary } from "@/lib/room/summary-model";
import { removeKeyPerson } from "@/lib/employers/key-persons";
import { exportEmployer } from "@/lib/privacy/export";
import { applyRetention } from "@/lib/privacy/retention";
import { strFromU8, unzipSync } from "fflate";
import { actorOf, makeTraject, makeUser, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// "Sessie afronden" (issue 26 item 6): the summary stored and mailed once, to everyone on the session's
// list and the tandem, each with the code's PDF; the phones read it; the cards that became no afspraak
// stay with the tandem and never reach a mail or the employer.

const t = setupTestDb();

async function code(v: Error | unknown) {
  return isAppError(v) ? `${v.code}: ${v.message}` : String(v);
}

async function join(roomCode: string, name: string, opts: { attendeeId?: string; anonymous?: boolean } = {}): Promise<ParticipantActor> {
  const { token } = await joinRoom({
    code: roomCode,
    name,
    attendeeId: opts.attendeeId ?? null,
    anonymous: opts.anonymous ?? true,
    clientAddress: null,
  });
  return (await participantOf(token))!.actor;
}

/** Session 2 with a list, a code, a step, a room with phones, cards (one became an afspraak) and votes. */
async function sessionTwo() {
  const f: TrajectFixture = await makeTraject(t.prisma);
  const trajectId = f.traject.id;
  const session = await t.prisma.trajectSession.update({
    where: { trajectId_number: { trajectId, number: 2 } },
    data: { scheduledAt: new Date("2027-03-03T12:30:00Z"), endsAt: new Date(Date.now() + 3 * 3600_000) },
  });
  const trainer = await t.prisma.user.findUniqueOrThrow({ where: { id: f.trainer.id } });
  const employerKey = await t.prisma.keyPerson.findFirstOrThrow({ where: { userId: f.employerUser.id } });
  const fatima = await t.prisma.keyPerson.create({
    data: { employerId: f.employer.id, name: "Fatima Ouali", email: "fatima@voorbeeld.nl", function: "ONDERNEMINGSRAAD" },
  });
  // the trainer on the employer's list too (at the address in capitals): one mail, not two
  const trainerAsKey = await t.prisma.keyPerson.create({
    data: { employerId: f.employer.id, name: trainer.name, email: trainer.email.toUpperCase(), function: "ANDERS" },
  });
  const attendees = await Promise.all(
    [fatima, employerKey, trainerAsKey].map((k) => t.prisma.sessionAttendee.create({ data: { sessionId: session.id, keyPersonId: k.id } })),
  );
  await t.prisma.gedragscode.create({
    data: {
      trajectId,
      clauses: {
        create: [
          { section: "UITGANGSPUNTEN", position: 0, title: "Rolzuiverheid", body: "Nooit naar de diagnose vragen." },
          {
            section: "VOORZIENINGEN",
            position: 0,
            title: "Terugvalpreventieplan",
            body: "Iedereen krijgt het aanbod.",
            owner: "HR",
            startDate: new Date("2027-04-01T10:00:00Z"),
          },
        ],
      },
    },
  });
  await t.prisma.nextStep.create({ data: { trajectId, text: "Code voorleggen aan de OR", owner: "Directie" } });
  const room = await openRoom({ actor: f.trainer, trajectId, number: 2 });
  const fatimaPhone = await join(room.joinCode, "Fatima", { attendeeId: attendees[0]!.id });
  const marloes = await join(room.joinCode, "Marloes", { anonymous: false });
  const anonymous = await join(room.joinCode, "Iemand");
  const kept = await addCard({ actor: marloes, themeKey: null, text: "Een vaste vertrouwenspersoon", signed: true });
  await addCard({ actor: anonymous, themeKey: null, text: "Vrijdagmiddag geen overleg meer", signed: false });
  await addCard({ actor: fatimaPhone, themeKey: null, text: "Kaartje dat bleef liggen", signed: true });
  const { clauseId } = await cardToClause({ actor: f.trainer, trajectId, roomId: room.id, cardId: kept.id, title: "Vertrouwenspersoon" });
  let version = (await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: room.id } })).version;
  await setVoting({ actor: f.trainer, trajectId, roomId: room.id, voting: "AFSPRAKEN", votesPerPerson: 3, version });
  await castVote({ actor: marloes, target: `afspraak:${clauseId}`, delta: 1 });
  await castVote({ actor: anonymous, target: `afspraak:${clauseId}`, delta: 1 });
  version = (await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: room.id } })).version;
  return { f, trajectId, room, version, fatimaPhone, trainer, employerKey, fatima };
}

describe("Sessie afronden", () => {
  it("stores the summary: who was there, the votes as totals, the afspraken per section, the next steps, what happens next", async () => {
    const { f, trajectId, room, version, trainer } = await sessionTwo();
    const result = await summariseRoom({ actor: f.trainer, trajectId, roomId: room.id, version });
    expect(result.mails).toBe(4);
    const stored = await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: room.id } });
    expect(stored.summarisedByName).toBe(f.trainer.name);
    expect(stored.summarisedAt).not.toBeNull();
    const s = readSessionSummary(stored.summary)!;
    expect(s.people.attendees.map((a) => a.name)).toEqual(expect.arrayContaining(["Fatima Ouali", f.employerUser.name]));
    // the phone that picked Fatima from the list is Fatima; Marloes chose to be named; one stayed anonymous
    expect(s.people.named).toEqual(["Marloes"]);
    expect(s.people.anonymous).toBe(1);
    expect(s.people.tandem.map((p) => p.name)).toEqual([trainer.name, f.expert.name]);
    expect(s.priorities.find((p) => p.kind === "AFSPRAKEN")).toMatchObject({
      rows: [{ title: "Vertrouwenspersoon", votes: 2 }],
      voters: 2,
    });
    expect(s.code?.uitgangspunten.map((a) => a.title)).toEqual(["Rolzuiverheid"]);
    expect(s.code?.sections.map((x) => [x.title, x.afspraken.map((a) => a.title)])).toEqual([
      ["Afspraken per rol", ["Vertrouwenspersoon"]],
      ["Voorzieningen en instrumenten", ["Terugvalpreventieplan"]],
    ]);
    expect(s.nextSteps).toEqual([{ text: "Code voorleggen aan de OR", owner: "Directie", dueDate: null }]);
    expect(s.next.followUpAt).toBeNull();
    // no card that stayed a card: not its text, not in any form
    expect(JSON.stringify(s)).not.toContain("Vrijdagmiddag");
    expect(JSON.stringify(s)).not.toContain("Kaartje dat bleef liggen");
    const audit = await t.prisma.auditEvent.findFirst({ where: { action: "room.summarise", entityId: room.id } });
    expect(audit?.actorId).toBe(f.trainer.id);
  });

  it("mails everyone on the list and the tandem once each, with the code's PDF; no card that became no afspraak", async () => {
    const { f, trajectId, room, version, trainer, employerKey } = await sessionTwo();
    await summariseRoom({ actor: f.trainer, trajectId, roomId: room.id, version });
    const mails = await t.prisma.outboxMail.findMany({ where: { trajectId, kind: "summary" }, include: { attachments: true } });
    const expert = await t.prisma.user.findUniqueOrThrow({ where: { id: f.expert.id } });
    expect(mails.map((m) => m.to).sort()).toEqual(
      [trainer.email, expert.email, "fatima@voorbeeld.nl", employerKey.email].map((e) => e.toLowerCase()).sort(),
    );
    for (const m of mails) {
      expect(m.subject).toBe(`Samenvatting van bijeenkomst 2: ${f.employer.name}`);
      expect(m.attachments).toHaveLength(1);
      expect(m.attachments[0]!.contentType).toBe("application/pdf");
      expect(Buffer.from(m.attachments[0]!.content).subarray(0, 5).toString()).toBe("%PDF-");
      expect(m.text).toContain("Vertrouwenspersoon");
      expect(m.text).toContain("Eigenaar: HR · Start: 1 april 2027");
      expect(m.text).not.toContain("Vrijdagmiddag");
      expect(m.text).not.toContain("Kaartje dat bleef liggen");
      expect(m.text).not.toMatch(/\/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/);
    }
    const toTrainer = mails.find((m) => m.to === trainer.email.toLowerCase())!;
    expect(toTrainer.text).toContain("De kaarten uit de zaal die geen afspraak werden");
    expect(mails.find((m) => m.to === "fatima@voorbeeld.nl")!.text).not.toContain("kaarten uit de zaal");
  });

  it("a second time is a clear conflict and mails nobody again; whoever is no facilitator cannot", async () => {
    const { f, trajectId, room, version } = await sessionTwo();
    await expect(summariseRoom({ actor: f.employerUser, trajectId, roomId: room.id, version }).catch(code)).resolves.toMatch(/^FORBIDDEN/);
    await summariseRoom({ actor: f.expert, trajectId, roomId: room.id, version });
    const count = await t.prisma.outboxMail.count({ where: { kind: "summary" } });
    const again = await summariseRoom({ actor: f.trainer, trajectId, roomId: room.id, version: version + 1 }).catch(code);
    expect(again).toMatch(/^CONFLICT: De samenvatting is al verstuurd op \d+ \w+ \d{4} om \d\d:\d\d\./);
    // an old version as well: the same clear message, not "someone else changed it"
    expect(await summariseRoom({ actor: f.trainer, trajectId, roomId: room.id, version }).catch(code)).toMatch(/al verstuurd op/);
    expect(await t.prisma.outboxMail.count({ where: { kind: "summary" } })).toBe(count);
  });

  it("a stale version is a conflict and changes nothing; a room of another traject is not found", async () => {
    const { f, trajectId, room, version } = await sessionTwo();
    expect(await summariseRoom({ actor: f.trainer, trajectId, roomId: room.id, version: version - 1 }).catch(code)).toMatch(/^CONFLICT/);
    const other = await makeTraject(t.prisma);
    expect(await summariseRoom({ actor: other.trainer, trajectId: other.traject.id, roomId: room.id, version }).catch(code)).toMatch(
      /^NOT_FOUND/,
    );
    expect((await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: room.id } })).summarisedAt).toBeNull();
    expect(await t.prisma.outboxMail.count({ where: { kind: "summary" } })).toBe(0);
  });

  it("a participant without an address reads it on their phone, until the join closes", async () => {
    const { f, trajectId, room, version, fatimaPhone } = await sessionTwo();
    expect((await participantRoom(fatimaPhone)).summary).toBeNull();
    await summariseRoom({ actor: f.trainer, trajectId, roomId: room.id, version });
    const phone = await participantRoom(fatimaPhone);
    expect(phone.phase).toBe("summarised");
    expect(readSessionSummary(phone.summary)?.code?.sections[0]?.afspraken[0]?.title).toBe("Vertrouwenspersoon");
    await closeRoom({ actor: f.trainer, trajectId, roomId: room.id });
    expect(await participantRoom(fatimaPhone).catch(code)).toMatch(/^INVITE_INVALID/);
  });

  it("phones closed first: the summary can still be mailed, once; the room stays closed", async () => {
    const { f, trajectId, room } = await sessionTwo();
    await closeRoom({ actor: f.trainer, trajectId, roomId: room.id });
    const version = (await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: room.id } })).version;
    const sent = await summariseRoom({ actor: f.expert, trajectId, roomId: room.id, version });
    expect(sent.mails).toBeGreaterThan(0);
    const stored = await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: room.id } });
    expect(stored.closedAt).not.toBeNull();
    expect(readSessionSummary(stored.summary)?.code?.sections[0]?.afspraken[0]?.title).toBe("Vertrouwenspersoon");
    expect(await t.prisma.outboxMail.count({ where: { kind: "summary" } })).toBe(sent.mails);
    // the room's other changes stay refused while it is closed
    const vote = setVoting({ actor: f.trainer, trajectId, roomId: room.id, voting: "PUNTEN", votesPerPerson: 3, version: version + 1 });
    expect(await vote.catch(code)).toMatch(/^CONFLICT: Deze sessie is gesloten/);
  });
});

describe("reading the summaries", () => {
  it("whoever reads the code reads the summary; only the tandem the cards that stayed cards, anonymous unless signed", async () => {
    const { f, trajectId, room, version } = await sessionTwo();
    expect(await summaryForActor({ actor: f.employerUser, trajectId })).toEqual([]);
    await summariseRoom({ actor: f.trainer, trajectId, roomId: room.id, version });
    const employer = await summaryForActor({ actor: f.employerUser, trajectId });
    expect(employer).toHaveLength(1);
    expect(employer[0]).toMatchObject({ number: 2, cards: null });
    expect(JSON.stringify(employer)).not.toContain("Vrijdagmiddag");
    const tandem = await summaryForActor({ actor: f.expert, trajectId });
    expect(tandem[0]!.cards).toEqual([
      {
        title: "Overig",
        cards: [
          { text: "Vrijdagmiddag geen overleg meer", author: null, hidden: false },
          { text: "Kaartje dat bleef liggen", author: "Fatima", hidden: false },
        ],
      },
    ]);
    const outsider = await makeTraject(t.prisma);
    expect(await summaryForActor({ actor: outsider.trainer, trajectId }).catch(code)).toMatch(/^NOT_FOUND/);
  });
});

describe("the names in a stored summary", () => {
  const named = async (roomId: string) => JSON.stringify((await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: roomId } })).summary);

  it("are in the employer's AVG export; a removed key person's name leaves every summary", async () => {
    const { f, trajectId, room, version, fatima } = await sessionTwo();
    const codeId = (await t.prisma.gedragscode.findUniqueOrThrow({ where: { trajectId } })).id;
    await t.prisma.codeSigner.create({ data: { gedragscodeId: codeId, keyPersonId: fatima.id, signsAs: "ONDERNEMINGSRAAD" } });
    await summariseRoom({ actor: f.trainer, trajectId, roomId: room.id, version });
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    const json = JSON.parse(
      strFromU8(unzipSync((await exportEmployer({ actor: admin, employerId: f.employer.id })).zip)["werkgever.json"]!),
    );
    const exported = json.trajecten[0].sessions.find((s: { number: number }) => s.number === 2).room;
    expect(exported).toMatchObject({ summarisedByName: f.trainer.name, summary: { kind: "sessionSummary", sessionNumber: 2 } });
    expect((await named(room.id)).match(/Fatima Ouali/g)).toHaveLength(2); // on the list, and who signs

    await removeKeyPerson({ actor: f.trainer, keyPersonId: fatima.id });
    const after = readSessionSummary((await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: room.id } })).summary)!;
    expect(await named(room.id)).not.toContain("Fatima Ouali");
    expect(after.people.attendees.map((a) => a.name)).toContain("(naam verwijderd)");
    expect(after.next.signers.map((a) => a.name)).toEqual(["(naam verwijderd)"]);
    // everything else as it was mailed
    expect(after.people.attendees.map((a) => a.name)).toContain(f.employerUser.name);
    expect(after.code?.sections[0]?.afspraken[0]?.title).toBe("Vertrouwenspersoon");
  });

  it("go with the key persons the retention rule removes, long after the traject ended", async () => {
    const { f, trajectId, room, version } = await sessionTwo();
    await summariseRoom({ actor: f.trainer, trajectId, roomId: room.id, version });
    await t.prisma.traject.update({ where: { id: trajectId }, data: { status: "CLOSED", closedAt: new Date() } });
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    expect((await applyRetention({ actor: admin })).keyPersons).toBe(0);
    expect(await named(room.id)).toContain("Fatima Ouali");
    expect((await applyRetention({ actor: admin, now: new Date(Date.now() + 800 * 86_400_000) })).keyPersons).toBe(2);
    expect(await named(room.id)).not.toContain("Fatima Ouali");
    // the employer's account stays, and so does its name
    expect(await named(room.id)).toContain(f.employerUser.name);
  });
});
