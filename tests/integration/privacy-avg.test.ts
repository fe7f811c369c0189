import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { startLogin } from "@/lib/auth/logins";
import { SCHEDULER } from "@/lib/auth/roles";
import { eraseEmployer, eraseRespondent, ERASED_USER_LABEL, findRespondentsByEmail } from "@/lib/privacy/erasure";
import { exportEmployer } from "@/lib/privacy/export";
import { ANONYMISED_NAME, applyRetention } from "@/lib/privacy/retention";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { openScan } from "@/lib/scan/respondent/link";
import { handleAutosaveRequest } from "@/lib/scan/respondent/autosave-request";
import { takeResultsSnapshot } from "@/lib/scan/results/snapshot";
import { setTrajectStatus } from "@/lib/planning/planning";
import { closeScanAsTrainer } from "@/tests/support/close-scan";
import { makeOutsiders, makeSubmittedResponse, makeTraject, questionnaireJson, type TrajectFixture } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();
const inAWeek = () => new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
const allAnswers = Object.fromEntries(questionnaireJson.themes.flatMap((th) => th.items.map((i) => [i.key, 4])));
const themeKey = questionnaireJson.themes[0]!.key;

/** How many rows of every table mention this text anywhere (the whole row as text). */
async function rowsMentioning(needle: string): Promise<Record<string, number>> {
  const tables = await t.raw<{ t: string }>(
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    [],
  );
  const found: Record<string, number> = {};
  for (const { t: table } of tables) {
    const [row] = await t.raw<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" x WHERE x::text ILIKE $1`, [`%${needle}%`]);
    if (row!.n > 0) found[table] = row!.n;
  }
  return found;
}

/** A traject whose scan closed with three shared texts, one respondent invited through the app (with a mail). */
async function closedTraject(email = "femke.wis@voorbeeld.nl") {
  const f = await makeTraject(t.prisma);
  await createInvitation({
    actor: f.trainer,
    input: { trajectId: f.traject.id, name: "Femke Wisdata", email, function: "HR", deadline: inAWeek() },
  });
  const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: email } });
  const token = mail.text.match(/\/scan\/([A-Za-z0-9_-]{43})/)![1]!;
  await openScan(token);
  for (const [key, value] of Object.entries(allAnswers).slice(0, 3))
    await handleAutosaveRequest(token, JSON.stringify({ type: "answer", itemKey: key, value, revision: 0 }), "192.0.2.44");
  const femke = await t.prisma.scanResponse.findFirstOrThrow({ where: { invitation: { email }, trajectId: f.traject.id } });
  await t.prisma.scanAnswer.createMany({
    data: Object.entries(allAnswers)
      .slice(3)
      .map(([itemKey, value]) => ({ responseId: femke.id, itemKey, value })),
  });
  await t.prisma.scanNote.create({
    data: { responseId: femke.id, key: `theme:${themeKey}`, text: "Femkes eigen woorden over de werkvloer" },
  });
  await t.prisma.scanResponse.update({
    where: { id: femke.id },
    data: { status: "SUBMITTED", submittedAt: new Date(), shareTextWithEmployer: true },
  });
  for (const n of [1, 2])
    await makeSubmittedResponse(t.prisma, f, {
      name: `Collega ${n}`,
      answers: allAnswers,
      shareText: true,
      notes: { [`theme:${themeKey}`]: `Tekst van collega ${n}` },
    });
  await closeScanAsTrainer(t.prisma, f);
  return { f, token, femkeInvitationId: femke.invitationId, femkeResponseId: femke.id };
}

const snapshotTexts = async (f: TrajectFixture) => {
  const snapshots = await t.prisma.resultsSnapshot.findMany({ where: { trajectId: f.traject.id } });
  // a superseded stand keeps no view (docs/privacy.md#snapshots)
  return snapshots.flatMap((s) =>
    s.view ? [(s.view as { themeComments: { text: string }[] }).themeComments.map((c) => c.text).sort()] : [],
  );
};

