import { describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/mutations";
import { addClause } from "@/lib/gedragscode/clauses";
import { addNextStep } from "@/lib/gedragscode/next-steps";
import { confirmSigners, signCode, signOffState } from "@/lib/gedragscode/signoff";
import { requestSignatures } from "@/lib/gedragscode/signing-requests";
import { employerTasks } from "@/lib/tasks/employer";
import { adminTasks } from "@/lib/tasks/admin";
import { setCompensationRates } from "@/lib/compensation/settings";
import { submitClaim } from "@/lib/compensation/claims";
import { claimSchema } from "@/lib/compensation/schema";
import { isoDay } from "@/lib/dates";
import { saveDebrief } from "@/lib/debriefs/debriefs";
import { debriefSchema } from "@/lib/debriefs/schema";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { planSession, recordPresence } from "@/lib/sessions/sessions";
import { expertTasks } from "@/lib/tasks/expert";
import { trainerTasks } from "@/lib/tasks/trainer";
import { actorOf, makeDirectie, makeSubmittedResponse, makeTraject, makeUser } from "@/tests/factories";
import { closeScanAsTrainer } from "@/tests/support/close-scan";
import { setupTestDb } from "@/tests/support/test-db";

// The trainer's home page: one traject followed through its phases by the real actions, the tasks
// read back after each (the rules themselves, phase by phase, in tests/unit/tasks-trainer.test.ts).

const t = setupTestDb();
const day = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));

