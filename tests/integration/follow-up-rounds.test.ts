import { describe, expect, it } from "vitest";
import { SCHEDULER } from "@/lib/auth/roles";
import { allTrajectDebriefs, ownTrajectDebrief, saveTrajectDebrief } from "@/lib/debriefs/traject-debrief";
import { sendFollowUpMomentReminders, setFollowUpMoment } from "@/lib/followup/moment";
import { addMonthsToIsoDay } from "@/lib/followup/moment-rules";
import { closeFollowUpRound, scanRoundsForActor, startFollowUpRound } from "@/lib/followup/rounds";
import { applyRetention } from "@/lib/privacy/retention";
import { buildReportInputForActor } from "@/lib/report/queries";
import { autosave } from "@/lib/scan/respondent/answer-store";
import { submitScan } from "@/lib/scan/respondent/forms";
import { openScan } from "@/lib/scan/respondent/link";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { getResultsWithProgressForActor } from "@/lib/followup/progress";
import { takeResultsSnapshot } from "@/lib/scan/results/snapshot";
import { isoDay } from "@/lib/dates";
import { setTrajectStatus } from "@/lib/planning/planning";
import { closeScanAsTrainer } from "@/tests/support/close-scan";
import { actorOf, makeOutsiders, makeTraject, makeUser, questionnaireJson, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

const DAY = 86_400_000;
const inDays = (n: number) => isoDay(new Date(Date.now() + n * DAY));
const allItems = questionnaireJson.themes.flatMap((th) => th.items.map((i) => i.key));
const PEOPLE = [
  { name: "Femke de Vries", email: "hr@voorbeeld.nl", function: "HR" },
  { name: "Hans Kok", email: "directie@voorbeeld.nl", function: "DIRECTIE" },
  { name: "Yvonne Smit", email: "leiding@voorbeeld.nl", function: "LEIDINGGEVENDE" },
] as const;

const latestLink = async (email: string) => {
  const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return { token: mail.text.match(/\/scan\/([A-Za-z0-9_-]{43})/)![1]!, subject: mail.subject };
};

/** Every statement answered with `value` (theme T1's with `t1`), a self-grade, and sent. */
async function answerAndSubmit(token: string, value: number, t1 = value) {
  await openScan(token);
  for (const itemKey of allItems) {
    const v = itemKey.startsWith("1.") ? t1 : value;
    expect((await autosave(token, { type: "answer", itemKey, value: v, revision: 0 })).ok).toBe(true);
  }
  expect((await autosave(token, { type: "selfGrade", value: 6, revision: 0 })).ok).toBe(true);
  await submitScan(token);
}

/** Closes the first scan ("Scan sluiten"), then the traject (the trainer's choice). */
async function closeTraject(f: TrajectFixture) {
  await closeScanAsTrainer(t.prisma, f);
  const { version } = await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } });
  await setTrajectStatus({ actor: f.trainer, trajectId: f.traject.id, status: "CLOSED", version });
}

/** The first round: three people invited, each answering all 3s (T1 all 2s). */
async function firstRoundAnswered(f: TrajectFixture) {
  for (const p of PEOPLE) {
    await createInvitation({ actor: f.trainer, input: { trajectId: f.traject.id, ...p, deadline: inDays(7) } });
    await answerAndSubmit((await latestLink(p.email)).token, 3, 2);
  }
}

/** A traject whose first round three people answered, then closed. */
async function closedTrajectWithFirstRound() {
  const f = await makeTraject(t.prisma);
  await firstRoundAnswered(f);
  await closeTraject(f);
  return f;
}

const startInput = (f: TrajectFixture, extra: Partial<{ reinvite: "on"; deadline: string }> = {}) => ({
  trajectId: f.traject.id,
  questionnaireId: f.questionnaire.id,
  deadline: inDays(21),
  ...extra,
});

