// The short version of a follow-up round (ADR 026, docs/scoring.md#short-version) and the
// "werkversie" label of the bundled questionnaire, through the domain functions.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closeFollowUpRound, scanRoundsForActor, startFollowUpRound } from "@/lib/followup/rounds";
import { getResultsWithProgressForActor } from "@/lib/followup/progress";
import { setTrajectStatus } from "@/lib/planning/planning";
import { importQuestionnaireVersion } from "@/lib/questionnaires/import";
import { listQuestionnaireVersions } from "@/lib/questionnaires/queries";
import { buildReportModel } from "@/lib/report/model";
import { buildReportInputForActor } from "@/lib/report/queries";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { autosave } from "@/lib/scan/respondent/answer-store";
import { submitScan } from "@/lib/scan/respondent/forms";
import { loadScanView } from "@/lib/scan/respondent/view";
import { getTrajectForActor } from "@/lib/trajecten/queries";
import { isoDay } from "@/lib/dates";
import { closeScanAsTrainer } from "@/tests/support/close-scan";
import { actorOf, makeTraject, makeUser, questionnaireJson, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

const statements = questionnaireJson.themes.flatMap((th) => th.items);
const coreKeys = statements.filter((i) => i.core).map((i) => i.key);
const whom = (n: number) => ({ name: `Persoon ${n}`, email: `kort-${n}@voorbeeld.nl`, function: "LEIDINGGEVENDE" as const });
const soon = (days: number) => isoDay(new Date(Date.now() + days * 86_400_000));

const SCAN_LINK = /\/scan\/([A-Za-z0-9_-]{43})/;
/** The newest scan link mailed to this address (only the mail ever holds the token). */
const linkOf = async (email: string) =>
  SCAN_LINK.exec((await t.prisma.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } })).text)![1]!;

/** Answers the given statements through the autosave: `valueOf` per key. */
async function answer(token: string, keys: string[], valueOf: (key: string) => number) {
  for (const itemKey of keys)
    expect((await autosave(token, { type: "answer", itemKey, value: valueOf(itemKey), revision: 0 })).ok).toBe(true);
}

/**
 * A closed traject whose first (full) round `people` answered: every statement 3, except theme T1's
 * statements that are not core, answered 1, so T1 differs between the full and the short version.
 */
async function closedTraject(people: number) {
  const f = await makeTraject(t.prisma);
  for (let n = 1; n <= people; n++) {
    await createInvitation({ actor: f.trainer, input: { trajectId: f.traject.id, ...whom(n), deadline: soon(7) } });
    const token = await linkOf(whom(n).email);
    await loadScanView(token);
    await answer(
      token,
      statements.map((i) => i.key),
      (key) => (key.startsWith("1.") && !coreKeys.includes(key) ? 1 : 3),
    );
    await submitScan(token);
  }
  await closeScanAsTrainer(t.prisma, f);
  const { version } = await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } });
  await setTrajectStatus({ actor: f.trainer, trajectId: f.traject.id, status: "CLOSED", version });
  return f;
}

const startShort = (f: TrajectFixture) =>
  startFollowUpRound({
    actor: f.trainer,
    input: { trajectId: f.traject.id, questionnaireId: f.questionnaire.id, deadline: soon(21), reinvite: "on", version: "short" },
  });

