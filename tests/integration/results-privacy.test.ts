// docs/privacy.md: employers and the admin read a snapshot taken when the scan closes, filtered by
// the minimum number of respondents and by each respondent's own choice about their texts.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { SHARE_FIELD, SHARE_SHOWN_FIELD, SHARE_VALUE } from "@/lib/scan/respondent/field-names";
import { saveClosingForm, saveThemeForm, submitScan } from "@/lib/scan/respondent/forms";
import { openScan } from "@/lib/scan/respondent/link";
import { saveShareChoice } from "@/lib/scan/respondent/share-choice";
import { getScanResultsForActor } from "@/lib/scan/results/scan-results";
import { takeResultsSnapshot } from "@/lib/scan/results/snapshot";
import golden from "@/tests/fixtures/three-respondents.input.json";
import { makeOutsiders, makeSubmittedResponse, makeTraject, type TrajectFixture } from "@/tests/factories";
import { closeScanForTest, reopenScanForTest } from "@/tests/support/scan-state";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();
type Fn = "HR" | "DIRECTIE" | "LEIDINGGEVENDE";

async function submit(f: TrajectFixture, i: number, opts: { fn?: Fn; shareText?: boolean; note?: string } = {}) {
  const r = golden.responses[i % golden.responses.length]!;
  await makeSubmittedResponse(t.prisma, f, {
    fn: opts.fn ?? "HR",
    answers: r.answers,
    selfGrade: r.selfGrade,
    shareText: opts.shareText,
    notes: { "theme:T1": opts.note ?? `Toelichting ${i}`, "open:questionForExpert": `Vraag ${i}` },
  });
}

const closeScan = (f: TrajectFixture) => closeScanForTest(t.prisma, f);

/** Below the minimum: no figure derived from the answers; aandachtspunten by name, alphabetical, without reasons. */
function expectNoFigures(r: Awaited<ReturnType<typeof full>>) {
  expect(r.fewRespondents).toBe(true);
  const { result } = r;
  expect([result.overallGrade, result.selfGrade, result.selfGap]).toEqual([null, null, null]);
  expect(result.themes).toEqual([]);
  expect(result.items).toEqual([]);
  expect(result.divergentItems).toEqual([]);
  expect(result.aandachtspunten.length).toBeGreaterThan(0);
  expect(result.aandachtspunten.every((ap) => ap.reasons.length + ap.focusItems.length + ap.solutions.length === 0)).toBe(true);
  const titles = result.aandachtspunten.map((ap) => r.questionnaire.themes.find((th) => th.key === ap.theme)!.title);
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "nl")));
  expect(r.byFunction).toEqual([]);
}

const view = (actor: Actor, f: TrajectFixture) => getScanResultsForActor({ actor, trajectId: f.traject.id });
async function full(actor: Actor, f: TrajectFixture) {
  const r = await view(actor, f);
  if (r.result === null) throw new Error("no result");
  return r;
}

