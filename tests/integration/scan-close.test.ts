import { describe, expect, it } from "vitest";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { planSession } from "@/lib/sessions/sessions";
import { closeScan, scanCloseOverview } from "@/lib/trajecten/close-scan";
import { setTrajectStatus } from "@/lib/planning/planning";
import { makeSubmittedResponse, makeTraject, type TrajectFixture } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";

// Closing the scan is an action with a confirmation: n of m submitted, who is still busy, what the
// employer will see. The phase select no longer closes it.

const t = setupTestDb();
const inAWeek = () => new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
const traject = (f: TrajectFixture) => t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } });

describe(`closing the scan (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("shows 2 of 5 with who is still busy and that the employer sees no figures; confirms, freezes the snapshot", async () => {
    const f = await makeTraject(t.prisma);
    for (const n of [1, 2]) await makeSubmittedResponse(t.prisma, f, { name: `Klaar ${n}`, answers: { "1.1": 4 } });
    await makeSubmittedResponse(t.prisma, f, { name: "Bas Bezig", email: "bas@voorbeeld.nl", status: "DRAFT", answers: { "1.1": 3 } });
    for (const name of ["Nog Niet", "Ook Niet"])
      await createInvitation({
        actor: f.trainer,
        input: {
          trajectId: f.traject.id,
          name,
          email: `${name.replace(" ", ".").toLowerCase()}@voorbeeld.nl`,
          function: "HR",
          deadline: inAWeek(),
        },
      });

    const overview = await scanCloseOverview({ actor: f.trainer, trajectId: f.traject.id });
    expect(overview).toMatchObject({ submitted: 2, invited: 5, minimum: 3, belowMinimum: true });
    expect(overview.busy.map((b) => b.name).sort()).toEqual(["Bas Bezig", "Nog Niet", "Ook Niet"]);
    expect(overview.busy.find((b) => b.name === "Bas Bezig")).toMatchObject({
      email: "bas@voorbeeld.nl",
      state: "in_progress",
      answered: 1,
    });

    // confirmed from a stale count (someone submitted meanwhile) or a stale form: a conflict, nothing changes
    const { version } = await traject(f);
    const before = await snapshotAllTables(t);
    await expect(closeScan({ actor: f.trainer, input: { trajectId: f.traject.id, version, submitted: 3 } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("2 van 5"),
    });
    await expect(
      closeScan({ actor: f.trainer, input: { trajectId: f.traject.id, version: version + 1, submitted: 2 } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(closeScan({ actor: f.expert, input: { trajectId: f.traject.id, version, submitted: 2 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await snapshotAllTables(t)).toBe(before);

    expect(await closeScan({ actor: f.trainer, input: { trajectId: f.traject.id, version, submitted: 2 } })).toMatchObject({
      submitted: 2,
      invited: 5,
      belowMinimum: true,
    });
    expect(await traject(f)).toMatchObject({ status: "SCAN_CLOSED", scanClosedAt: expect.any(Date) });
    expect(await t.prisma.resultsSnapshot.count({ where: { trajectId: f.traject.id } })).toBe(1);
    // closing twice is refused
    await expect(
      closeScan({ actor: f.trainer, input: { trajectId: f.traject.id, version: (await traject(f)).version, submitted: 2 } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("the phase select cannot close the scan; a session already held moves the phase on at closing", async () => {
    const f = await makeTraject(t.prisma);
    await expect(
      setTrajectStatus({ actor: f.trainer, trajectId: f.traject.id, status: "SCAN_CLOSED", version: f.traject.version }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("Scan sluiten") });
    await planSession({
      actor: f.trainer,
      input: { trajectId: f.traject.id, number: 1, date: "2026-11-11", time: "10:00", status: "HELD" },
    });
    const { version } = await traject(f);
    await closeScan({ actor: f.trainer, input: { trajectId: f.traject.id, version, submitted: 0 } });
    expect((await traject(f)).status).toBe("SESSION_1_DONE");
  });
});
