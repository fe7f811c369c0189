import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { sessionUid } from "@/lib/sessions/calendar-sync";
import { addKeyPerson } from "@/lib/employers/key-persons";
import { sessionIcsForActor } from "@/lib/sessions/calendar-file";
import { planSession, recordPresence } from "@/lib/sessions/sessions";
import { updateTrajectDetails } from "@/lib/planning/details";
import { withdrawExpert } from "@/lib/planning/planning";
import { makeOutsiders, makeTraject } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";

// A session as a meeting: attendees from the key persons, calendar invitations that follow every
// change (REQUEST, SEQUENCE up, CANCEL for who drops out), presence after it was held.

const t = setupTestDb();

async function setUp() {
  const f = await makeTraject(t.prisma);
  const employerId = f.employer.id;
  const inge = await addKeyPerson({
    actor: f.trainer,
    input: { employerId, name: "Inge de Vries", email: "inge@voorbeeld.nl", function: "HR" },
  });
  const omar = await addKeyPerson({
    actor: f.trainer,
    input: { employerId, name: "Omar Laaksonen", email: "omar@voorbeeld.nl", function: "ONDERNEMINGSRAAD" },
  });
  const plan = (input: Partial<Parameters<typeof planSession>[0]["input"]> = {}) =>
    planSession({
      actor: f.trainer,
      input: {
        trajectId: f.traject.id,
        number: 1,
        date: "2027-03-29",
        time: "10:00",
        endTime: "13:00",
        location: "Molenstraat 1",
        attendees: [inge.id, omar.id],
        status: "PLANNED",
        ...input,
      },
    });
  return { f, inge, omar, plan };
}

const calendarMails = () => t.prisma.outboxMail.findMany({ where: { kind: "calendar" }, orderBy: { createdAt: "asc" } });
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: vevent.getFirstPropertyValue("uid"),
    sequence: vevent.getFirstPropertyValue("sequence"),
    start: new ICAL.Event(vevent).startDate.toJSDate(),
    status: vevent.getFirstPropertyValue("status"),
    attendees: vevent.getAllProperties("attendee").map((p) => String(p.getFirstValue()).replace(/^mailto:/i, "")),
  };
}

