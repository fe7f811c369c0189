import { describe, expect, it } from "vitest";
import { listExpertsForTraject } from "@/lib/trajecten/expert-matching";
import { assignExpert, createTraject, planSession, setTrajectStatus, withdrawExpert } from "@/lib/planning/planning";
import { listTrajectsForActor } from "@/lib/trajecten/queries";
import golden from "@/tests/fixtures/three-respondents.input.json";
import { actorOf, makeOutsiders, makeQuestionnaire, makeSubmittedResponse, makeTraject, makeUser } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

describe("trainer planning", () => {
  it("starts a traject at a new employer with its sessions, owned by the trainer", async () => {
    const questionnaire = await makeQuestionnaire(t.prisma);
    const trainer = actorOf(await makeUser(t.prisma, "TRAINER"));
    const { id } = await createTraject({
      actor: trainer,
      input: {
        employerName: "Bakkerij De Korenschoof",
        employerSector: "Voeding",
        werkvloerName: "Productie",
        motivation: "Wij willen leren.",
        plannedSessionCount: 2,
      },
    });
    const traject = await t.prisma.traject.findUniqueOrThrow({
      where: { id },
      include: { sessions: true, employer: true, werkvloer: true },
    });
    expect(traject).toMatchObject({
      trainerId: trainer.id,
      status: "INTAKE",
      plannedSessionCount: 2,
      employer: { name: "Bakkerij De Korenschoof" },
      werkvloer: { name: "Productie" },
    });
    expect(traject.sessions.map((s) => s.number).sort()).toEqual([1, 2]);
    expect(traject.questionnaireId).toBe(questionnaire.id);
    expect((await listTrajectsForActor(trainer)).map((x) => x.id)).toEqual([id]);
  });

  it("plans a session in Dutch time; by hand only the phase's exceptions, with a version check", async () => {
    const f = await makeTraject(t.prisma, { status: "INTAKE" });
    await planSession({
      actor: f.trainer,
      input: { trajectId: f.traject.id, number: 1, date: "2026-07-01", time: "13:30", location: "Kantine", status: "PLANNED" },
    });
    const session = await t.prisma.trajectSession.findFirstOrThrow({ where: { trajectId: f.traject.id, number: 1 } });
    expect(session.scheduledAt?.toISOString()).toBe("2026-07-01T11:30:00.000Z");
    await expect(planSession({ actor: f.trainer, input: { trajectId: f.traject.id, number: 3, status: "PLANNED" } })).rejects.toMatchObject(
      { code: "VALIDATION" },
    );
    await expect(setTrajectStatus({ actor: f.trainer, trajectId: f.traject.id, status: "CLOSED", version: 1 })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    // the scan opens with the first invitation, not by hand
    await expect(setTrajectStatus({ actor: f.trainer, trajectId: f.traject.id, status: "SCAN_OPEN", version: 1 })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("eerste uitnodiging"),
    });
    await expect(setTrajectStatus({ actor: f.trainer, trajectId: f.traject.id, status: "CANCELLED", version: 2 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } })).status).toBe("INTAKE");
    await setTrajectStatus({ actor: f.trainer, trajectId: f.traject.id, status: "CANCELLED", version: 1 });
    expect((await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } })).status).toBe("CANCELLED");
  });

  it("suggests experts whose experience fits the aandachtspunten first, and assigns and withdraws them", async () => {
    const f = await makeTraject(t.prisma);
    for (const r of golden.responses) await makeSubmittedResponse(t.prisma, f, { answers: r.answers });
    const fits = await makeUser(t.prisma, "EXPERT", { name: "Zara Past" });
    await t.prisma.expertProfile.create({
      data: { userId: fits.id, experienceThemes: ["T8", "T4"], region: "Utrecht", availability: "dinsdag" },
    });
    const options = await listExpertsForTraject({ actor: f.trainer, trajectId: f.traject.id });
    expect(options[0]).toMatchObject({ id: fits.id, matches: ["T8", "T4"] });
    await assignExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: fits.id });
    expect((await listTrajectsForActor(actorOf(fits))).map((x) => x.id)).toEqual([f.traject.id]);
    await withdrawExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: fits.id });
    expect(await listTrajectsForActor(actorOf(fits))).toEqual([]);
    await expect(assignExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: f.employerUser.id })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("others cannot plan: wrong role FORBIDDEN, other trainer NOT_FOUND, nothing changes", async () => {
    const f = await makeTraject(t.prisma, { status: "INTAKE" });
    const { other } = await makeOutsiders(t.prisma);
    for (const actor of [f.expert, f.employerUser]) {
      await expect(setTrajectStatus({ actor, trajectId: f.traject.id, status: "SCAN_OPEN", version: 1 })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        createTraject({ actor, input: { employerName: "X BV", employerSector: "Y", werkvloerName: "Z", plannedSessionCount: 2 } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      setTrajectStatus({ actor: other.trainer, trajectId: f.traject.id, status: "SCAN_OPEN", version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      planSession({ actor: other.trainer, input: { trajectId: f.traject.id, number: 1, date: "2026-07-01", status: "HELD" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assignExpert({ actor: other.trainer, trajectId: f.traject.id, expertId: other.expert.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const after = await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id }, include: { sessions: true, assignments: true } });
    expect(after.status).toBe("INTAKE");
    expect(after.sessions.every((s) => s.scheduledAt === null)).toBe(true);
    expect(after.assignments).toHaveLength(1);
  });
});
