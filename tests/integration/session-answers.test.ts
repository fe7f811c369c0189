import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { addKeyPerson } from "@/lib/employers/key-persons";
import { amsterdamInstant } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { credentialReaderId, redactCredentialLinks, REDACTED_LINK } from "@/lib/mail/credentials";
import { exportEmployer } from "@/lib/privacy/export";
import { exportOwnData } from "@/lib/privacy/own-data";
import { applyRetention } from "@/lib/privacy/retention";
import { SCHEDULER } from "@/lib/auth/roles";
import { planSession } from "@/lib/sessions/sessions";
import { answerLinkView, answerWithLink, sessionAnswersForActor } from "@/lib/sessions/rsvp";
import { sendSessionReminders } from "@/lib/sessions/rsvp-reminders";
import { makeOutsiders, makeTraject } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { startFakeSmtp } from "@/tests/support/fake-smtp";
import { withUnreachableSmtp } from "@/tests/support/smtp-mode";
import { setupTestDb } from "@/tests/support/test-db";

// Meetings people can answer (ADR 021): invite → a personal link per attendee → answer → change of
// mind → a reminder the day before only to who did not decline → cancelled, expired, replaced: the
// link gives the plain page and stores nothing.

const t = setupTestDb();
const SESSION_DAY = "2027-03-29";
/** The day before, at 09:00 Amsterdam: when the reminder run finds tomorrow's session. */
const dayBefore = amsterdamInstant("2027-03-28", "09:00");
/** An hour before the session starts: the links still answer. */
const justBefore = amsterdamInstant(SESSION_DAY, "09:00");

async function setUp() {
  const f = await makeTraject(t.prisma);
  const person = (name: string, email: string) =>
    addKeyPerson({ actor: f.trainer, input: { employerId: f.employer.id, name, email, function: "HR" } });
  const inge = await person("Inge de Vries", "inge@voorbeeld.nl");
  const omar = await person("Omar Laaksonen", "omar@voorbeeld.nl");
  const meeting = { date: SESSION_DAY, time: "10:00", endTime: "13:00", location: "Molenstraat 1", status: "PLANNED" as const };
  type Change = Partial<Parameters<typeof planSession>[0]["input"]>;
  const plan = (change: Change = {}) =>
    planSession({ actor: f.trainer, input: { trajectId: f.traject.id, number: 1, ...meeting, attendees: [inge.id, omar.id], ...change } });
  return { f, plan };
}

/** The newest answer link in the mails to this address (the token, as the mail's URL carries it). */
async function linkFor(email: string): Promise<string> {
  const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const yes = mail.text.match(/Ik kom: https?:\/\/[^\s]+\/bijeenkomst\/([A-Za-z0-9_-]{43})\?antwoord=ja/);
  const no = mail.text.match(/Ik kan niet: https?:\/\/[^\s]+\/bijeenkomst\/([A-Za-z0-9_-]{43})\?antwoord=nee/);
  expect(yes?.[1], `an "Ik kom" link in the mail to ${email}`).toBeTruthy();
  expect(no?.[1]).toBe(yes?.[1]);
  return yes![1]!;
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "answered",
    (e) => (isAppError(e) ? e.code : "crash"),
  );

const answers = async (trajectId: string) =>
  (await t.prisma.calendarInvite.findMany({ where: { session: { trajectId } }, orderBy: { email: "asc" } })).map((i) => [
    i.email,
    i.answer,
  ]);

