import { describe, expect, it } from "vitest";
import { SCHEDULER } from "@/lib/auth/roles";
import { amsterdamInstant } from "@/lib/dates";
import { addClause } from "@/lib/gedragscode/clauses";
import { currentContent } from "@/lib/gedragscode/content";
import { confirmSigners, setSigners, signCode, signOffState } from "@/lib/gedragscode/signoff";
import { sendFollowUpReminders } from "@/lib/followup/reminders";
import { followUpStepSchema, stepStatusSchema } from "@/lib/followup/schema";
import { addFollowUpStep, followUpItems, openStepsForEmployerUser, setStepStatus } from "@/lib/followup/steps";
import { makeDirectie, makeOutsiders, makeTraject, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// Next steps that live on (issue 13, item 2): statuses with versions, afspraken outside the signed
// content, scoping, due dates and the reminders in Amsterdam calendar days.

const t = setupTestDb();

async function stepOf(f: TrajectFixture, text: string, dueDate?: string) {
  const { nextStepId } = await addFollowUpStep({ actor: f.trainer, input: { trajectId: f.traject.id, text, owner: "HR", dueDate } });
  return nextStepId;
}

async function clauseOf(f: TrajectFixture, title: string, startDate?: string) {
  const { result } = await addClause({
    actor: f.employerUser,
    input: { trajectId: f.traject.id, section: "BORGING", title, body: "We kijken samen terug.", owner: "HR", startDate },
  });
  return result.clauseIds[0]!;
}

/** What a refused call must leave exactly as it was. */
const followUpState = async () =>
  JSON.stringify([
    await t.prisma.nextStep.findMany({ orderBy: { id: "asc" } }),
    await t.prisma.clauseFollowUp.findMany({ orderBy: { clauseId: "asc" } }),
    await t.prisma.auditEvent.count(),
  ]);

describe(`follow-up steps (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("statuses carry a version: a crossing update is a conflict; an afspraak's status leaves the signed code alone", async () => {
    const f = await makeTraject(t.prisma);
    const stepId = await stepOf(f, "Buddy aanwijzen", "2027-05-01");
    const clauseId = await clauseOf(f, "Evaluatie");
    const trajectId = f.traject.id;

    await setStepStatus({
      actor: f.trainer,
      input: { trajectId, kind: "step", id: stepId, status: "BEZIG", note: "Gesprek gepland", version: 1 },
    });
    const before = await followUpState();
    await expect(
      setStepStatus({ actor: f.employerUser, input: { trajectId, kind: "step", id: stepId, status: "KLAAR", version: 1 } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^Iemand anders heeft deze stap intussen bijgewerkt/) });
    expect(await followUpState()).toBe(before);

    // the code is signed; the afspraak (no follow-up row yet: version 1) changes status twice
    const codeId = (await t.prisma.gedragscode.findUniqueOrThrow({ where: { trajectId } })).id;
    const { hash } = await currentContent(t.prisma, codeId);
    // the confirmed directie confirms a list of directie and HR (issue 20), then HR signs
    const directie = await makeDirectie(t.prisma, f);
    const people = await t.prisma.keyPerson.findMany({
      where: { employerId: f.employer.id, userId: { in: [directie.id, f.employerUser.id] } },
    });
    await setSigners({ actor: f.trainer, trajectId, keyPersonIds: people.map((p) => p.id) });
    const { list } = await signOffState({ actor: directie, trajectId });
    await confirmSigners({ actor: directie, trajectId, signersHash: list.hash });
    await signCode({ actor: f.employerUser, trajectId, contentHash: hash, consentToReuse: false });
    const code = await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } });
    const first = await setStepStatus({
      actor: f.employerUser,
      input: { trajectId, kind: "clause", id: clauseId, status: "BEZIG", version: 1 },
    });
    expect(first.version).toBe(2);
    await expect(
      setStepStatus({ actor: f.trainer, input: { trajectId, kind: "clause", id: clauseId, status: "KLAAR", version: 1 } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await setStepStatus({
      actor: f.trainer,
      input: { trajectId, kind: "clause", id: clauseId, status: "KLAAR", note: "Gedaan in mei", version: 2 },
    });
    expect((await currentContent(t.prisma, codeId)).hash).toBe(hash);
    expect(await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } })).toEqual(code);
    expect(await t.prisma.codeSignature.findMany({ where: { gedragscodeId: codeId }, select: { voidedAt: true } })).toEqual([
      { voidedAt: null },
    ]);

    const items = await followUpItems({ actor: f.expert, trajectId });
    expect(items.map((i) => [i.kind, i.text, i.status, i.version, i.statusChangedByName])).toEqual([
      ["step", "Buddy aanwijzen", "BEZIG", 2, f.trainer.name],
      ["clause", "Evaluatie", "KLAAR", 3, f.trainer.name],
    ]);
    expect(items[1]).toMatchObject({ body: "We kijken samen terug.", owner: "HR", statusNote: "Gedaan in mei" });

    // audited without the note
    const audit = await t.prisma.auditEvent.findMany({
      where: { action: { in: ["step.status", "step.add"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.entityType, a.data])).toEqual([
      ["step.add", "NextStep", null],
      ["step.status", "NextStep", { from: "OPEN", to: "BEZIG" }],
      ["step.status", "GedragscodeClause", { from: "OPEN", to: "BEZIG" }],
      ["step.status", "GedragscodeClause", { from: "BEZIG", to: "KLAAR" }],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Gesprek gepland|Gedaan in mei/);
  });

  it("refused for another employer, the admin and a date that does not exist; after closing, steps are still added", async () => {
    const f = await makeTraject(t.prisma);
    const { other, admin } = await makeOutsiders(t.prisma);
    const stepId = await stepOf(f, "Terugkommoment plannen");
    const before = await followUpState();
    const change = { kind: "step" as const, id: stepId, status: "KLAAR" as const, version: 1 };
    for (const [actor, trajectId, code] of [
      [other.employerUser, f.traject.id, "NOT_FOUND"],
      [other.employerUser, other.traject.id, "NOT_FOUND"], // their own traject, another's step
      [admin, f.traject.id, "FORBIDDEN"],
      [f.expert, f.traject.id, "FORBIDDEN"],
    ] as const)
      await expect(setStepStatus({ actor, input: { ...change, trajectId } })).rejects.toMatchObject({ code });
    expect(await followUpState()).toBe(before);

    for (const [dueDate, message] of [
      ["2026-02-30", "Kies een bestaande datum."],
      ["morgen", "Kies een datum."],
      ["1999-12-31", "Kies een datum tussen 2000 en 2100."],
    ] as const) {
      const parsed = followUpStepSchema.safeParse({ trajectId: f.traject.id, text: "Evaluatie", owner: "HR", dueDate });
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["dueDate", message]]);
      await expect(
        addFollowUpStep({ actor: f.employerUser, input: { trajectId: f.traject.id, text: "Evaluatie", dueDate } }),
      ).rejects.toMatchObject({
        code: "VALIDATION",
        message,
      });
    }
    expect(
      stepStatusSchema.safeParse({ trajectId: f.traject.id, kind: "step", id: stepId, status: "MISSCHIEN", version: "1" }).success,
    ).toBe(false);
    expect(await followUpState()).toBe(before);

    await t.prisma.traject.update({ where: { id: f.traject.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const owner = followUpStepSchema.parse({ trajectId: f.traject.id, text: "Evaluatie", owner: "ONDERNEMINGSRAAD", dueDate: "" }).owner;
    await addFollowUpStep({ actor: f.employerUser, input: { trajectId: f.traject.id, text: "Na een half jaar evalueren", owner } });
    expect((await followUpItems({ actor: f.employerUser, trajectId: f.traject.id })).map((i) => [i.text, i.owner])).toEqual([
      ["Terugkommoment plannen", "HR"],
      ["Na een half jaar evalueren", "OR (ondernemingsraad)"],
    ]);
    await expect(addFollowUpStep({ actor: admin, input: { trajectId: f.traject.id, text: "Niet van mij" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("the employer's open steps: theirs only, open only, by due date (none last), overdue in Amsterdam days", async () => {
    const f = await makeTraject(t.prisma);
    const { other } = await makeOutsiders(t.prisma);
    await stepOf(other, "Van een ander");
    const late = await stepOf(f, "Later", "2027-06-01");
    await stepOf(f, "Zonder datum");
    const done = await stepOf(f, "Al gedaan", "2027-01-01");
    await clauseOf(f, "Vroeg", "2027-03-31");
    await setStepStatus({ actor: f.employerUser, input: { trajectId: f.traject.id, kind: "step", id: done, status: "KLAAR", version: 1 } });
    await setStepStatus({ actor: f.employerUser, input: { trajectId: f.traject.id, kind: "step", id: late, status: "BEZIG", version: 1 } });

    const now = amsterdamInstant("2027-04-01", "00:30");
    const open = await openStepsForEmployerUser(f.employerUser, { now });
    expect(open.map((s) => [s.text, s.status, s.overdue, s.trajectId])).toEqual([
      ["Vroeg", "OPEN", true, f.traject.id],
      ["Later", "BEZIG", false, f.traject.id],
      ["Zonder datum", "OPEN", false, f.traject.id],
    ]);
    expect(open[0]!.trajectLabel).toContain(f.employer.name);
    const justBefore = await openStepsForEmployerUser(f.employerUser, { now: amsterdamInstant("2027-03-31", "23:30") });
    expect(justBefore[0]!.overdue).toBe(false);
    expect((await openStepsForEmployerUser(other.employerUser)).map((s) => s.text)).toEqual(["Van een ander"]);
    await expect(openStepsForEmployerUser(f.trainer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reminders: from the start of D-7 (Amsterdam) to the contact person, from D+1 to the trainer, once each, open items only", async () => {
    const f = await makeTraject(t.prisma);
    const contact = await t.prisma.keyPerson.create({
      data: { employerId: f.employer.id, name: "Hanna HR", email: `hanna-${f.employer.id}@voorbeeld.nl`, function: "HR" },
    });
    await t.prisma.traject.update({ where: { id: f.traject.id }, data: { contactKeyPersonId: contact.id } });
    const stepId = await stepOf(f, "Buddy aanwijzen", "2027-03-31");
    const clauseId = await clauseOf(f, "Evaluatie met de OR", "2027-03-31");
    const doneId = await stepOf(f, "Al klaar", "2027-03-31");
    const letGoId = await clauseOf(f, "Niet meer nodig", "2027-03-31");
    const trajectId = f.traject.id;
    await setStepStatus({ actor: f.employerUser, input: { trajectId, kind: "step", id: doneId, status: "KLAAR", version: 1 } });
    await setStepStatus({ actor: f.employerUser, input: { trajectId, kind: "clause", id: letGoId, status: "LOSGELATEN", version: 1 } });
    const run = async (day: string, time: string) =>
      (await sendFollowUpReminders({ actor: SCHEDULER, now: amsterdamInstant(day, time) })).sent;

    // D = 31 March 2027, after the switch to summer time on the 28th; D-7 is still winter time
    expect(await run("2027-03-23", "23:30")).toBe(0);
    expect(await run("2027-03-24", "00:30")).toBe(1);
    expect(await run("2027-03-27", "09:00")).toBe(0);
    expect(await run("2027-03-31", "23:30")).toBe(0);
    expect(await run("2027-04-01", "00:30")).toBe(1);
    expect(await run("2027-04-02", "09:00")).toBe(0);

    const mails = await t.prisma.outboxMail.findMany({ where: { trajectId }, orderBy: { createdAt: "asc" } });
    const trainerEmail = (await t.prisma.user.findUniqueOrThrow({ where: { id: f.trainer.id } })).email;
    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      [contact.email, `Binnenkort: afgesproken stappen bij ${f.employer.name}`],
      [trainerEmail, `Streefdatum voorbij: stappen bij ${f.employer.name}`],
    ]);
    for (const mail of mails) {
      expect(mail.text).toContain(`/trajecten/${trajectId}/opvolging`);
      expect(mail.text).toContain("Buddy aanwijzen (streefdatum 31 maart 2027; wie: HR)");
      expect(mail.text).toContain("Evaluatie met de OR");
      expect(mail.text).not.toMatch(/Al klaar|Niet meer nodig/);
    }
    expect(await t.prisma.nextStep.findUniqueOrThrow({ where: { id: stepId } })).toMatchObject({
      dueReminderSentAt: amsterdamInstant("2027-03-24", "00:30"),
      overdueNoticeSentAt: amsterdamInstant("2027-04-01", "00:30"),
      version: 1,
    });
    // the markers made the afspraak's follow-up row; its status and version are untouched
    expect(await t.prisma.clauseFollowUp.findUniqueOrThrow({ where: { clauseId } })).toMatchObject({ status: "OPEN", version: 1 });
    expect(await t.prisma.nextStep.findUniqueOrThrow({ where: { id: doneId } })).toMatchObject({
      dueReminderSentAt: null,
      overdueNoticeSentAt: null,
    });

    // a stopped traject is not reminded about
    await t.prisma.traject.update({ where: { id: trajectId }, data: { status: "CANCELLED" } });
    await stepOf(f, "Nog een", "2027-04-05");
    expect(await run("2027-04-01", "09:00")).toBe(0);
  });
});