describe(`results privacy (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("one respondent: nothing before the scan closes, then no figure at all: aandachtspunten by name only", async () => {
    const f = await makeTraject(t.prisma);
    await submit(f, 0, { shareText: true });
    const { admin } = await makeOutsiders(t.prisma);

    for (const actor of [f.employerUser, admin]) {
      const before = await getScanResultsForActor({ actor, trajectId: f.traject.id });
      expect(before.snapshot).toBeNull();
      expect(before.result).toBeNull();
    }
    // the tandem prepares from the live results meanwhile
    expect((await full(f.trainer, f)).result?.respondents).toBe(1);

    await closeScan(f);
    for (const actor of [f.employerUser, admin]) {
      const r = await full(actor, f);
      expect(r.source).toBe("snapshot");
      expect(r.snapshot?.respondents).toBe(1);
      expect(r.fewRespondents).toBe(true);
      expect(r.result.respondents).toBe(1);
      expectNoFigures(r);
      expect(r.result.selfGrade).toBeNull();
      expect(r.result.selfGap).toBeNull();
      expect(r.result.aandachtspunten.every((ap) => ap.focusItems.length === 0)).toBe(true);
      expect(r.themeComments).toEqual([]);
      expect(r.openAnswers).toEqual([]);
      expect(r.perRespondent).toBeNull();
      expect(JSON.stringify(r)).not.toContain("Toelichting 0");
    }
    const tandem = await full(f.trainer, f);
    expect(tandem.perRespondent).toHaveLength(1);
    expect(tandem.result?.selfGrade).toBe(golden.responses[0]!.selfGrade);
  });

  it("two respondents: neither can subtract their own answers from any figure (no theme grade either)", async () => {
    const f = await makeTraject(t.prisma);
    for (const i of [0, 1]) await submit(f, i, { shareText: true });
    await closeScan(f);
    const { admin } = await makeOutsiders(t.prisma);
    for (const actor of [f.employerUser, admin]) expectNoFigures(await full(actor, f));
    expect((await full(f.trainer, f)).result.themes.some((th) => th.grade !== null)).toBe(true);
  });

  it("a new stand reaches the employer only when at least the minimum of people differ (added plus removed)", async () => {
    const f = await makeTraject(t.prisma);
    for (const i of [0, 1, 2]) await submit(f, i, { shareText: true });
    await closeScan(f);
    const first = await full(f.employerUser, f);
    expect(first.result?.respondents).toBe(3);
    expect(first.fewRespondents).toBe(false);
    expect(first.result?.items.length).toBeGreaterThan(0);

    const answersPart = (r: typeof first) =>
      JSON.stringify([r.snapshot, r.result, r.byFunction, r.themeComments, r.openAnswers, r.fewRespondents]);
    const snapshots = () => t.prisma.resultsSnapshot.count({ where: { trajectId: f.traject.id } });

    // one added: the old and the new stand side by side would give that person's grades
    await submit(f, 3, { shareText: true, note: "Nieuw na het sluiten" });
    expect(answersPart(await full(f.employerUser, f))).toBe(answersPart(first));
    expect((await full(f.trainer, f)).result?.respondents).toBe(4);
    const held = await takeResultsSnapshot({ actor: f.trainer, trajectId: f.traject.id });
    expect(held).toMatchObject({ published: false, added: 1, removed: 0, minimum: 3, respondents: 4 });
    if (held.published) throw new Error("published");
    expect(held.message).toContain("blijft de werkgever de stand zien die hij nu ziet");
    expect(answersPart(await full(f.employerUser, f))).toBe(answersPart(first));
    expect(await snapshots()).toBe(1);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "results.snapshot.held", trajectId: f.traject.id } });
    expect(audit.data).toMatchObject({ reason: "trainer", added: 1, removed: 0, minimum: 3, round: 1 });

    // one added and one removed (a response reopened in the closed round): 2, still held
    const reopened = await t.prisma.scanResponse.findFirstOrThrow({ where: { trajectId: f.traject.id }, orderBy: { submittedAt: "asc" } });
    await t.prisma.scanResponse.update({ where: { id: reopened.id }, data: { status: "DRAFT", submittedAt: null } });
    expect(await takeResultsSnapshot({ actor: f.trainer, trajectId: f.traject.id })).toMatchObject({
      published: false,
      added: 1,
      removed: 1,
    });
    // reopening and closing the scan again holds it back just the same
    await reopenScanForTest(t.prisma, f);
    expect(await closeScan(f)).toMatchObject({ published: false, added: 1, removed: 1 });
    expect(answersPart(await full(f.employerUser, f))).toBe(answersPart(first));
    expect(await snapshots()).toBe(1);

    // three differ (two more added): published
    for (const i of [4, 5]) await submit(f, i, { shareText: true });
    const taken = await takeResultsSnapshot({ actor: f.trainer, trajectId: f.traject.id });
    expect(taken).toMatchObject({ published: true, respondents: 5 });
    if (!taken.published) throw new Error("held");
    const after = await full(f.employerUser, f);
    expect(after.result?.respondents).toBe(5);
    expect(after.snapshot?.takenAt.getTime()).toBe(taken.takenAt.getTime());
    expect(after.themeComments.map((c) => c.text)).toContain("Nieuw na het sluiten");
  });

  it("a new stand must differ by the minimum from every earlier stand the employer saw (S1, S2, S3), and superseded stands keep no view", async () => {
    const f = await makeTraject(t.prisma);
    for (const i of [0, 1, 2, 3, 4, 5]) await submit(f, i);
    expect(await closeScan(f)).toMatchObject({ published: true, respondents: 6 }); // S1 = A
    const snapshots = () => t.prisma.resultsSnapshot.findMany({ where: { trajectId: f.traject.id }, orderBy: { takenAt: "asc" } });
    const s1 = (await snapshots())[0]!;
    for (const i of [6, 7, 8]) await submit(f, i); // x, y, z
    expect(await takeResultsSnapshot({ actor: f.trainer, trajectId: f.traject.id })).toMatchObject({ published: true, respondents: 9 }); // S2
    // nobody reads a superseded stand: its figures and texts are gone, its ids stay for the rule
    const [old] = await snapshots();
    expect(old).toMatchObject({ id: s1.id, view: null, respondents: 6, respondentIds: s1.respondentIds });

    // the trainer reopens x, y, z and w submits: S3 = A + w differs by 4 from S2 but by 1 from S1
    const xyz = await t.prisma.scanResponse.findMany({ where: { trajectId: f.traject.id, id: { notIn: s1.respondentIds } } });
    await t.prisma.scanResponse.updateMany({ where: { id: { in: xyz.map((r) => r.id) } }, data: { status: "DRAFT", submittedAt: null } });
    await submit(f, 9);
    const held = await takeResultsSnapshot({ actor: f.trainer, trajectId: f.traject.id });
    expect(held).toMatchObject({ published: false, added: 1, removed: 0, minimum: 3, respondents: 7 });
    if (held.published) throw new Error("published");
    expect(held.message).toContain("te weinig van een eerdere stand die de werkgever zag");
    expect(await snapshots()).toHaveLength(2);
    expect((await full(f.employerUser, f)).result.respondents).toBe(9);
  });

  it("a function group only when it and the rest both have the minimum", async () => {
    const f = await makeTraject(t.prisma);
    for (const i of [0, 1, 2]) await submit(f, i, { fn: "HR" });
    for (const i of [3, 4]) await submit(f, i, { fn: "DIRECTIE" });
    await closeScan(f);
    // 3 HR and 2 directie: HR alone would give away the 2 directie answers (total minus HR)
    expect((await full(f.employerUser, f)).byFunction).toEqual([]);
    expect((await full(f.trainer, f)).byFunction).toEqual([]);

    const g = await makeTraject(t.prisma);
    for (const i of [0, 1, 2]) await submit(g, i, { fn: "HR" });
    for (const i of [3, 4, 5]) await submit(g, i, { fn: "DIRECTIE" });
    await closeScan(g);
    const r = await full(g.employerUser, g);
    expect(r.byFunction.map((g) => [g.name, g.respondents])).toEqual([
      ["directie", 3],
      ["HR", 3],
    ]);
  });

  it("free text only from respondents who chose to share it", async () => {
    const f = await makeTraject(t.prisma);
    await submit(f, 0, { shareText: true, note: "Mag de werkgever lezen" });
    await submit(f, 1, { shareText: false, note: "Alleen voor de tandem" });
    await submit(f, 2, { note: "Niets gekozen" });
    await closeScan(f);
    const r = await full(f.employerUser, f);
    expect(r.themeComments).toEqual([{ themeKey: "T1", text: "Mag de werkgever lezen" }]);
    expect(r.openAnswers).toEqual([{ questionKey: "questionForExpert", text: "Vraag 0" }]);
    const tandem = await full(f.trainer, f);
    expect(tandem.themeComments.map((c) => c.text).sort()).toEqual(["Alleen voor de tandem", "Mag de werkgever lezen", "Niets gekozen"]);
  });

  it("a new snapshot is the trainer's alone, and audited", async () => {
    const f = await makeTraject(t.prisma, { status: "SCAN_CLOSED" });
    await submit(f, 0);
    const { other, admin } = await makeOutsiders(t.prisma);
    const count = () => t.prisma.resultsSnapshot.count({ where: { trajectId: f.traject.id } });
    for (const actor of [f.employerUser, f.expert, admin]) {
      await expect(takeResultsSnapshot({ actor, trajectId: f.traject.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const actor of [other.trainer, other.employerUser, other.expert]) {
      await expect(takeResultsSnapshot({ actor, trajectId: f.traject.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await count()).toBe(0);
    const taken = await takeResultsSnapshot({ actor: f.trainer, trajectId: f.traject.id });
    if (!taken.published) throw new Error("the first stand is always published");
    const { snapshotId } = taken;
    expect(await count()).toBe(1);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "results.snapshot", trajectId: f.traject.id } });
    expect(audit).toMatchObject({ actorId: f.trainer.id, entityType: "ResultsSnapshot", entityId: snapshotId });
    expect(audit.data).toEqual({ reason: "trainer", respondents: 1, round: 1 });
  });

  it("the respondent's choice: not shared by default, set by the form (without JavaScript) and the enhancer, fixed once sent", async () => {
    const f = await makeTraject(t.prisma);
    await createInvitation({
      actor: f.trainer,
      input: {
        trajectId: f.traject.id,
        name: "Iemand",
        email: "keuze@voorbeeld.nl",
        function: "HR",
        deadline: new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10),
      },
    });
    const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "keuze@voorbeeld.nl" } });
    const token = mail.text.match(/\/scan\/([A-Za-z0-9_-]{43})/)![1]!;
    const { response } = await openScan(token);
    const shared = async () => (await t.prisma.scanResponse.findUniqueOrThrow({ where: { id: response.id } })).shareTextWithEmployer;
    expect(await shared()).toBe(false);

    await saveThemeForm(token, 0, { [SHARE_SHOWN_FIELD]: "1", [SHARE_FIELD]: SHARE_VALUE });
    expect(await shared()).toBe(true);
    await saveClosingForm(token, { [SHARE_SHOWN_FIELD]: "1" }); // unticked: the browser sends no checkbox
    expect(await shared()).toBe(false);
    await saveThemeForm(token, 0, {}); // a form without the checkbox changes nothing
    expect(await shared()).toBe(false);
    await expect(saveThemeForm(token, 0, { [SHARE_SHOWN_FIELD]: "1", [SHARE_FIELD]: "ja" })).rejects.toMatchObject({ code: "VALIDATION" });

    await saveShareChoice(token, true);
    expect(await shared()).toBe(true);
    const items = Object.keys(golden.responses[0]!.answers);
    await t.prisma.scanAnswer.createMany({ data: items.map((itemKey) => ({ responseId: response.id, itemKey, value: 3 })) });
    await submitScan(token);
    await expect(saveShareChoice(token, false)).rejects.toMatchObject({ code: "LOCKED" });
    expect(await shared()).toBe(true);
  });
});