describe(`answering a session's invitation (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("invite → links → answer → change → reminder only to non-decliners → cancelled: the plain refusal, nothing stored", async () => {
    const { f, plan } = await setUp();
    await plan();
    const expertEmail = (await t.prisma.user.findUniqueOrThrow({ where: { id: f.expert.id } })).email;
    // every invitee has their own link, and only its hash is stored
    const inge = await linkFor("inge@voorbeeld.nl");
    const omar = await linkFor("omar@voorbeeld.nl");
    const expert = await linkFor(expertEmail);
    expect(new Set([inge, omar, expert]).size).toBe(3);
    const stored = JSON.stringify(await t.prisma.calendarInvite.findMany());
    for (const token of [inge, omar, expert]) expect(stored).not.toContain(token);

    // the page reads: the meeting and no answer yet; a GET (the view) stores nothing
    const before = await snapshotAllTables(t);
    const view = await answerLinkView({ token: inge, now: justBefore });
    expect(view).toMatchObject({ name: "Inge de Vries", number: 1, place: "Molenstraat 1", answer: null });
    expect(view.when).toMatch(/29 maart 2027 .*10:00 tot 13:00/);
    expect(await snapshotAllTables(t)).toEqual(before);

    await answerWithLink({ token: inge, answer: "ATTENDING", now: justBefore });
    await answerWithLink({ token: omar, answer: "ATTENDING", now: justBefore });
    // Omar changes his mind with the same link
    await answerWithLink({ token: omar, answer: "DECLINED", now: justBefore });
    expect(await answers(f.traject.id)).toEqual([
      [expertEmail, null],
      ["inge@voorbeeld.nl", "ATTENDING"],
      ["omar@voorbeeld.nl", "DECLINED"],
    ]);
    const audit = await t.prisma.auditEvent.findMany({ where: { action: "session.answer" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.actorLabel)).toEqual([
      "Inge de Vries (via antwoordlink)",
      "Omar Laaksonen (via antwoordlink)",
      "Omar Laaksonen (via antwoordlink)",
    ]);

    // the tandem sees who answered what
    const session = await t.prisma.trajectSession.findUniqueOrThrow({
      where: { trajectId_number: { trajectId: f.traject.id, number: 1 } },
    });
    const card = (await sessionAnswersForActor({ actor: f.trainer, trajectId: f.traject.id })).get(session.id)!;
    expect(card.map((a) => [a.name, a.answer])).toEqual(
      expect.arrayContaining([
        ["Inge de Vries", "ATTENDING"],
        ["Omar Laaksonen", "DECLINED"],
      ]),
    );

    // the reminder the day before: Inge (coming) and the expert (no answer), not Omar (declined); once
    expect(await sendSessionReminders({ actor: SCHEDULER, now: dayBefore })).toEqual({ sent: 2 });
    expect(await sendSessionReminders({ actor: SCHEDULER, now: new Date(dayBefore.getTime() + 3600_000) })).toEqual({ sent: 0 });
    const reminders = await t.prisma.outboxMail.findMany({ where: { kind: "reminder" } });
    expect(reminders.map((m) => m.to).sort()).toEqual([expertEmail, "inge@voorbeeld.nl"].sort());
    expect(reminders.every((m) => m.subject.startsWith("Morgen: bijeenkomst 1"))).toBe(true);
    // the reminder brings a new link; the invitation's link is replaced (the plain refusal, nothing stored)
    const ingeAgain = await linkFor("inge@voorbeeld.nl");
    expect(ingeAgain).not.toBe(inge);
    const beforeReplaced = await snapshotAllTables(t);
    expect(await refusal(answerWithLink({ token: inge, answer: "DECLINED", now: justBefore }))).toBe("NOT_FOUND");
    expect(await refusal(answerLinkView({ token: inge, now: justBefore }))).toBe("NOT_FOUND");
    expect(await snapshotAllTables(t)).toEqual(beforeReplaced);
    await answerWithLink({ token: ingeAgain, answer: "DECLINED", now: justBefore });

    // without SMTP the links are the trainer's to hand over; with SMTP, once sent, nobody's
    const reminder = reminders[0]!;
    const trajectRef = { trainerId: f.trainer.id };
    expect(credentialReaderId({ ...reminder, traject: trajectRef })).toBe(f.trainer.id);
    const invitation = await t.prisma.outboxMail.findFirstOrThrow({ where: { kind: "calendar" } });
    expect(credentialReaderId({ ...invitation, traject: trajectRef })).toBe(f.trainer.id);
    expect(credentialReaderId({ ...invitation, status: "SENT", traject: trajectRef })).toBeNull();
    expect(redactCredentialLinks(invitation.text)).toContain(`Ik kom: ${REDACTED_LINK}`);
    expect(redactCredentialLinks(invitation.text)).not.toMatch(/[A-Za-z0-9_-]{43}/);

    // the session is cancelled: every link gives the plain refusal and nothing is stored
    const expertLink = await linkFor(expertEmail);
    await plan({ status: "CANCELLED" });
    const beforeCancelled = await snapshotAllTables(t);
    for (const token of [ingeAgain, omar, expertLink]) {
      expect(await refusal(answerWithLink({ token, answer: "ATTENDING", now: justBefore }))).toBe("NOT_FOUND");
      expect(await refusal(answerLinkView({ token, now: justBefore }))).toBe("NOT_FOUND");
    }
    expect(await snapshotAllTables(t)).toEqual(beforeCancelled);
  });

  it("a link answers until the session ends, not after; odd tokens are refused the same way", async () => {
    const { f, plan } = await setUp();
    await plan();
    const token = await linkFor("inge@voorbeeld.nl");
    await answerWithLink({ token, answer: "ATTENDING", now: amsterdamInstant(SESSION_DAY, "12:59") });
    const before = await snapshotAllTables(t);
    for (const now of [amsterdamInstant(SESSION_DAY, "13:00"), amsterdamInstant("2027-03-30", "09:00")])
      expect(await refusal(answerWithLink({ token, answer: "DECLINED", now }))).toBe("NOT_FOUND");
    for (const odd of ["", "x", token.slice(1), `${token}=`, token.replace(/^./, (c) => (c === "A" ? "B" : "A")), 42, null])
      expect(await refusal(answerWithLink({ token: odd, answer: "DECLINED", now: justBefore }))).toBe("NOT_FOUND");
    expect(await snapshotAllTables(t)).toEqual(before);
    expect(await answers(f.traject.id)).toContainEqual(["inge@voorbeeld.nl", "ATTENDING"]);
  });

  it("a moved meeting asks again with new links; a held session's link no longer answers", async () => {
    const { f, plan } = await setUp();
    await plan();
    const first = await linkFor("inge@voorbeeld.nl");
    await answerWithLink({ token: first, answer: "DECLINED", now: justBefore });
    await sendSessionReminders({ actor: SCHEDULER, now: dayBefore });
    // moved a week on: the old link is replaced, the answer and the reminder start over
    await plan({ date: "2027-04-05" });
    const moved = await linkFor("inge@voorbeeld.nl");
    expect(moved).not.toBe(first);
    expect(await refusal(answerWithLink({ token: first, answer: "ATTENDING", now: justBefore }))).toBe("NOT_FOUND");
    expect(await answers(f.traject.id)).toContainEqual(["inge@voorbeeld.nl", null]);
    const invitation = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "inge@voorbeeld.nl" }, orderBy: { createdAt: "desc" } });
    expect(invitation.text).toContain("Komt u op het nieuwe moment?");
    expect(await sendSessionReminders({ actor: SCHEDULER, now: amsterdamInstant("2027-04-04", "09:00") })).toEqual({ sent: 3 });

    // taken off the list: the link stops; invited again: a new link and no answer from before
    const reminded = await linkFor("inge@voorbeeld.nl"); // the reminder's link replaced the invitation's
    await answerWithLink({ token: reminded, answer: "DECLINED", now: justBefore });
    const omarId = (await t.prisma.keyPerson.findFirstOrThrow({ where: { email: "omar@voorbeeld.nl" } })).id;
    const ingeId = (await t.prisma.keyPerson.findFirstOrThrow({ where: { email: "inge@voorbeeld.nl" } })).id;
    await plan({ date: "2027-04-05", attendees: [omarId] });
    expect(await refusal(answerLinkView({ token: reminded, now: justBefore }))).toBe("NOT_FOUND");
    await plan({ date: "2027-04-05", attendees: [omarId, ingeId] });
    const back = await linkFor("inge@voorbeeld.nl");
    expect(back).not.toBe(reminded);
    expect((await answerLinkView({ token: back, now: justBefore })).answer).toBeNull();

    // held (it started): the link gives the plain refusal
    await t.prisma.trajectSession.updateMany({ where: { trajectId: f.traject.id, number: 1 }, data: { status: "HELD" } });
    expect(await refusal(answerLinkView({ token: await linkFor("inge@voorbeeld.nl"), now: amsterdamInstant("2027-04-05", "10:30") }))).toBe(
      "NOT_FOUND",
    );
  });

  it("with a mail server the answer links reach the invitee and leave the outbox row once sent", async () => {
    const { plan } = await setUp();
    const smtp = await startFakeSmtp();
    try {
      await withUnreachableSmtp(() => plan());
      await deliverPendingMail({ smtpUrl: smtp.url, retryAfterMs: 0 });
      const delivered = smtp.messages.find((m) => m.to.join().includes("inge@voorbeeld.nl"))?.data ?? "";
      expect(delivered.replace(/=\r?\n/g, "")).toMatch(/\/bijeenkomst\/[A-Za-z0-9_-]{43}\?antwoord=3Dja/);
      const row = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "inge@voorbeeld.nl" } });
      expect(row.status).toBe("SENT");
      expect(row.text).not.toMatch(/[A-Za-z0-9_-]{43}/);
      expect(row.text).toContain(`Ik kom: ${REDACTED_LINK}`);
    } finally {
      await smtp.close();
    }
  });

  it("answers are in the AVG export (never the link's hash) and go with the invite's retention", async () => {
    const { f, plan } = await setUp();
    await plan();
    await answerWithLink({ token: await linkFor("inge@voorbeeld.nl"), answer: "ATTENDING", now: justBefore });
    const admin = (await makeOutsiders(t.prisma)).admin;
    const exported = strFromU8(unzipSync((await exportEmployer({ actor: admin, employerId: f.employer.id })).zip)["werkgever.json"]!);
    expect(exported).toMatch(/"answer": ?"ATTENDING"/);
    expect(exported).not.toContain("rsvpTokenHash");
    // the expert's own answer is in their own data export
    const expertEmail = (await t.prisma.user.findUniqueOrThrow({ where: { id: f.expert.id } })).email;
    await answerWithLink({ token: await linkFor(expertEmail), answer: "DECLINED", now: justBefore });
    const own = JSON.parse((await exportOwnData(f.expert)).json) as { sessionInvitations: { answer: string }[] };
    expect(own.sessionInvitations).toEqual([
      expect.objectContaining({ answer: "DECLINED", session: expect.objectContaining({ number: 1 }) }),
    ]);
    expect(JSON.stringify(own)).not.toContain("rsvpTokenHash");
    // 30 days after the session: the invites and their answers go
    await applyRetention({ actor: SCHEDULER, now: amsterdamInstant("2027-04-20") });
    expect(await t.prisma.calendarInvite.count()).toBe(3);
    await applyRetention({ actor: SCHEDULER, now: amsterdamInstant("2027-05-01") });
    expect(await t.prisma.calendarInvite.count()).toBe(0);
  });
});
