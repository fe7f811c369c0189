import { describe, expect, it } from "vitest";
import { saveDebrief } from "@/lib/debriefs/debriefs";
import { submitClaim } from "@/lib/compensation/claims";
import { claimSchema } from "@/lib/compensation/schema";
import { exportOwnData } from "@/lib/privacy/own-data";
import { planSession } from "@/lib/sessions/sessions";
import { makeTraject } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// The AVG right of access from one's own account page: one's own data, nobody else's, no secrets.

const t = setupTestDb();

describe(`own data export (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("the expert gets their profile, claims and debriefs with the energy check; the trainer gets neither of the expert's", async () => {
    const f = await makeTraject(t.prisma);
    await planSession({
      actor: f.trainer,
      input: { trajectId: f.traject.id, number: 1, date: "2026-11-20", time: "10:00", status: "HELD" },
    });
    await saveDebrief({
      actor: f.expert,
      input: { trajectId: f.traject.id, number: 1, wentWell: "", hard: "Zwaar", takenUp: "", followUp: "", energy: 5, share: true },
    });
    await submitClaim({ actor: f.expert, input: claimSchema.parse({ trajectId: f.traject.id, number: "1", sessionHours: "3" }) });
    const mine = JSON.parse((await exportOwnData(f.expert)).json);
    expect(mine).toMatchObject({ email: expect.any(String), role: "EXPERT" });
    expect(mine.debriefs).toEqual([expect.objectContaining({ hard: "Zwaar", energy: 5 })]);
    expect(mine.compensationClaims).toEqual([expect.objectContaining({ sessionMinutes: 180, status: "SUBMITTED" })]);
    expect(JSON.stringify(mine)).not.toMatch(/passwordHash|tokenHash|calendarFeedHash/);
    const trainers = JSON.parse((await exportOwnData(f.trainer)).json);
    expect(trainers.debriefs).toEqual([]);
    expect(trainers.compensationClaims).toEqual([]);
    expect(JSON.stringify(trainers)).not.toContain("Zwaar");
  });
});
