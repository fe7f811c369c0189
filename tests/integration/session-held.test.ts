import { describe, expect, it } from "vitest";
import { saveDebrief } from "@/lib/debriefs/debriefs";
import { addKeyPerson } from "@/lib/employers/key-persons";
import { undoSessionHeld } from "@/lib/sessions/held";
import { planSession, recordPresence } from "@/lib/sessions/sessions";
import { makeOutsiders, makeTraject, type TrajectFixture } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";

// A held session is a fact: it moves the phase on (once the scan is closed), and the trainer can take
// it back, audited, until presence or a debrief is recorded.

const t = setupTestDb();

const held = (f: TrajectFixture, number: number, attendees: string[] = []) =>
  planSession({
    actor: f.trainer,
    input: { trajectId: f.traject.id, number, date: `2026-11-${10 + number}`, time: "10:00", attendees, status: "HELD" },
  });
const phase = async (f: TrajectFixture) => (await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } })).status;
const session = (f: TrajectFixture, number: number) =>
  t.prisma.trajectSession.findUniqueOrThrow({ where: { trajectId_number: { trajectId: f.traject.id, number } } });
const undo = async (f: TrajectFixture, number: number, actor = f.trainer) =>
  undoSessionHeld({ actor, input: { trajectId: f.traject.id, number, version: (await session(f, number)).version } });

describe(`a held session (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("sets the phase by the fact; undoing it (audited, no mail) moves the phase back", async () => {
    const f = await makeTraject(t.prisma, { status: "SCAN_CLOSED" });
    expect(await held(f, 1)).toMatchObject({ phase: "SESSION_1_DONE" });
    expect(await phase(f)).toBe("SESSION_1_DONE");
    await held(f, 2);
    expect(await phase(f)).toBe("SESSION_2_DONE");

    const mails = await t.prisma.outboxMail.count();
    await undo(f, 2);
    expect(await session(f, 2)).toMatchObject({ status: "PLANNED" });
    expect(await phase(f)).toBe("SESSION_1_DONE");
    expect(await t.prisma.outboxMail.count()).toBe(mails);
    expect(await t.prisma.auditEvent.findFirst({ where: { trajectId: f.traject.id, action: "session.undoHeld" } })).not.toBeNull();
    // a stale form is a conflict; a session that is not held cannot be undone
    await expect(undoSessionHeld({ actor: f.trainer, input: { trajectId: f.traject.id, number: 1, version: 99 } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(undo(f, 2)).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("while the scan runs, a held session leaves the phase alone", async () => {
    const f = await makeTraject(t.prisma);
    expect((await held(f, 1)).phase).toBeUndefined();
    expect(await phase(f)).toBe("SCAN_OPEN");
  });

  it("cannot be undone once presence or a debrief is recorded, nor by anyone but the trainer; nothing changes", async () => {
    const f = await makeTraject(t.prisma, { status: "SCAN_CLOSED" });
    const inge = await addKeyPerson({
      actor: f.trainer,
      input: { employerId: f.employer.id, name: "Inge de Vries", email: "inge@voorbeeld.nl", function: "HR" },
    });
    await held(f, 1, [inge.id]);
    await held(f, 2);
    const { other, admin } = await makeOutsiders(t.prisma);
    await recordPresence({ actor: f.trainer, input: { trajectId: f.traject.id, number: 1, present: [] } });
    await saveDebrief({
      actor: f.expert,
      input: { trajectId: f.traject.id, number: 2, wentWell: "Open", hard: "", takenUp: "", followUp: "", energy: 3, share: false },
    });
    const before = await snapshotAllTables(t);
    await expect(undo(f, 1)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("aanwezigheid") });
    await expect(undo(f, 2)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("terugblik") });
    await expect(undo(f, 2, f.expert)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(undo(f, 2, admin)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(undo(f, 2, other.trainer)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotAllTables(t)).toBe(before);
  });
});