describe(`sessions and calendar invitations (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("planning sends a REQUEST to the attendees and the tandem's expert, never to the trainer; a move updates everyone", async () => {
    const { f, plan } = await setUp();
    expect(await plan()).toEqual({ requested: 3, cancelled: 0 });
    const first = await calendarMails();
    const expertEmail = (await t.prisma.user.findUniqueOrThrow({ where: { id: f.expert.id } })).email;
    expect(first.map((m) => m.to).sort()).toEqual(["inge@voorbeeld.nl", expertEmail, "omar@voorbeeld.nl"].sort());
    const trainerEmail = (await t.prisma.user.findUniqueOrThrow({ where: { id: f.trainer.id } })).email;
    expect(first.every((m) => m.replyTo === trainerEmail && m.calendarMethod === "REQUEST")).toBe(true);
    const session = await t.prisma.trajectSession.findUniqueOrThrow({
      where: { trajectId_number: { trajectId: f.traject.id, number: 1 } },
    });
    const e = read(first[0]!.calendar!);
    expect(e).toMatchObject({ method: "REQUEST", uid: sessionUid(session.id), sequence: 1 });
    expect(e.start.toISOString()).toBe("2027-03-29T08:00:00.000Z");
    expect(first[0]!.subject).toMatch(/^Uitnodiging: Bijeenkomst 1/);

    // saving without a change sends nothing
    expect(await plan()).toEqual({ requested: 0, cancelled: 0 });
    // moving it: everyone gets the new version, same UID, higher SEQUENCE
    expect(await plan({ time: "13:00", endTime: "16:00" })).toEqual({ requested: 3, cancelled: 0 });
    const moved = (await calendarMails()).slice(3);
    expect(moved.map((m) => read(m.calendar!))).toEqual(
      moved.map(() => expect.objectContaining({ uid: sessionUid(session.id), sequence: 2 })),
    );
    expect(moved[0]!.subject).toMatch(/^Gewijzigd:/);
  });

  it("removing one attendee (RFC 5546): they get a CANCEL without STATUS, those who stay an updated REQUEST without them", async () => {
    const { f, inge, plan } = await setUp();
    await plan();
    const expertEmail = (await t.prisma.user.findUniqueOrThrow({ where: { id: f.expert.id } })).email;
    const before = (await calendarMails()).length;
    expect(await plan({ attendees: [inge.id] })).toEqual({ requested: 2, cancelled: 1 });
    let round = (await calendarMails()).slice(before);
    const cancel = round.find((m) => m.calendarMethod === "CANCEL")!;
    expect(cancel.to).toBe("omar@voorbeeld.nl");
    expect(read(cancel.calendar!)).toMatchObject({ method: "CANCEL", sequence: 2, status: null, attendees: ["omar@voorbeeld.nl"] });
    const updates = round.filter((m) => m.calendarMethod === "REQUEST");
    expect(updates.map((m) => m.to).sort()).toEqual([expertEmail, "inge@voorbeeld.nl"].sort());
    for (const m of updates) {
      const e = read(m.calendar!);
      expect(e).toMatchObject({ method: "REQUEST", sequence: 2, status: "CONFIRMED" });
      expect(e.attendees.sort()).toEqual([expertEmail, "inge@voorbeeld.nl"].sort());
    }

    // the expert leaves the tandem: the same, for them
    const mark = (await calendarMails()).length;
    await withdrawExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: f.expert.id });
    round = (await calendarMails()).slice(mark);
    expect(round.map((m) => [m.to, m.calendarMethod])).toEqual(
      expect.arrayContaining([
        [expertEmail, "CANCEL"],
        ["inge@voorbeeld.nl", "REQUEST"],
      ]),
    );
    expect(read(round.find((m) => m.calendarMethod === "CANCEL")!.calendar!).status).toBeNull();

    // the whole session is off: STATUS:CANCELLED
    expect(await plan({ attendees: [inge.id], status: "CANCELLED" })).toEqual({ requested: 0, cancelled: 1 });
    const last = (await calendarMails()).at(-1)!;
    expect(last).toMatchObject({ to: "inge@voorbeeld.nl", calendarMethod: "CANCEL" });
    expect(read(last.calendar!).status).toBe("CANCELLED");
    expect(await t.prisma.calendarInvite.count({ where: { cancelled: false } })).toBe(0);
  });

  it("saving a session as held sends no calendar mail and keeps every invitation; before its start it is refused", async () => {
    const { plan } = await setUp();
    await plan({ date: "2026-11-20" });
    const sent = (await calendarMails()).length;
    expect(await plan({ date: "2026-11-20", status: "HELD" })).toEqual({ requested: 0, cancelled: 0 });
    expect(await calendarMails()).toHaveLength(sent);
    expect(await t.prisma.calendarInvite.count({ where: { cancelled: false } })).toBe(3);

    // a session that has not started yet cannot have been held: a clear message, nothing changes
    await plan({ number: 2, date: "2099-03-01" });
    const before = await snapshotAllTables(t);
    await expect(plan({ number: 2, date: "2099-03-01", status: "HELD" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { status: [expect.stringContaining("begonnen")] },
    });
    expect(await snapshotAllTables(t)).toBe(before);
  });

  it("lowering the number of sessions cancels the dropped one and its invitations", async () => {
    const { f, plan } = await setUp();
    await plan({ number: 2, date: "2027-04-12" });
    const { version, werkvloerId } = await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } });
    await updateTrajectDetails({
      actor: f.trainer,
      input: {
        trajectId: f.traject.id,
        version,
        motivation: "",
        werkvloerId: werkvloerId!,
        plannedSessionCount: 1,
        contactKeyPersonId: "",
      },
    });
    expect(
      await t.prisma.trajectSession.findUniqueOrThrow({ where: { trajectId_number: { trajectId: f.traject.id, number: 2 } } }),
    ).toMatchObject({ status: "CANCELLED" });
    expect((await calendarMails()).filter((m) => m.calendarMethod === "CANCEL")).toHaveLength(3);
  });

  it("bad input changes nothing: an end before the start, someone of another employer, an online session without a link", async () => {
    const { plan } = await setUp();
    const { other } = await makeOutsiders(t.prisma);
    const stranger = await addKeyPerson({
      actor: other.trainer,
      input: { employerId: other.employer.id, name: "Piet", email: "piet@voorbeeld.nl", function: "HR" },
    });
    const before = await snapshotAllTables(t);
    await expect(plan({ endTime: "09:00" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { endTime: [expect.stringContaining("eindigt voordat ze begint")] },
    });
    await expect(plan({ attendees: [stranger.id] })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { attendees: expect.any(Array) },
    });
    await expect(plan({ mode: "ONLINE", onlineUrl: "" })).rejects.toMatchObject({ fieldErrors: { onlineUrl: expect.any(Array) } });
    expect(await snapshotAllTables(t)).toBe(before);
  });

  it("a held session no longer changes; the trainer records who was there", async () => {
    const { f, inge, omar, plan } = await setUp();
    await plan({ date: "2026-11-20", status: "HELD" });
    await expect(plan({ date: "2026-11-21", status: "HELD" })).rejects.toMatchObject({ code: "VALIDATION" });
    await recordPresence({ actor: f.trainer, input: { trajectId: f.traject.id, number: 1, present: [inge.id] } });
    const attendees = await t.prisma.sessionAttendee.findMany({ orderBy: { keyPersonId: "asc" } });
    expect(Object.fromEntries(attendees.map((a) => [a.keyPersonId, a.present]))).toEqual({ [inge.id]: true, [omar.id]: false });
    await expect(
      recordPresence({ actor: f.trainer, input: { trajectId: f.traject.id, number: 1, present: ["iemand-anders"] } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      recordPresence({ actor: f.employerUser, input: { trajectId: f.traject.id, number: 1, present: [] } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the .ics download: for who may see the traject, with the session's UID; 404 for anyone else", async () => {
    const { f, plan } = await setUp();
    await plan();
    const { ics, fileName } = await sessionIcsForActor({ actor: f.employerUser, trajectId: f.traject.id, number: 1 });
    expect(fileName).toMatch(/^bijeenkomst-1-.+\.ics$/);
    expect(read(ics)).toMatchObject({ method: null, sequence: 1 });
    const { other } = await makeOutsiders(t.prisma);
    await expect(sessionIcsForActor({ actor: other.trainer, trajectId: f.traject.id, number: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(sessionIcsForActor({ actor: f.trainer, trajectId: f.traject.id, number: 2 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

// Issue 23, item 4: two trajects of one employer looked the same in every calendar and download folder.
describe("two trajects of one employer", () => {
  it("have different event titles and .ics file names: the werkvloer, or the month the traject started", async () => {
    const { f, plan } = await setUp();
    const second = await t.prisma.traject.create({
      data: {
        employerId: f.employer.id,
        trainerId: f.trainer.id,
        questionnaireId: f.questionnaire.id,
        createdAt: new Date("2027-02-10T12:00:00Z"),
        sessions: { create: [{ number: 1 }] },
      },
    });
    await plan({ attendees: [] });
    await planSession({
      actor: f.trainer,
      input: { trajectId: second.id, number: 1, date: "2027-03-29", time: "10:00", attendees: [], status: "PLANNED" },
    });
    const [a, b] = await Promise.all(
      [f.traject.id, second.id].map((trajectId) => sessionIcsForActor({ actor: f.trainer, trajectId, number: 1 })),
    );
    const summary = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!.getFirstPropertyValue("summary");
    const werkvloer = f.employer.werkvloeren[0]!.name;
    expect(summary(a!.ics)).toBe(`Weerbare Werkgever: bijeenkomst 1 bij ${f.employer.name} – ${werkvloer}`);
    expect(summary(b!.ics)).toBe(`Weerbare Werkgever: bijeenkomst 1 bij ${f.employer.name} – gestart februari 2027`);
    expect(a!.fileName).not.toBe(b!.fileName);
    expect(b!.fileName).toMatch(/^bijeenkomst-1-[a-z0-9-]+-gestart-februari-2027\.ics$/);
  });
});
