import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { approveClaim, claimsOverviewForExpert } from "@/lib/compensation/claims";
import { compensationCsv } from "@/lib/compensation/export";
import { trainingClaimSchema } from "@/lib/compensation/schema";
import { setCompensationCap, setCompensationRates } from "@/lib/compensation/settings";
import { submitTrainingClaim, trainingClaimsForExpert } from "@/lib/compensation/training-claims";
import { confirmCompletion, recordAttendance } from "@/lib/training/attendance";
import { addCohortParticipant, cancelTrainingSession, saveCohort, saveTrainingSession, setCohortTrainers } from "@/lib/training/cohorts";
import { cohortForActor, listCohortsForActor, ownTrainingForExpert } from "@/lib/training/queries";
import { attendanceSchema, cohortSchema, trainingSessionSchema } from "@/lib/training/schema";
import { isoDay } from "@/lib/dates";
import { exportOwnData } from "@/lib/privacy/own-data";
import { applyRetention } from "@/lib/privacy/retention";
import type { Actor } from "@/lib/auth/roles";
import { actorOf, makeUser } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// Training cohorts (issue 27): a topic run twice, calendar invitations with SEQUENCE on every change,
// attendance only once a session started, completion and the confirmation that issues one certificate
// (refused, with nothing changed, while a topic is missing), and training claims within the yearly cap
// and in the export.

const t = setupTestDb();
let admin: Actor, trainer: Actor, otherTrainer: Actor, anna: Actor, bram: Actor;

// the database is emptied before each test (setupTestDb): the cast is made again
beforeEach(async () => {
  admin = actorOf(await makeUser(t.prisma, "ADMIN"));
  trainer = actorOf(await makeUser(t.prisma, "TRAINER"));
  otherTrainer = actorOf(await makeUser(t.prisma, "TRAINER"));
  anna = actorOf(await makeUser(t.prisma, "EXPERT", { name: "Anna Ervaring", certified: false }));
  bram = actorOf(await makeUser(t.prisma, "EXPERT", { name: "Bram Ervaring", certified: false }));
});

const inDays = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));
let cohorts = 0;

/** A cohort of two topics (the second run twice), its trainer and Anna and Bram, all sessions still to come. */
async function cohortWithSessions() {
  const { id: cohortId } = await saveCohort({
    actor: admin,
    input: cohortSchema.parse({
      name: `Cohort ${++cohorts} ${Date.now()}`,
      startsOn: inDays(1),
      endsOn: inDays(40),
      topics: ["PROJECT_EN_ERVARINGEN", "AANPAK_EN_SCAN"],
    }),
  });
  await setCohortTrainers({ actor: admin, input: { cohortId, version: 1, trainerIds: [trainer.id] } });
  for (const who of [anna, bram]) await addCohortParticipant({ actor: admin, input: { cohortId, userId: who.id } });
  const plan = (topic: string, days: number, extra: Record<string, string> = {}) =>
    saveTrainingSession({
      actor: admin,
      input: trainingSessionSchema.parse({
        cohortId,
        topic,
        date: inDays(days),
        time: "10:00",
        endTime: "13:00",
        place: "Utrecht",
        ...extra,
      }),
    });
  const first = await plan("PROJECT_EN_ERVARINGEN", 7);
  const scanA = await plan("AANPAK_EN_SCAN", 14);
  const scanB = await plan("AANPAK_EN_SCAN", 21, { mode: "ONLINE", onlineUrl: "https://meet.example.org/training" });
  return { cohortId, sessions: { first: first.id, scanA: scanA.id, scanB: scanB.id } };
}

/** Time passes: the session started an hour ago (attendance and claims need that). */
const started = (sessionId: string) =>
  t.prisma.trainingSession.update({
    where: { id: sessionId },
    data: { startsAt: new Date(Date.now() - 3600_000), endsAt: new Date(Date.now() + 3600_000) },
  });

const participantOf = async (cohortId: string, who: Actor) =>
  t.prisma.cohortParticipant.findUniqueOrThrow({ where: { cohortId_userId: { cohortId, userId: who.id } } });

