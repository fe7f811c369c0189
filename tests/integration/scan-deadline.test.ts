import { describe, expect, it } from "vitest";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { planSession } from "@/lib/sessions/sessions";
import { makeTraject } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// The scan's deadline follows session 1 (three working days before) unless set by hand; moving it
// extends the open invitations and tells their holders.

const t = setupTestDb();
const deadlineOf = async (id: string) => (await t.prisma.traject.findUniqueOrThrow({ where: { id } })).scanDeadline?.toISOString();

describe(`the scan before session 1 (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("follows session 1; open invitations are extended and their holders told; a deadline by hand stays", async () => {
    const f = await makeTraject(t.prisma, { status: "INTAKE" });
    const plan = (date: string) =>
      planSession({ actor: f.trainer, input: { trajectId: f.traject.id, number: 1, date, time: "10:00", status: "PLANNED" } });
    await plan("2027-02-03");
    expect(await deadlineOf(f.traject.id)).toBe("2027-01-29T22:59:00.000Z");
    await createInvitation({
      actor: f.trainer,
      input: { trajectId: f.traject.id, name: "Iemand", email: "iemand@voorbeeld.nl", function: "HR", deadline: "2027-01-29" },
    });
    const before = await t.prisma.scanInvitation.findFirstOrThrow({ where: { trajectId: f.traject.id } });
    await plan("2027-02-17");
    expect(await deadlineOf(f.traject.id)).toBe("2027-02-12T22:59:00.000Z");
    const after = await t.prisma.scanInvitation.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.expiresAt.getTime()).toBeGreaterThan(before.expiresAt.getTime());
    const update = await t.prisma.outboxMail.findFirstOrThrow({
      where: { to: "iemand@voorbeeld.nl", subject: { startsWith: "Nieuwe datum" } },
    });
    expect(update.text).toContain("12 februari 2027");

    // a traject whose deadline was set by hand keeps it when session 1 moves
    const g = await makeTraject(t.prisma, { status: "INTAKE" });
    await createInvitation({
      actor: g.trainer,
      input: { trajectId: g.traject.id, name: "Ander", email: "ander@voorbeeld.nl", function: "HR", deadline: "2027-03-01" },
    });
    await planSession({
      actor: g.trainer,
      input: { trajectId: g.traject.id, number: 1, date: "2027-02-03", time: "10:00", status: "PLANNED" },
    });
    expect(await deadlineOf(g.traject.id)).toBe("2027-03-01T22:59:00.000Z");
  });
});