describe(`AVG: export, erasure and retention (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("closing the scan records when, and stepping back reopens it", async () => {
    const f = await makeTraject(t.prisma);
    await closeScanAsTrainer(t.prisma, f);
    const closed = await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } });
    expect(closed.scanClosedAt).toBeInstanceOf(Date);
    await setTrajectStatus({ actor: f.trainer, trajectId: f.traject.id, status: "SCAN_OPEN", version: closed.version });
    expect((await t.prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id } })).scanClosedAt).toBeNull();
  });

  it("erasing one respondent removes their invitation, answers, texts, mails and counters; the others and the figures stay", async () => {
    const { f, femkeInvitationId, femkeResponseId } = await closedTraject();
    const admin = (await makeOutsiders(t.prisma)).admin;
    // a second published stand needs at least the minimum of people more (docs/privacy.md#snapshots)
    for (const n of [3, 4, 5]) await makeSubmittedResponse(t.prisma, f, { name: `Collega ${n}`, answers: allAnswers });
    await takeResultsSnapshot({ actor: f.trainer, trajectId: f.traject.id });
    expect((await snapshotTexts(f))[0]).toContain("Femkes eigen woorden over de werkvloer");
    expect(await findRespondentsByEmail({ actor: admin, email: "FEMKE.wis@voorbeeld.nl" })).toEqual([
      expect.objectContaining({ invitationId: femkeInvitationId, name: "Femke Wisdata", responseStatus: "SUBMITTED" }),
    ]);
    await expect(eraseRespondent({ actor: f.trainer, invitationId: femkeInvitationId })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const counts = await eraseRespondent({ actor: admin, invitationId: femkeInvitationId });
    expect(counts).toEqual({ answers: Object.keys(allAnswers).length, notes: 1, mails: 1, snapshotTexts: 1 });
    // (the ids stay in the audit log, which names no one)
    for (const needle of ["Femke Wisdata", "femke.wis@voorbeeld.nl", "Femkes eigen woorden"])
      expect(await rowsMentioning(needle), needle).toEqual({});
    expect(await t.prisma.scanAnswer.count({ where: { responseId: femkeResponseId } })).toBe(0);
    expect(await t.prisma.rateLimit.count({ where: { key: { startsWith: "scan-autosave-link:" } } })).toBe(0);
    // the two colleagues and their texts are untouched; the snapshots keep their figures
    expect(await t.prisma.scanResponse.count({ where: { trajectId: f.traject.id } })).toBe(5);
    expect(await snapshotTexts(f)).toEqual([["Tekst van collega 1", "Tekst van collega 2"]]);
    expect((await t.prisma.resultsSnapshot.findFirstOrThrow({ where: { trajectId: f.traject.id } })).respondents).toBe(3);
    // the audit log says that it happened, with counts only
    const erased = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "privacy.eraseRespondent" } });
    expect(erased).toMatchObject({ actorId: admin.id, entityId: femkeInvitationId, data: counts });
    const created = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "invitation.create", entityId: femkeInvitationId } });
    expect(created.data).toBeNull();
    await expect(eraseRespondent({ actor: admin, invitationId: femkeInvitationId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("erasing an employer needs its name typed; then nothing anywhere names it or its people, and other employers stay", async () => {
    const { f } = await closedTraject();
    const { other, admin } = await makeOutsiders(t.prisma);
    const employerUser = await t.prisma.user.findUniqueOrThrow({ where: { id: f.employerUser.id } });
    await startLogin({ userId: employerUser.id });
    await t.prisma.auditEvent.create({
      data: {
        actorId: employerUser.id,
        actorLabel: employerUser.name,
        action: "report.download",
        entityType: "Traject",
        entityId: f.traject.id,
      },
    });
    await t.prisma.outboxMail.create({
      data: { kind: "account", to: employerUser.email, subject: "Uw account", text: `Welkom ${employerUser.name}` },
    });

    const before = await snapshotAllTables(t);
    await expect(
      eraseEmployer({ actor: admin, input: { employerId: f.employer.id, confirmName: "Een andere naam" } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { confirmName: [expect.stringContaining(f.employer.name)] } });
    await expect(
      eraseEmployer({ actor: f.trainer, input: { employerId: f.employer.id, confirmName: f.employer.name } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await snapshotAllTables(t)).toBe(before);

    const counts = await eraseEmployer({
      actor: admin,
      input: { employerId: f.employer.id, confirmName: ` ${f.employer.name.toUpperCase()} ` },
    });
    expect(counts).toEqual({ trajecten: 1, respondents: 3, users: 1, keyPersons: 1, mails: 2 });
    for (const needle of [
      f.employer.name,
      employerUser.name,
      employerUser.email,
      "Femke Wisdata",
      "femke.wis@voorbeeld.nl",
      "Tekst van collega 1",
    ])
      expect(await rowsMentioning(needle), needle).toEqual({});
    expect(await t.prisma.traject.count({ where: { id: f.traject.id } })).toBe(0);
    expect(await t.prisma.authSession.count({ where: { userId: employerUser.id } })).toBe(0);
    // what the erased user did is still in the log, without their name
    expect(await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "report.download", entityId: f.traject.id } })).toMatchObject({
      actorId: null,
      actorLabel: ERASED_USER_LABEL,
    });
    expect(await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "privacy.eraseEmployer" } })).toMatchObject({
      entityId: f.employer.id,
      data: counts,
    });
    // the other employer, its traject and its people are all there
    expect(await t.prisma.traject.count({ where: { id: other.traject.id } })).toBe(1);
    expect(await t.prisma.user.count({ where: { id: other.employerUser.id } })).toBe(1);
    // the tandem's accounts stay: they work for other employers too
    expect(await t.prisma.user.count({ where: { id: { in: [f.trainer.id, f.expert.id] } } })).toBe(2);
  });

  it("the export holds everything about the employer, as the employer may see it, and nothing of others", async () => {
    const { f, token } = await closedTraject();
    const { other, admin } = await makeOutsiders(t.prisma);
    await startLogin({ userId: f.employerUser.id });
    await expect(exportEmployer({ actor: f.employerUser, employerId: f.employer.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportEmployer({ actor: admin, employerId: "bestaat-niet" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const { zip, fileName } = await exportEmployer({ actor: admin, employerId: f.employer.id });
    expect(fileName).toMatch(/^AVG-export-.+-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(["LEESMIJ.txt", expect.stringMatching(/^rapporten\/.+\.pdf$/), "werkgever.json"].sort());
    const pdf = Object.entries(files).find(([name]) => name.endsWith(".pdf"))![1];
    expect(strFromU8(pdf.slice(0, 5))).toBe("%PDF-");
    const text = strFromU8(files["werkgever.json"]!);
    const json = JSON.parse(text) as {
      employer: { name: string };
      accounts: { email: string; loginSessions: unknown[] }[];
      trajecten: {
        invitations: { name: string; email: string }[];
        responses: { submitted: number; answersHeld: number };
        resultsSnapshots: unknown[];
      }[];
      outbox: { text: string }[];
      auditLog: { action: string; description: string }[];
    };
    expect(json.auditLog).toContainEqual(
      expect.objectContaining({ action: "invitation.create", description: "Uitnodiging voor de scan verstuurd" }),
    );
    expect(json.employer.name).toBe(f.employer.name);
    expect(json.accounts).toEqual([expect.objectContaining({ loginSessions: [expect.objectContaining({ endedAt: null })] })]);
    expect(json.trajecten[0]!.invitations.map((i) => i.name).sort()).toEqual(["Collega 1", "Collega 2", "Femke Wisdata"]);
    expect(json.trajecten[0]!.responses).toMatchObject({ submitted: 3, answersHeld: 3 * Object.keys(allAnswers).length });
    expect(json.trajecten[0]!.resultsSnapshots).toHaveLength(1);
    // the shared texts are there (in the snapshot), the individual answers and working links are not
    expect(text).toContain("Femkes eigen woorden over de werkvloer");
    expect(text).not.toContain('"itemKey"');
    expect(text).not.toContain(token);
    expect(json.outbox[0]!.text).toContain("[link verwijderd]");
    expect(text).not.toContain(other.employer.name);
    expect(strFromU8(files["LEESMIJ.txt"]!)).toContain("Wat staat er bewust niet in?");
    expect(await t.prisma.auditEvent.count({ where: { action: "privacy.exportEmployer", entityId: f.employer.id } })).toBe(1);
  });

  it("the export holds per round only the stand the employer sees, filtered as shown: no grade of one person, no pair differing by one", async () => {
    const f = await makeTraject(t.prisma);
    for (const n of [1, 2, 3]) await makeSubmittedResponse(t.prisma, f, { name: `Collega ${n}`, answers: allAnswers });
    await closeScanAsTrainer(t.prisma, f);
    const real = await t.prisma.resultsSnapshot.findFirstOrThrow({ where: { trajectId: f.traject.id } });
    type View = { fewRespondents: boolean; result: { respondents: number; themes: { grade: number | null }[] } };
    const base = real.view as unknown as View;
    const at = (days: number) => new Date(Date.now() + days * 86400_000);
    // stored before 2026-12-06: a pair that differs by one person, then a stand of one person with theme grades
    const stand = (respondents: number, grade: number, days: number) => ({
      trajectId: f.traject.id,
      roundId: real.roundId,
      respondents,
      reason: "trainer",
      takenByName: "Oud",
      takenAt: at(days),
      view: {
        ...base,
        fewRespondents: respondents < 3,
        result: { ...base.result, respondents, themes: base.result.themes.map((th) => ({ ...th, grade })) },
      },
    });
    await t.prisma.resultsSnapshot.createMany({ data: [stand(4, 6.123, 1), stand(5, 6.456, 2), stand(1, 6.789, 3)] });
    const { admin } = await makeOutsiders(t.prisma);
    const files = unzipSync((await exportEmployer({ actor: admin, employerId: f.employer.id })).zip);
    const text = strFromU8(files["werkgever.json"]!);
    for (const grade of ["6.123", "6.456", "6.789"]) expect(text).not.toContain(grade);
    const json = JSON.parse(text) as { trajecten: { resultsSnapshots: { round: number; respondents: number; view: View }[] }[] };
    const [only] = json.trajecten[0]!.resultsSnapshots;
    expect(json.trajecten[0]!.resultsSnapshots).toHaveLength(1);
    expect(only).toMatchObject({ round: 1, respondents: 1, view: { fewRespondents: true, result: { respondents: 1, themes: [] } } });
  });

  it("retention removes names and addresses once the period after the scan closed has passed; answers stay", async () => {
    const { f, token, femkeResponseId } = await closedTraject();
    const recent = await closedTraject("femke.recent@voorbeeld.nl");
    await t.prisma.traject.update({ where: { id: f.traject.id }, data: { scanClosedAt: new Date(Date.now() - 366 * 86400_000) } });
    await expect(applyRetention({ actor: f.trainer })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const result = await applyRetention({ actor: SCHEDULER });
    expect(result).toMatchObject({ respondents: 3, mails: 1 });
    const invitations = await t.prisma.scanInvitation.findMany({ where: { trajectId: f.traject.id } });
    expect(invitations.every((i) => i.name === ANONYMISED_NAME && i.email === "" && i.anonymisedAt && i.revokedAt)).toBe(true);
    expect(await rowsMentioning("femke.wis@voorbeeld.nl")).toEqual({});
    expect(await rowsMentioning("femke.recent@voorbeeld.nl")).toEqual({ ScanInvitation: 1, OutboxMail: 1 });
    expect(await t.prisma.scanAnswer.count({ where: { responseId: femkeResponseId } })).toBe(Object.keys(allAnswers).length);
    await expect(openScan(token)).rejects.toMatchObject({ code: "INVITE_INVALID" });
    // the traject that closed recently keeps its names
    expect(await t.prisma.scanInvitation.count({ where: { trajectId: recent.f.traject.id, anonymisedAt: null } })).toBe(3);
    expect(await applyRetention({ actor: SCHEDULER })).toMatchObject({ respondents: 0, mails: 0 });
    expect(await t.prisma.auditEvent.count({ where: { action: "privacy.retention" } })).toBe(1);
  });
});