const attendance = (cohortId: string, sessionId: string, marks: Record<string, "ja" | "nee">) =>
  attendanceSchema.parse({ cohortId, sessionId, ...Object.fromEntries(Object.entries(marks).map(([id, v]) => [`aanwezig-${id}`, v])) });

const mailsTo = (email: string) => t.prisma.outboxMail.findMany({ where: { to: email, kind: "calendar" }, orderBy: { createdAt: "asc" } });
const emailOf = async (a: Actor) => (await t.prisma.user.findUniqueOrThrow({ where: { id: a.id } })).email;

describe(`training cohorts (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a topic run twice: participants get both dates with a line that one is enough; a change raises SEQUENCE, a cancellation cancels", async () => {
    const { cohortId, sessions } = await cohortWithSessions();
    const annaMails = await mailsTo(await emailOf(anna));
    const trainerMails = await mailsTo(await emailOf(trainer));
    // three sessions each; the twice-run topic's first invitation was updated when its second date came
    expect(annaMails.filter((m) => m.subject.startsWith("Uitnodiging: Training"))).toHaveLength(3);
    const lastScanA = annaMails.filter((m) => m.calendar?.includes(`training-${sessions.scanA}@`)).at(-1)!;
    expect(lastScanA.text).toMatch(/Eén van de data is genoeg/);
    expect(lastScanA.calendar).toMatch(/SEQUENCE:2/);
    // the trainer gives both dates: no "one is enough"
    expect(trainerMails.some((m) => /Eén van de data is genoeg/.test(m.text))).toBe(false);

    // moving the online date: a new SEQUENCE to everyone; cancelling it: a CANCEL
    const s = await t.prisma.trainingSession.findUniqueOrThrow({ where: { id: sessions.scanB } });
    await saveTrainingSession({
      actor: admin,
      input: trainingSessionSchema.parse({
        cohortId,
        sessionId: s.id,
        version: String(s.version),
        topic: "AANPAK_EN_SCAN",
        date: inDays(22),
        time: "10:00",
        mode: "ONLINE",
        onlineUrl: "https://meet.example.org/training",
      }),
    });
    const moved = await t.prisma.trainingSession.findUniqueOrThrow({ where: { id: s.id } });
    expect(moved.sequence).toBe(s.sequence + 1);
    const changed = (await mailsTo(await emailOf(bram))).filter((m) => m.calendar?.includes(`training-${s.id}@`)).at(-1)!;
    expect([changed.subject, changed.calendar]).toEqual([
      expect.stringMatching(/^Gewijzigd/),
      expect.stringMatching(`SEQUENCE:${moved.sequence}`),
    ]);
    // a stale form is a conflict and changes nothing
    await expect(cancelTrainingSession({ actor: admin, input: { cohortId, sessionId: s.id, version: s.version } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await cancelTrainingSession({ actor: admin, input: { cohortId, sessionId: s.id, version: moved.version } });
    const cancel = (await mailsTo(await emailOf(anna))).filter((m) => m.calendar?.includes(`training-${s.id}@`)).at(-1)!;
    expect([cancel.calendarMethod, cancel.subject]).toEqual(["CANCEL", expect.stringMatching(/^Vervallen/)]);
    // the remaining date of that topic no longer speaks of another
    const remaining = (await mailsTo(await emailOf(anna))).filter((m) => m.calendar?.includes(`training-${sessions.scanA}@`)).at(-1)!;
    expect(remaining.text).not.toMatch(/Eén van de data is genoeg/);
    // a removed trainer loses the two coming sessions from their calendar (beside the cancelled one)
    const c = await t.prisma.cohort.findUniqueOrThrow({ where: { id: cohortId } });
    await setCohortTrainers({ actor: admin, input: { cohortId, version: c.version, trainerIds: [otherTrainer.id] } });
    const cancels = (await mailsTo(await emailOf(trainer))).filter((m) => m.calendarMethod === "CANCEL");
    expect(cancels.map((m) => /training-([^@]+)@/.exec(m.calendar!)![1]).sort()).toEqual(
      [sessions.first, sessions.scanA, sessions.scanB].sort(),
    );

    // who holds a training session goes 30 days after it (retention), as for a traject's meetings
    expect(await t.prisma.trainingCalendarInvite.count()).toBeGreaterThan(0);
    await applyRetention({ actor: admin, now: new Date(Date.now() + 60 * 86_400_000) });
    expect(await t.prisma.trainingCalendarInvite.count()).toBe(0);
  });

  it("attendance only once a session started; completion, and one certificate on confirmation (refused while a topic is missing)", async () => {
    const { cohortId, sessions } = await cohortWithSessions();
    const a = await participantOf(cohortId, anna);
    const b = await participantOf(cohortId, bram);
    // a session in the future: a Dutch message, nothing stored
    await expect(recordAttendance({ actor: admin, input: attendance(cohortId, sessions.first, { [a.id]: "ja" }) })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/zodra ze begonnen is/),
    });
    expect(await t.prisma.trainingAttendance.count({ where: { participantId: a.id } })).toBe(0);

    await started(sessions.first);
    await started(sessions.scanB);
    // the cohort's trainer records it; another trainer does not find the cohort
    await recordAttendance({ actor: trainer, input: attendance(cohortId, sessions.first, { [a.id]: "ja", [b.id]: "ja" }) });
    await expect(
      recordAttendance({ actor: otherTrainer, input: attendance(cohortId, sessions.scanB, { [a.id]: "ja" }) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await recordAttendance({ actor: trainer, input: attendance(cohortId, sessions.scanB, { [a.id]: "ja", [b.id]: "nee" }) });

    const view = await cohortForActor({ actor: trainer, cohortId });
    const completion = Object.fromEntries(view.participants.map((p) => [p.user.name, p.completion]));
    expect(completion).toEqual({
      "Anna Ervaring": { complete: true, missing: [] },
      "Bram Ervaring": { complete: false, missing: ["AANPAK_EN_SCAN"] },
    });
    expect(view.manage).toBe(false);
    expect((await listCohortsForActor(otherTrainer)).map((c) => c.id)).not.toContain(cohortId);

    // Bram misses a topic: refused with its name, nothing changed
    await expect(confirmCompletion({ actor: admin, input: { cohortId, participantId: b.id, version: b.version } })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/De aanpak en de scan samen ontwerpen/),
    });
    expect(await t.prisma.certificate.count({ where: { userId: bram.id } })).toBe(0);
    expect((await participantOf(cohortId, bram)).completedAt).toBeNull();
    // only the admin confirms
    await expect(confirmCompletion({ actor: trainer, input: { cohortId, participantId: a.id, version: a.version } })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );

    // Anna came as a candidate: confirmed, one certificate, the candidate certified
    await t.prisma.expertCandidate.create({
      data: { name: "Anna Ervaring", email: `anna-${cohortId}@voorbeeld.nl`, channel: "IPS_COACH", status: "IN_COHORT", userId: anna.id },
    });
    await confirmCompletion({ actor: admin, input: { cohortId, participantId: a.id, version: a.version } });
    await expect(
      confirmCompletion({ actor: admin, input: { cohortId, participantId: a.id, version: a.version + 1 } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const certificates = await t.prisma.certificate.findMany({ where: { userId: anna.id, cohortId } });
    expect(certificates).toEqual([expect.objectContaining({ name: "Anna Ervaring", issuedByName: admin.name, takenOver: false })]);
    expect((await t.prisma.expertCandidate.findUniqueOrThrow({ where: { userId: anna.id } })).status).toBe("CERTIFIED");
    expect(await participantOf(cohortId, anna)).toMatchObject({ completedByName: admin.name, completedAt: expect.any(Date) });
    // the expert sees their cohort: dates, places, what they attended
    const own = (await ownTrainingForExpert(anna)).find((o) => o.cohortName === view.name)!;
    expect(own).toMatchObject({ completion: { complete: true }, completedAt: expect.any(Date) });
    // and finds it in their own data export: the cohort, the attendance, the invitations
    const exported = JSON.parse((await exportOwnData(anna)).json);
    expect(exported.cohortParticipations[0]).toMatchObject({ cohort: { name: view.name }, completedByName: admin.name });
    expect(exported.cohortParticipations[0].attendance).toHaveLength(2);
    expect(exported.trainingInvitations).toHaveLength(3);
    expect(own.sessions.map((s) => [s.id, s.place ?? s.onlineUrl, s.attended])).toEqual([
      [sessions.first, "Utrecht", true],
      [sessions.scanB, "https://meet.example.org/training", true],
      [sessions.scanA, "Utrecht", null],
    ]);
  });

  it("an attended training session is claimed like a traject session: once, within the same cap, in the export", async () => {
    const { cohortId, sessions } = await cohortWithSessions();
    const a = await participantOf(cohortId, anna);
    await started(sessions.first);
    await started(sessions.scanA);
    await recordAttendance({ actor: admin, input: attendance(cohortId, sessions.first, { [a.id]: "ja" }) });
    await recordAttendance({ actor: admin, input: attendance(cohortId, sessions.scanA, { [a.id]: "nee" }) });
    await setCompensationRates({
      actor: admin,
      input: { version: (await t.prisma.compensationRates.findFirst())?.version ?? 1, hourly: 1500, perKm: 23 },
    });
    await setCompensationCap({ actor: admin, input: { expertId: bram.id, yearly: 1000 } });

    // only what they attended; nobody else
    const claim = (trainingSessionId: string, extra: Record<string, string> = {}) =>
      trainingClaimSchema.parse({ trainingSessionId, sessionHours: "3", travelHours: "1", ...extra });
    expect((await trainingClaimsForExpert(anna)).map((s) => s.id)).toContain(sessions.first);
    expect((await trainingClaimsForExpert(anna)).map((s) => s.id)).not.toContain(sessions.scanA);
    await expect(submitTrainingClaim({ actor: anna, input: claim(sessions.scanA) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitTrainingClaim({ actor: bram, input: claim(sessions.first) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitTrainingClaim({ actor: trainer, input: claim(sessions.first) })).rejects.toMatchObject({ code: "FORBIDDEN" });

    // Bram attended too: past his cap of € 10 the claim is stored with a warning, as for a traject session
    const b = await participantOf(cohortId, bram);
    await recordAttendance({ actor: admin, input: attendance(cohortId, sessions.first, { [b.id]: "ja" }) });
    const { warning } = await submitTrainingClaim({ actor: bram, input: claim(sessions.first) });
    expect(warning).toMatch(/boven het jaarmaximum van €\s10,00/);

    await submitTrainingClaim({ actor: anna, input: claim(sessions.first) });
    // once per session: a second new claim is a conflict, not a second row
    await expect(submitTrainingClaim({ actor: anna, input: claim(sessions.first) })).rejects.toMatchObject({ code: "CONFLICT" });
    const [row] = (await trainingClaimsForExpert(anna)).filter((s) => s.id === sessions.first);
    expect(row!.claim).toMatchObject({ status: "SUBMITTED", amount: 6000, sessionNumber: 0 });
    // it is no "detached" claim on the expert's overview
    expect((await claimsOverviewForExpert(anna)).detached.map((c) => c.id)).not.toContain(row!.claim!.id);

    // the admin approves it (no traject, so no trainer does) and it is in the export with the cohort's name
    await expect(approveClaim({ actor: trainer, input: { claimId: row!.claim!.id, version: 1 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await approveClaim({ actor: admin, input: { claimId: row!.claim!.id, version: 1 } });
    const period = { from: inDays(-365), to: inDays(365) };
    const csv = parse((await compensationCsv({ actor: admin, period })).csv, { delimiter: ";", bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const cohortName = (await t.prisma.cohort.findUniqueOrThrow({ where: { id: cohortId } })).name;
    expect(csv.find((r) => r["Declaratienummer"] === row!.claim!.id)).toMatchObject({
      "Werkgever (of cohort bij training)": cohortName,
      "Traject (werkvloer of start)": "training",
      "Bijeenkomst (0: training)": "0",
    });
  });
});