describe(`short follow-up rounds (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("respondents answer only the core statements; results and the comparison use the shared core statements; the report names the version", async () => {
    const f = await closedTraject(3);
    const offered = await scanRoundsForActor({ actor: f.trainer, trajectId: f.traject.id });
    expect(offered.questionnaires.find((q) => q.id === f.questionnaire.id)).toMatchObject({ coreCount: 27, shortUnavailable: null });

    expect(await startShort(f)).toEqual({ number: 2, invited: 3 });
    const rounds = await scanRoundsForActor({ actor: f.trainer, trajectId: f.traject.id });
    expect(rounds.rounds.map((r) => r.short)).toEqual([false, true]);

    // the invitation says how long the short version takes (the first round's said 15 minutes)
    const mails = await t.prisma.outboxMail.findMany({
      where: { to: whom(1).email },
      orderBy: { createdAt: "asc" },
      select: { text: true },
    });
    expect(mails.map((m) => /ongeveer (\d+) minuten/.exec(m.text)?.[1])).toEqual(["15", "8"]);
    const tokens = await Promise.all([1, 2, 3].map((n) => linkOf(whom(n).email)));
    const view = (await loadScanView(tokens[0]!))!;
    expect(view.totalCount).toBe(27);
    expect(view.questionnaire.themes.flatMap((th) => th.items.map((i) => i.key))).toEqual(coreKeys);
    // a statement outside the short version is refused, and nothing is stored
    expect(await autosave(tokens[0]!, { type: "answer", itemKey: "1.2", value: 4, revision: 0 })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    // complete = every core statement answered: one open is refused, all of them is enough
    await answer(tokens[0]!, coreKeys.slice(1), () => 3);
    await expect(submitScan(tokens[0]!)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("1 stelling") });
    await answer(tokens[0]!, coreKeys.slice(0, 1), () => 3);
    await submitScan(tokens[0]!);
    for (const token of tokens.slice(1)) {
      await loadScanView(token);
      await answer(token, coreKeys, () => 3);
      await submitScan(token);
    }
    expect(
      await t.prisma.scanAnswer.count({
        where: { response: { roundId: { not: undefined }, round: { number: 2, trajectId: f.traject.id } } },
      }),
    ).toBe(81);

    // the tandem's live view: scored on the 27 core statements; compared with round 1 recomputed on them
    const live = await getResultsWithProgressForActor({ actor: f.trainer, trajectId: f.traject.id });
    expect(live.round.short).toBe(true);
    expect(live.result!.items).toHaveLength(27);
    const t1Now = live.progress!.comparison.themes.find((th) => th.key === "T1")!;
    // then (full): T1 mixes 3s and 1s, grade below 5.5; on the core statements both rounds are all 3s: 5.5
    const first = await getResultsWithProgressForActor({ actor: f.trainer, trajectId: f.traject.id, round: 1 });
    expect(first.result!.themes.find((th) => th.key === "T1")!.grade).toBeLessThan(5.5);
    expect(t1Now).toMatchObject({ gradeBefore: 5.5, gradeAfter: 5.5, change: 0 });
    expect(live.progress!.comparison.shared).toEqual({ statements: 27, shortBefore: false, shortAfter: true });

    await closeFollowUpRound({ actor: f.trainer, input: { trajectId: f.traject.id, round: 2 } });
    const employer = await getResultsWithProgressForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(employer.round.number).toBe(2);
    expect(employer.result!.respondents).toBe(3);
    expect(employer.progress!.comparison.themes.find((th) => th.key === "T1")).toMatchObject({ gradeBefore: 5.5, change: 0 });

    const input = await buildReportInputForActor({ actor: f.employerUser, trajectId: f.traject.id, edition: "employer" });
    expect(input.questionnaireVersion).toContain("korte versie");
    const reading = buildReportModel(input).reading.paragraphs.join(" ");
    expect(reading).toContain("Eerste scan: volledige scan; Vervolgscan: korte versie, alleen de kernstellingen");
    expect(reading).toContain("Werkversie: Deze vragenlijst is een voorstel van deze app");
    expect(input.progress!.comparison.shared?.statements).toBe(27);
  });

  it("keeps the privacy minimum: a short round with two respondents shows the employer no figures, also not in the comparison", async () => {
    const f = await closedTraject(3);
    await startShort(f);
    for (const n of [1, 2]) {
      const token = await linkOf(whom(n).email);
      await loadScanView(token);
      await answer(token, coreKeys, () => 5);
      await submitScan(token);
    }
    await closeFollowUpRound({ actor: f.trainer, input: { trajectId: f.traject.id, round: 2 } });
    const employer = await getResultsWithProgressForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(employer.round.number).toBe(2);
    expect(employer.result === null ? null : employer.fewRespondents).toBe(true);
    expect(employer.result!.overallGrade).toBeNull();
    const comparison = employer.progress!.comparison;
    expect(comparison.themes.every((th) => th.gradeAfter === null && th.change === null)).toBe(true);
    expect(comparison.overall.gradeAfter).toBeNull();
    // the first round, recomputed on the core statements, still has its figures (three respondents)
    expect(comparison.overall.gradeBefore).toBe(5.5);
  });

  it("labels the bundled questionnaire as the working version, never an admin's import, which without core marks cannot run short", async () => {
    const f = await closedTraject(3);
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    const { traject } = await getTrajectForActor({ actor: f.trainer, trajectId: f.traject.id });
    expect(traject.questionnaire?.bundled).toBe(true);
    const results = await getResultsWithProgressForActor({ actor: f.employerUser, trajectId: f.traject.id });
    expect(results.result === null ? null : results.questionnaireVersion?.bundled).toBe(true);

    // the "authentic" version: an import of the same key, here without core marks
    const unmarked = structuredClone(questionnaireJson) as { themes: { items: { core?: boolean }[] }[] };
    for (const th of unmarked.themes) for (const i of th.items) delete i.core;
    const imported = await importQuestionnaireVersion({ actor: admin, fileName: "mhb-2025.json", text: JSON.stringify(unmarked) });
    const versions = await listQuestionnaireVersions(admin);
    expect(versions.find((v) => v.id === imported.id)).toMatchObject({ bundled: false, coreCount: 0 });
    expect(versions.find((v) => v.id === f.questionnaire.id)).toMatchObject({ bundled: true, coreCount: 27 });

    const choice = (await scanRoundsForActor({ actor: f.trainer, trajectId: f.traject.id })).questionnaires.find(
      (q) => q.id === imported.id,
    );
    expect(choice).toMatchObject({ bundled: false, coreCount: 0, shortUnavailable: expect.stringContaining("geen kernstellingen") });
    await expect(
      startFollowUpRound({
        actor: f.trainer,
        input: { trajectId: f.traject.id, questionnaireId: imported.id, deadline: soon(21), version: "short" },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await t.prisma.scanRound.count({ where: { trajectId: f.traject.id } })).toBe(1);
    // the full scan with it is fine
    await startFollowUpRound({ actor: f.trainer, input: { trajectId: f.traject.id, questionnaireId: imported.id, deadline: soon(21) } });
    expect(await t.prisma.scanRound.findFirstOrThrow({ where: { trajectId: f.traject.id, number: 2 } })).toMatchObject({ short: false });
  });

  it("never shows the working-version label to a respondent", async () => {
    const f = await closedTraject(1);
    const view = await loadScanView(await linkOf(whom(1).email));
    expect(f.questionnaire.bundled).toBe(true);
    expect(JSON.stringify(view)).not.toMatch(/werkversie/i);
    // nor can the respondent's pages show it: nothing under app/scan/[token] uses the label
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const sources = files(path.join(process.cwd(), "app/scan/[token]")).map((file) => fs.readFileSync(file, "utf8"));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(source).not.toMatch(/werkversie|working-version|WorkingVersion/i);
  });
});