describe(`a trainer's tasks (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("follow the traject's facts from intake to session 2, with the claims to approve; only the trainer's own", async () => {
    const f = await makeTraject(t.prisma, { status: "INTAKE" });
    const other = await makeTraject(t.prisma, { status: "INTAKE" });
    const trajectId = f.traject.id;
    const steps = async () =>
      (await trainerTasks(f.trainer)).map((task) => {
        expect(task.key.startsWith(`${trajectId}:`)).toBe(true); // never another trainer's traject
        return task.key.slice(trajectId.length + 1);
      });
    expect(await steps()).toEqual(["plan-sessions", "invite"]);

    const keyPerson = await t.prisma.keyPerson.findFirstOrThrow({ where: { employerId: f.employer.id } });
    const plan = (number: number, date: string, status: "PLANNED" | "HELD" = "PLANNED") =>
      planSession({ actor: f.trainer, input: { trajectId, number, date, time: "10:00", status, attendees: [keyPerson.id] } });
    await plan(1, day(10));
    await plan(2, day(30));
    expect(await steps()).toEqual(["invite"]);

    await createInvitation({
      actor: f.trainer,
      input: { trajectId, name: "Hanna de Vries", email: "hanna@voorbeeld.nl", function: "HR", deadline: day(7) },
    });
    await makeSubmittedResponse(t.prisma, f, { name: "Klaar", answers: { "1.1": 4 } });
    const running = await trainerTasks(f.trainer);
    expect(running.map((x) => x.title)).toEqual(["Scan: 1 van 2 ingevuld"]);

    await closeScanAsTrainer(t.prisma, f);
    expect(await steps()).toEqual(["prepare-1"]);

    // session 1 took place (moved to yesterday and held): presence, the look back, then session 2
    const { version } = await t.prisma.trajectSession.findFirstOrThrow({ where: { trajectId, number: 1 }, select: { version: true } });
    await planSession({
      actor: f.trainer,
      input: { trajectId, number: 1, version, date: day(-1), time: "10:00", status: "HELD", attendees: [keyPerson.id] },
    });
    expect(await steps()).toEqual(["presence-1", "debrief-1", "prepare-2"]);
    await recordPresence({ actor: f.trainer, input: { trajectId, number: 1, present: [keyPerson.id] } });
    const form = { trajectId, number: "1", wentWell: "Open gesprek", hard: "", takenUp: "", followUp: "" };
    await saveDebrief({ actor: f.trainer, input: debriefSchema.parse(form) });
    // the expert's own look back is theirs: it does not tick off the trainer's
    expect(await steps()).toEqual(["prepare-2"]);

    await submitClaim({
      actor: f.expert,
      input: claimSchema.parse({ trajectId, number: "1", preparationHours: "1", sessionHours: "3", travelHours: "0" }),
    });
    const tasks = await trainerTasks(f.trainer);
    expect(tasks.map((x) => x.key.slice(trajectId.length + 1))).toEqual(["prepare-2", "claims"]);
    expect(tasks[1]).toMatchObject({ title: "Keur een declaratie goed", href: `/trajecten/${trajectId}/bijeenkomsten#vergoedingen` });

    // the other traject's trainer sees only theirs; an expert has no trainer's tasks at all
    expect((await trainerTasks(other.trainer)).map((x) => x.key)).toEqual([
      `${other.traject.id}:plan-sessions`,
      `${other.traject.id}:invite`,
    ]);
    await expect(trainerTasks(f.expert)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an expert's: the request, the results to annotate, then the look back and the hours; only their own", async () => {
    const f = await makeTraject(t.prisma, { status: "SCAN_CLOSED" });
    const trajectId = f.traject.id;
    const steps = async (actor = f.expert) => (await expertTasks(actor)).map((task) => task.key.slice(trajectId.length + 1));
    // asked by the trainer, not yet answered: that is the one task
    const asked = actorOf(await makeUser(t.prisma, "EXPERT"));
    await t.prisma.expertAssignment.create({ data: { trajectId, expertId: asked.id, status: "INVITED" } });
    expect(await steps(asked)).toEqual(["request"]);

    expect(await steps()).toEqual(["annotate"]);
    await createAnnotation({
      actor: f.expert,
      input: { trajectId, themeKey: "T8", itemKey: "8.4", body: "Wat mij hielp na een terugval", visibility: "TANDEM" },
    });
    expect(await steps()).toEqual([]);

    await planSession({ actor: f.trainer, input: { trajectId, number: 1, date: day(-1), time: "10:00", status: "HELD" } });
    expect(await steps()).toEqual(["debrief-1", "claim-1"]);
    const form = { trajectId, number: "1", wentWell: "Veel herkenning", hard: "", takenUp: "", followUp: "" };
    await saveDebrief({ actor: f.expert, input: debriefSchema.parse(form) });
    await submitClaim({
      actor: f.expert,
      input: claimSchema.parse({ trajectId, number: "1", preparationHours: "1", sessionHours: "3", travelHours: "0" }),
    });
    expect(await steps()).toEqual([]);
    // another expert sees none of this traject; a trainer has no expert's tasks
    expect(await expertTasks(actorOf(await makeUser(t.prisma, "EXPERT")))).toEqual([]);
    await expect(expertTasks(f.trainer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an employer user's: the directie confirms the signers, each signer is asked once the text is ready and signs once, the contact person's steps coming due", async () => {
    const f = await makeTraject(t.prisma, { status: "SCAN_CLOSED" });
    const trajectId = f.traject.id;
    const directie = await makeDirectie(t.prisma, f);
    await t.prisma.keyPerson.create({
      data: { employerId: f.employer.id, name: "Olga OR", email: `olga-${f.employer.id}@voorbeeld.nl`, function: "ONDERNEMINGSRAAD" },
    });
    const steps = async (actor: typeof directie) => (await employerTasks(actor)).map((task) => task.key.slice(trajectId.length + 1));
    expect(await steps(f.employerUser)).toEqual([]);

    await addClause({
      actor: f.employerUser,
      input: { trajectId, section: "UITGANGSPUNTEN", title: "Rolzuiverheid", body: "We vragen naar werk, niet naar de diagnose." },
    });
    // the list (directie, HR, OR) waits for the directie; nobody can sign before
    expect(await steps(directie)).toEqual(["confirm-signers"]);
    expect(await steps(f.employerUser)).toEqual([]);
    const state = await signOffState({ actor: directie, trajectId });
    await confirmSigners({ actor: directie, trajectId, signersHash: state.list.hash });
    // the list counts, but nobody is asked to sign until the tandem says the text is ready
    expect(await steps(directie)).toEqual([]);
    await requestSignatures({ actor: f.trainer, trajectId });
    expect(await steps(directie)).toEqual(["sign"]);
    expect(await steps(f.employerUser)).toEqual(["sign"]);
    await signCode({ actor: f.employerUser, trajectId, contentHash: state.hash!, consentToReuse: false });
    expect(await steps(f.employerUser)).toEqual([]);
    expect((await employerTasks(directie))[0]!.why).toContain("1 van 3 getekend");

    // the contact person (HR here) is asked about a step due within a week, not about one a month on
    const hr = await t.prisma.keyPerson.findFirstOrThrow({ where: { userId: f.employerUser.id } });
    await t.prisma.traject.update({ where: { id: trajectId }, data: { contactKeyPersonId: hr.id } });
    await addNextStep({ actor: f.employerUser, input: { trajectId, text: "Evaluatie met het team", dueDate: day(30) } });
    expect(await steps(f.employerUser)).toEqual([]);
    await addNextStep({ actor: f.employerUser, input: { trajectId, text: "Gesprekskaart invoeren", dueDate: day(3) } });
    expect(await steps(f.employerUser)).toEqual(["steps-due"]);
    expect(await steps(directie)).toEqual(["sign"]);
    // another employer's user sees none of it; a trainer has no employer's tasks
    const other = await makeTraject(t.prisma);
    expect(await employerTasks(other.employerUser)).toEqual([]);
    await expect(employerTasks(f.trainer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the admin's: the rates until set, failed mails and claims counted; nobody else gets them", async () => {
    const f = await makeTraject(t.prisma);
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    const keys = async () => (await adminTasks(admin)).map((task) => task.key);
    expect(await keys()).toContain("rates");
    await setCompensationRates({ actor: admin, input: { version: 1, hourly: 1500, perKm: 23 } });
    expect(await keys()).not.toContain("rates");

    expect(await keys()).not.toContain("failed-mails");
    await t.prisma.outboxMail.create({
      data: { kind: "account", to: "x@voorbeeld.nl", subject: "Uw account", text: "…", status: "FAILED" },
    });
    const failed = (await adminTasks(admin)).find((task) => task.key === "failed-mails");
    expect(failed).toMatchObject({ href: "/beheer/planner" });
    expect(failed!.title).toMatch(/kon niet|konden niet/);

    const submitted = await t.prisma.compensationClaim.count({ where: { status: "SUBMITTED" } });
    await planSession({ actor: f.trainer, input: { trajectId: f.traject.id, number: 1, date: day(-2), time: "10:00", status: "HELD" } });
    await submitClaim({
      actor: f.expert,
      input: claimSchema.parse({ trajectId: f.traject.id, number: "1", preparationHours: "1", sessionHours: "3", travelHours: "0" }),
    });
    const approve = (await adminTasks(admin)).find((task) => task.key === "approve-claims")!;
    expect(approve.title).toBe(
      submitted + 1 === 1 ? "Een declaratie wacht op goedkeuring" : `${submitted + 1} declaraties wachten op goedkeuring`,
    );
    await expect(adminTasks(f.trainer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the admin's: a first directie to confirm, and (without a mail server) accounts whose link waits", async () => {
    const f = await makeTraject(t.prisma);
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    const task = async (key: string) => (await adminTasks(admin)).find((x) => x.key === key);
    const confirmations = (await task("confirm-directie"))?.title;
    const dirk = await t.prisma.keyPerson.create({
      data: { employerId: f.employer.id, name: "Dirk Directie", email: `dirk-${f.employer.id}@voorbeeld.nl`, function: "DIRECTIE" },
    });
    expect((await task("confirm-directie"))?.title).not.toBe(confirmations);
    await t.prisma.keyPerson.update({ where: { id: dirk.id }, data: { directieConfirmedAt: new Date() } });
    expect((await task("confirm-directie"))?.title).toBe(confirmations);

    const waiting = (await adminTasks(admin)).find((x) => x.key === "hand-over-links")?.title ?? "";
    await t.prisma.user.update({ where: { id: f.employerUser.id }, data: { passwordHash: "" } });
    expect((await task("hand-over-links"))?.title).not.toBe(waiting);
    expect((await task("hand-over-links"))?.title).toMatch(/wacht(en)? op de link/);
  });
});
