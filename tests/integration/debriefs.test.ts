import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { SCHEDULER } from "@/lib/auth/roles";
import { debriefsForActor, saveDebrief, sendDebriefReminders } from "@/lib/debriefs/debriefs";
import { debriefSchema } from "@/lib/debriefs/schema";
import { exportEmployer } from "@/lib/privacy/export";
import { planSession } from "@/lib/sessions/sessions";
import { makeOutsiders, makeTraject } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// The debrief after a held session; the expert's energy check is seen by the expert alone.

const t = setupTestDb();
const DAY = 86_400_000;

async function held() {
  const f = await makeTraject(t.prisma);
  await planSession({ actor: f.trainer, input: { trajectId: f.traject.id, number: 1, date: "2026-11-20", time: "10:00", status: "HELD" } });
  return f;
}
const form = (trajectId: string, extra: Record<string, string>) =>
  debriefSchema.parse({ trajectId, number: "1", wentWell: "Open gesprek", hard: "", takenUp: "Buddy", followUp: "", ...extra });

describe(`debriefs (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("the energy check is the expert's alone: not the trainer's view, not the admin, not the export, not the audit log", async () => {
    const f = await held();
    const { admin } = await makeOutsiders(t.prisma);
    await saveDebrief({ actor: f.expert, input: form(f.traject.id, { energy: "5", share: "on", hard: "Veel herkenning" }) });
    await saveDebrief({ actor: f.trainer, input: form(f.traject.id, { energy: "2" }) });

    const mine = await debriefsForActor({ actor: f.expert, trajectId: f.traject.id });
    expect(mine.sessions[0]).toMatchObject({ myEnergy: 5, mine: { hard: "Veel herkenning", sharedWithTrainer: true } });
    const trainer = await debriefsForActor({ actor: f.trainer, trajectId: f.traject.id });
    expect(trainer.sessions[0]!.shared).toEqual([expect.objectContaining({ hard: "Veel herkenning" })]);
    expect(JSON.stringify(trainer)).not.toMatch(/"energy"|"myEnergy":5/);
    // the trainer's own debrief has no energy check
    expect((await t.prisma.sessionDebrief.findFirstOrThrow({ where: { authorId: f.trainer.id } })).energy).toBeNull();
    await expect(debriefsForActor({ actor: admin, trajectId: f.traject.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(debriefsForActor({ actor: f.employerUser, trajectId: f.traject.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const zip = unzipSync((await exportEmployer({ actor: admin, employerId: f.employer.id })).zip);
    expect(strFromU8(zip["werkgever.json"]!)).not.toContain("Veel herkenning");
    const audit = await t.prisma.auditEvent.findMany({ where: { action: "debrief.save" } });
    expect(JSON.stringify(audit)).not.toMatch(/energy|herkenning/i);

    // not shared: the trainer reads nothing of it
    await saveDebrief({ actor: f.expert, input: form(f.traject.id, { energy: "3" }) });
    expect((await debriefsForActor({ actor: f.trainer, trajectId: f.traject.id })).sessions[0]!.shared).toEqual([]);
  });

  it("only after a held session; the day after, one reminder to whoever has not looked back", async () => {
    const f = await makeTraject(t.prisma);
    await planSession({
      actor: f.trainer,
      input: { trajectId: f.traject.id, number: 1, date: "2027-02-03", time: "10:00", status: "PLANNED" },
    });
    await expect(saveDebrief({ actor: f.trainer, input: form(f.traject.id, {}) })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(debriefSchema.safeParse({ trajectId: "x", number: "1", energy: "7" }).success).toBe(false);

    const g = await held();
    await saveDebrief({ actor: g.trainer, input: form(g.traject.id, {}) });
    const heldAt = new Date("2026-11-20T09:00:00Z").getTime();
    expect((await sendDebriefReminders({ actor: SCHEDULER, now: new Date(heldAt + 12 * 3600_000) })).sent).toBe(0);
    expect((await sendDebriefReminders({ actor: SCHEDULER, now: new Date(heldAt + 1.5 * DAY) })).sent).toBe(1);
    expect((await sendDebriefReminders({ actor: SCHEDULER, now: new Date(heldAt + 2 * DAY) })).sent).toBe(0);
    const expertEmail = (await t.prisma.user.findUniqueOrThrow({ where: { id: g.expert.id } })).email;
    expect(await t.prisma.outboxMail.count({ where: { to: expertEmail, subject: { startsWith: "Terugblik" } } })).toBe(1);
  });
});