describe(`follow-up scan rounds (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a follow-up round re-invites the same people, keeps its results apart and shows progress against the first round's snapshot", async () => {
    const f = await makeTraject(t.prisma);
    // not closed yet: refused, nothing made
    await expect(startFollowUpRound({ actor: f.trainer, input: startInput(f) })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await t.prisma.scanRound.count({ where: { trajectId: f.traject.id, number: { gt: 1 } } })).toBe(0);

    await firstRoundAnswered(f);
    const firstLink = (await latestLink(PEOPLE[0].email)).token;
    await closeTraject(f);
    const closed = await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } });
    expect(closed.closedAt).not.toBeNull();
    expect(isoDay(closed.followUpAt)).toBe(addMonthsToIsoDay(isoDay(closed.closedAt), 6));

    // the employer, the expert and an outsider cannot start one
    const { other } = await makeOutsiders(t.prisma);
    for (const [actor, code] of [
      [f.employerUser, "FORBIDDEN"],
      [f.expert, "FORBIDDEN"],
      [other.trainer, "NOT_FOUND"],
    ] as const)
      await expect(startFollowUpRound({ actor, input: startInput(f) })).rejects.toMatchObject({ code });

    const started = await startFollowUpRound({ actor: f.trainer, input: startInput(f, { reinvite: "on" }) });
    expect(started).toEqual({ number: 2, invited: 3 });
    await expect(startFollowUpRound({ actor: f.trainer, input: startInput(f) })).rejects.toMatchObject({ code: "CONFLICT" });

    // the first round's links take no answers any more; the new ones do
    expect((await autosave(firstLink, { type: "selfGrade", value: 9, revision: 1 })).ok).toBe(false);
    const links = await Promise.all(PEOPLE.map((p) => latestLink(p.email)));
    expect(links.every((l) => l.subject.includes("vervolgscan"))).toBe(true);
    // the same person twice in one round is refused; in a new round it was fine
    await expect(
      createInvitation({ actor: f.trainer, input: { trajectId: f.traject.id, ...PEOPLE[0], deadline: inDays(7) } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    for (const l of links) await answerAndSubmit(l.token, 4, 4);

    // rounds keep results apart: the first round is as it was, the follow-up has its own three
    const first = await getResultsWithProgressForActor({ actor: f.trainer, trajectId: f.traject.id, round: 1 });
    const live = await getResultsWithProgressForActor({ actor: f.trainer, trajectId: f.traject.id });
    expect(live.round.number).toBe(2);
    expect(first.result!.respondents).toBe(3);
    expect(live.result!.respondents).toBe(3);
    const t1 = (r: typeof first) => r.result!.themes.find((th) => th.key === "T1")!.grade;
    expect(t1(live)).toBeGreaterThan(t1(first)!);

    // a running round's stand cannot be frozen for the employer by hand either
    await expect(takeResultsSnapshot({ actor: f.trainer, trajectId: f.traject.id, round: 2 })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    // before the follow-up closes the employer still sees the first scan, without progress
    let employer = await getResultsWithProgressForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(employer.round.number).toBe(1);
    expect(employer.progress).toBeNull();

    // closing freezes the employer's view of it; links take no more answers; closing twice is a conflict
    await expect(closeFollowUpRound({ actor: f.employerUser, input: { trajectId: f.traject.id, round: 2 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await closeFollowUpRound({ actor: f.trainer, input: { trajectId: f.traject.id, round: 2 } });
    await expect(closeFollowUpRound({ actor: f.trainer, input: { trajectId: f.traject.id, round: 2 } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await autosave(links[0]!.token, { type: "selfGrade", value: 9, revision: 1 })).ok).toBe(false);
    await expect(
      createInvitation({
        actor: f.trainer,
        input: { trajectId: f.traject.id, name: "Nieuw", email: "nieuw@voorbeeld.nl", function: "HR", deadline: inDays(7) },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });

    employer = await getResultsWithProgressForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(employer.round.number).toBe(2);
    const progress = employer.progress!;
    const theme1 = progress.comparison.themes.find((th) => th.key === "T1")!;
    // "then" is the first round's snapshot: T1 had all 2s, now all 4s
    expect(theme1).toMatchObject({ gradeBefore: t1(first), gradeAfter: t1(live), direction: "hoger" });
    expect(progress.roundLabels.before).toMatch(/^Eerste scan/);

    // the report of the follow-up has the same progress section
    const report = await buildReportInputForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(report.progress?.comparison.themes.find((th) => th.key === "T1")?.change).toBe(theme1.change);
    expect((await scanRoundsForActor({ actor: f.trainer, trajectId: f.traject.id })).rounds.map((r) => [r.number, r.submitted])).toEqual([
      [1, 3],
      [2, 3],
    ]);
  });

  it("a second follow-up compares with the first scan and with the follow-up before it, on the page and in the report", async () => {
    const f = await closedTrajectWithFirstRound(); // T1 all 2s
    for (const [round, t1] of [
      [2, 4],
      [3, 5],
    ] as const) {
      await startFollowUpRound({ actor: f.trainer, input: startInput(f, { reinvite: "on" }) });
      for (const p of PEOPLE) await answerAndSubmit((await latestLink(p.email)).token, 3, t1);
      await closeFollowUpRound({ actor: f.trainer, input: { trajectId: f.traject.id, round } });
    }
    const grade = async (round: number) =>
      (await getResultsWithProgressForActor({ actor: f.trainer, trajectId: f.traject.id, round })).result!.themes.find(
        (th) => th.key === "T1",
      )!.grade;
    const [g1, g2, g3] = [await grade(1), await grade(2), await grade(3)];

    const employer = await getResultsWithProgressForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(employer.round.number).toBe(3);
    const t1Of = (c: NonNullable<typeof employer.progress>["comparison"]) => c.themes.find((th) => th.key === "T1")!;
    expect(t1Of(employer.progress!.comparison)).toMatchObject({ gradeBefore: g1, gradeAfter: g3 });
    const previous = employer.progress!.sincePrevious!;
    expect(t1Of(previous.comparison)).toMatchObject({ gradeBefore: g2, gradeAfter: g3, direction: "hoger" });
    expect(previous.roundLabels.before).toMatch(/^Vervolgscan \(/);
    expect(previous.roundLabels.after).toMatch(/^Vervolgscan 2 \(/);
    // the first follow-up has only the comparison with the first scan
    const second = await getResultsWithProgressForActor({ actor: f.employerUser, trajectId: f.traject.id, round: 2 });
    expect(second.progress!.sincePrevious).toBeNull();
    // the report of the newest round carries both
    const report = await buildReportInputForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(t1Of(report.progress!.sincePrevious!.comparison).gradeBefore).toBe(g2);
  });

  it("retention counts from the close of the last round and waits for a planned follow-up moment", async () => {
    const f = await closedTrajectWithFirstRound();
    const later = (days: number) => new Date(Date.now() + days * DAY);
    // the follow-up moment is six months on: a year after the first close, the names are still there
    expect((await applyRetention({ actor: SCHEDULER, now: later(370) })).respondents).toBe(0);
    await startFollowUpRound({ actor: f.trainer, input: startInput(f, { reinvite: "on" }) });
    // an open follow-up stops the clock altogether
    expect((await applyRetention({ actor: SCHEDULER, now: later(800) })).respondents).toBe(0);
    await closeFollowUpRound({ actor: f.trainer, input: { trajectId: f.traject.id, round: 2 } });
    // the follow-up came early: the clock runs from the planned moment, six months on
    expect((await applyRetention({ actor: SCHEDULER, now: later(370) })).respondents).toBe(0);
    // a retention period after the later of the last round's close and the moment, everyone of every round goes
    expect((await applyRetention({ actor: SCHEDULER, now: later(560) })).respondents).toBe(6);
  });

  it("the follow-up moment: moved by the trainer only, a valid future day, announced once a week before", async () => {
    const f = await closedTrajectWithFirstRound();
    const contact = await t.prisma.keyPerson.create({
      data: { employerId: f.employer.id, name: "Contact Persoon", email: "contact@voorbeeld.nl", function: "HR" },
    });
    await t.prisma.traject.update({ where: { id: f.traject.id }, data: { contactKeyPersonId: contact.id } });
    const day = inDays(30);
    const planned = isoDay((await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } })).followUpAt);
    const input = { trajectId: f.traject.id, date: day, current: planned };
    await expect(setFollowUpMoment({ actor: f.employerUser, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setFollowUpMoment({ actor: f.trainer, input: { ...input, date: inDays(-1) } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await setFollowUpMoment({ actor: f.trainer, input });
    // a second tab still showing the old day: a conflict, the moved moment stays
    await expect(setFollowUpMoment({ actor: f.trainer, input: { ...input, date: inDays(40) } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const moment = (await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } })).followUpAt!;
    expect(isoDay(moment)).toBe(day);
    const at = (days: number) => new Date(moment.getTime() + days * DAY);
    expect((await sendFollowUpMomentReminders({ actor: SCHEDULER, now: at(-8) })).sent).toBe(0);
    expect((await sendFollowUpMomentReminders({ actor: SCHEDULER, now: at(-6) })).sent).toBe(2);
    expect((await sendFollowUpMomentReminders({ actor: SCHEDULER, now: at(-5) })).sent).toBe(0);
    const mails = await t.prisma.outboxMail.findMany({ where: { trajectId: f.traject.id, subject: { contains: "vervolgmoment" } } });
    expect(mails.map((m) => m.to).sort()).toEqual(
      ["contact@voorbeeld.nl", (await t.prisma.user.findUniqueOrThrow({ where: { id: f.trainer.id } })).email].sort(),
    );
  });

  it("the traject's debrief: the tandem writes its own at closing, read by ECIO's admins only", async () => {
    const f = await makeTraject(t.prisma);
    const input = { trajectId: f.traject.id, whatWorked: "De ervaringsverhalen openden het gesprek.", version: 0 };
    await expect(saveTrajectDebrief({ actor: f.trainer, input })).rejects.toMatchObject({ code: "VALIDATION" });
    await closeTraject(f);
    await saveTrajectDebrief({ actor: f.trainer, input });
    await saveTrajectDebrief({ actor: f.expert, input: { ...input, whatWorked: "Kleine groepen werkten beter." } });
    await expect(saveTrajectDebrief({ actor: f.trainer, input })).rejects.toMatchObject({ code: "CONFLICT" });
    await saveTrajectDebrief({ actor: f.trainer, input: { ...input, whatWorked: "Bijgewerkt.", version: 1 } });
    await expect(saveTrajectDebrief({ actor: f.employerUser, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await ownTrajectDebrief({ actor: f.expert, trajectId: f.traject.id }))?.whatWorked).toBe("Kleine groepen werkten beter.");
    await expect(allTrajectDebriefs({ actor: f.trainer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    const all = await allTrajectDebriefs({ actor: admin });
    expect(all.map((d) => d.whatWorked).sort()).toEqual(["Bijgewerkt.", "Kleine groepen werkten beter."]);
  });
});
