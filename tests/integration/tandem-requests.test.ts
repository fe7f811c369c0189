import { describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/mutations";
import { getScanResultsForActor } from "@/lib/scan/results/scan-results";
import { planSession } from "@/lib/sessions/sessions";
import { getRequestForActor, listOpenRequests, respondToRequest, slotOf, stepBack } from "@/lib/tandem/requests";
import { assignExpert } from "@/lib/planning/planning";
import { actorOf, makeTraject, makeUser } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";
import { amsterdamInstant } from "@/lib/dates";

// The expert is asked, not assigned: a request with one-click yes or no, stepping back at any time,
// never a reason asked. Who sees what follows the relation (invited: the request; accepted: the results).

const t = setupTestDb();

async function setUp() {
  const f = await makeTraject(t.prisma);
  const user = await makeUser(t.prisma, "EXPERT", { name: "Noor Ervaring" });
  await t.prisma.expertProfile.create({ data: { userId: user.id, experienceThemes: ["T1"], slots: ["wo-ochtend"] } });
  const expert = actorOf(user);
  // session 1 on a Wednesday morning, session 2 on a Friday afternoon
  await planSession({
    actor: f.trainer,
    input: { trajectId: f.traject.id, number: 1, date: "2027-02-03", time: "10:00", status: "PLANNED" },
  });
  await planSession({
    actor: f.trainer,
    input: { trajectId: f.traject.id, number: 2, date: "2027-02-19", time: "14:00", status: "PLANNED" },
  });
  return { f, expert, email: user.email };
}
const mailsTo = (to: string) => t.prisma.outboxMail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

describe(`the expert's request, answer and stepping back (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("asked: a mail with the request, which shows dates against availability and the themes, but no results", async () => {
    const { f, expert, email } = await setUp();
    await assignExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: expert.id });
    const [request] = await mailsTo(email);
    expect(request).toMatchObject({ kind: "tandem", subject: expect.stringContaining("Verzoek") });
    expect(request!.text).toContain(`/expert/verzoeken/${f.traject.id}`);
    expect((await listOpenRequests(expert)).map((r) => r.id)).toEqual([f.traject.id]);
    const { traject, themes } = await getRequestForActor({ actor: expert, trajectId: f.traject.id });
    expect(traject.sessions.map((s) => [s.number, s.available])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(themes.length).toBeGreaterThan(3);
    // without any availability given, no session is said to fall outside it
    await t.prisma.expertProfile.update({ where: { userId: expert.id }, data: { slots: [] } });
    expect((await getRequestForActor({ actor: expert, trajectId: f.traject.id })).traject.sessions.map((s) => s.available)).toEqual([
      null,
      null,
    ]);
    await expect(getScanResultsForActor({ actor: expert, trajectId: f.traject.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // no calendar invitation before they said yes
    expect((await mailsTo(email)).filter((m) => m.kind === "calendar")).toEqual([]);
    // asking twice is refused
    await expect(assignExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: expert.id })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("yes: results, the sessions in their calendar, the trainer told; answering twice is refused", async () => {
    const { f, expert, email } = await setUp();
    await assignExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: expert.id });
    await respondToRequest({ actor: expert, trajectId: f.traject.id, answer: "accept" });
    await expect(getScanResultsForActor({ actor: expert, trajectId: f.traject.id })).resolves.toBeTruthy();
    expect((await mailsTo(email)).filter((m) => m.kind === "calendar").map((m) => m.calendarMethod)).toEqual(["REQUEST", "REQUEST"]);
    const trainerEmail = (await t.prisma.user.findUniqueOrThrow({ where: { id: f.trainer.id } })).email;
    expect((await mailsTo(trainerEmail)).at(-1)).toMatchObject({ subject: expect.stringContaining("doet mee aan") });
    await expect(respondToRequest({ actor: expert, trajectId: f.traject.id, answer: "decline" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await listOpenRequests(expert)).toEqual([]);
  });

  it("no: nothing to see any more, the trainer told without a reason, and may ask again", async () => {
    const { f, expert } = await setUp();
    await assignExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: expert.id });
    await respondToRequest({ actor: expert, trajectId: f.traject.id, answer: "decline" });
    await expect(getRequestForActor({ actor: expert, trajectId: f.traject.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await assignExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: expert.id });
    expect((await listOpenRequests(expert)).map((r) => r.id)).toEqual([f.traject.id]);
  });

  it("stepping back: the calendar cancelled, shared notes kept or removed as chosen, private ones gone, never asked again", async () => {
    const { f, expert, email } = await setUp();
    await assignExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: expert.id });
    await respondToRequest({ actor: expert, trajectId: f.traject.id, answer: "accept" });
    await createAnnotation({ actor: expert, input: { trajectId: f.traject.id, themeKey: "T1", body: "Gedeeld", visibility: "EMPLOYER" } });
    await createAnnotation({
      actor: expert,
      input: { trajectId: f.traject.id, themeKey: "T1", body: "Voor mezelf", visibility: "PRIVATE" },
    });
    await stepBack({ actor: expert, trajectId: f.traject.id, notes: "keep" });
    expect((await t.prisma.annotation.findMany({ where: { authorId: expert.id } })).map((a) => a.body)).toEqual(["Gedeeld"]);
    expect((await mailsTo(email)).filter((m) => m.calendarMethod === "CANCEL")).toHaveLength(2);
    await expect(getScanResultsForActor({ actor: expert, trajectId: f.traject.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const before = await snapshotAllTables(t);
    await expect(assignExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: expert.id })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("teruggetrokken"),
    });
    expect(await snapshotAllTables(t)).toBe(before);

    // another traject: stepping back with "remove" takes the shared notes too
    const g = await makeTraject(t.prisma);
    await assignExpert({ actor: g.trainer, trajectId: g.traject.id, expertId: expert.id });
    await respondToRequest({ actor: expert, trajectId: g.traject.id, answer: "accept" });
    await createAnnotation({
      actor: expert,
      input: { trajectId: g.traject.id, themeKey: "T1", body: "Ook gedeeld", visibility: "TANDEM" },
    });
    await stepBack({ actor: expert, trajectId: g.traject.id, notes: "remove" });
    expect(await t.prisma.annotation.count({ where: { authorId: expert.id, trajectId: g.traject.id } })).toBe(0);
  });

  it("slotOf reads a moment as the expert's weekday and part of the day, in Amsterdam time", () => {
    expect(slotOf(amsterdamInstant("2027-02-03", "10:00"))).toBe("wo-ochtend");
    expect(slotOf(amsterdamInstant("2027-07-06", "13:30"))).toBe("di-middag");
    expect(slotOf(amsterdamInstant("2027-02-05", "19:00"))).toBe("vr-avond");
    expect(slotOf(amsterdamInstant("2027-02-06", "10:00"))).toBeNull();
  });
});
