import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { SCHEDULER } from "@/lib/auth/roles";
import { parseInput } from "@/lib/actions/create-action";
import { HEALTH_QUESTION } from "@/lib/health-check/texts";
import { eraseCandidate, exportCandidate, findCandidatesByEmail } from "@/lib/privacy/candidates";
import { applyRetention } from "@/lib/privacy/retention";
import { candidateCreateSchema, type CandidateCreateInput } from "@/lib/training/candidate-schema";
import { candidateIndicators, getCandidateForAdmin, listCandidates } from "@/lib/training/candidate-queries";
import { createCandidate, markCandidateCertified, moveCandidate, startCandidateInCohort, updateCandidate } from "@/lib/training/candidates";
import { actorOf, makeUser } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";

// Candidates for the experts' training (issue 27 item 1, ADR 034): the admin records them, moves them
// through their statuses (stopping without a reason), starts them in a cohort (the expert account with
// its activation mail, in one transaction), and reads the §5.1 figures from the data; AVG export,
// erasure and retention.

const t = setupTestDb();
const DAY = 86_400_000;

const person = (over: Partial<CandidateCreateInput> = {}): CandidateCreateInput => ({
  name: "Noor Kandidaat",
  email: "noor@voorbeeld.nl",
  phone: "06 12345678",
  channel: "IPS_COACH",
  channelOther: "",
  ...over,
});

async function world() {
  const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
  const cohort = await t.prisma.cohort.create({
    data: { name: "Cohort voorjaar", startsOn: new Date(), endsOn: new Date(Date.now() + 60 * DAY), topics: ["PROJECT_EN_ERVARINGEN"] },
  });
  return { admin, cohort };
}

const row = (id: string) => t.prisma.expertCandidate.findUniqueOrThrow({ where: { id } });
const move = (actor: Actor, id: string, version: number, to: "intake" | "intakeUndo" | "stop" | "stopUndo") =>
  moveCandidate({ actor, input: { candidateId: id, version, move: to } });

describe(`candidates (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("interested → intake → in a cohort (account, activation mail, place in the cohort) → certified; the figures follow", async () => {
    const { admin, cohort } = await world();
    const { id } = await createCandidate({ actor: admin, input: person() });
    expect(await row(id)).toMatchObject({ status: "INTERESTED", channel: "IPS_COACH", phone: "06 12345678", userId: null, version: 1 });

    // an edit at the version read; one from an older version is refused and changes nothing
    await updateCandidate({ actor: admin, input: { ...person({ name: "Noor de Kandidaat" }), candidateId: id, version: 1 } });
    await expect(
      updateCandidate({ actor: admin, input: { ...person({ name: "Overschreven" }), candidateId: id, version: 1 } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await row(id)).toMatchObject({ name: "Noor de Kandidaat", version: 2 });

    // no cohort before the intake
    await expect(
      startCandidateInCohort({ actor: admin, input: { candidateId: id, version: 2, cohortId: cohort.id } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await move(admin, id, 2, "intake");
    expect(await row(id)).toMatchObject({ status: "INTAKE_HELD", version: 3 });

    const started = await startCandidateInCohort({ actor: admin, input: { candidateId: id, version: 3, cohortId: cohort.id } });
    expect(started).toEqual({ name: "Noor de Kandidaat", cohortName: "Cohort voorjaar", newAccount: true });
    const candidate = await row(id);
    expect(candidate).toMatchObject({ status: "IN_COHORT", version: 4 });
    const account = await t.prisma.user.findUniqueOrThrow({ where: { id: candidate.userId! }, include: { expertProfile: true } });
    expect(account).toMatchObject({ email: "noor@voorbeeld.nl", name: "Noor de Kandidaat", role: "EXPERT", passwordHash: "" });
    expect(account.expertProfile).not.toBeNull();
    expect(await t.prisma.cohortParticipant.count({ where: { cohortId: cohort.id, userId: account.id } })).toBe(1);
    const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "noor@voorbeeld.nl", kind: "account" } });
    expect(mail.text).toMatch(/\/account\/activeren\/[A-Za-z0-9_-]{43}/);

    // a second click (the same version) or a stale page: a clear conflict, nothing more made
    const before = await snapshotAllTables(t);
    for (const version of [3, 4])
      await expect(
        startCandidateInCohort({ actor: admin, input: { candidateId: id, version, cohortId: cohort.id } }),
      ).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(/\S/),
      });
    expect(await snapshotAllTables(t)).toBe(before);

    // the certificate (another module) makes them certified; a user without a candidate is left alone
    await markCandidateCertified(t.prisma, account.id);
    await markCandidateCertified(t.prisma, admin.id);
    expect(await row(id)).toMatchObject({ status: "CERTIFIED", version: 5 });
    await expect(move(admin, id, 5, "stop")).rejects.toMatchObject({ code: "VALIDATION" });

    // the §5.1 figures from the data: one recruited through an IPS coach, started and certified; one stopped online
    const other = await createCandidate({ actor: admin, input: person({ name: "Sem", email: "sem@voorbeeld.nl", channel: "ONLINE" }) });
    await move(admin, other.id, 1, "stop");
    const today = new Date().toISOString().slice(0, 10);
    const figures = await candidateIndicators(admin, { from: today.slice(0, 4) + "-01-01", to: "2100-12-31" });
    expect(figures.total).toEqual({ recruited: 2, started: 1, stopped: 1, certified: 1 });
    expect(figures.rows.find((r) => r.channel === "IPS_COACH")).toEqual({
      channel: "IPS_COACH",
      recruited: 1,
      started: 1,
      stopped: 0,
      certified: 1,
    });
    expect(figures.rows.find((r) => r.channel === "ONLINE")).toMatchObject({ recruited: 1, stopped: 1 });
    expect((await candidateIndicators(admin, { from: "2001-01-01", to: "2001-12-31" })).total).toEqual({
      recruited: 0,
      started: 0,
      stopped: 0,
      certified: 0,
    });
    expect((await listCandidates({ actor: admin, status: "STOPPED" })).map((c) => c.name)).toEqual(["Sem"]);
    expect((await getCandidateForAdmin({ actor: admin, candidateId: id })).cohorts.map((c) => c.name)).toEqual(["Cohort voorjaar"]);
  });

  it("an e-mail address of another candidate or of an account: a Dutch message, nothing stored; the health check on 'anders'", async () => {
    const { admin } = await world();
    const expert = await makeUser(t.prisma, "EXPERT", { email: "bestaand@voorbeeld.nl" });
    const first = await createCandidate({ actor: admin, input: person() });
    const before = await snapshotAllTables(t);
    await expect(createCandidate({ actor: admin, input: person({ name: "Dubbel", email: "NOOR@voorbeeld.nl" }) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("andere kandidaat"),
      fieldErrors: { email: [expect.any(String)] },
    });
    await expect(createCandidate({ actor: admin, input: person({ email: expert.email }) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("account"),
    });
    expect(await snapshotAllTables(t)).toBe(before);
    const second = await createCandidate({ actor: admin, input: person({ name: "Tweede", email: "tweede@voorbeeld.nl" }) });
    const afterSecond = await snapshotAllTables(t);
    await expect(
      updateCandidate({ actor: admin, input: { ...person({ name: "Tweede" }), candidateId: second.id, version: 1 } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshotAllTables(t)).toBe(afterSecond);

    // "anders" needs its few words (the form's schema), and a health term beside a name is asked about
    expect(() => parseInput(candidateCreateSchema, { ...person({ email: "x@voorbeeld.nl" }), channel: "ANDERS" })).toThrow(
      expect.objectContaining({ code: "VALIDATION", fieldErrors: { channelOther: [expect.any(String)] } }),
    );
    const told = person({ email: "anders@voorbeeld.nl", channel: "ANDERS", channelOther: "Via Ahmed, die een psychose had" });
    await expect(createCandidate({ actor: admin, input: told })).rejects.toMatchObject({ code: "HEALTH_CHECK", message: HEALTH_QUESTION });
    expect(await t.prisma.expertCandidate.count({ where: { email: "anders@voorbeeld.nl" } })).toBe(0);
    const kept = await createCandidate({ actor: admin, input: { ...told, gezondheidscheck: "bewaren" } });
    expect(await t.prisma.auditEvent.count({ where: { action: "healthCheck.kept", entityId: kept.id } })).toBe(1);
    // another channel keeps no words
    await updateCandidate({ actor: admin, input: { ...person(), channelOther: "los", candidateId: first.id, version: 1 } });
    expect(await row(first.id)).toMatchObject({ channelOther: null });
  });

  it("stops without a reason at any time before certified, and the stop can be undone; a stale page is a conflict", async () => {
    const { admin, cohort } = await world();
    const { id } = await createCandidate({ actor: admin, input: person() });
    await move(admin, id, 1, "stop");
    const stopped = await row(id);
    expect(stopped).toMatchObject({ status: "STOPPED", version: 2 });
    expect(stopped.stoppedAt).toBeInstanceOf(Date);
    await expect(move(admin, id, 1, "stopUndo")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(move(admin, id, 2, "intake")).rejects.toMatchObject({ code: "VALIDATION" });
    await move(admin, id, 2, "stopUndo");
    expect(await row(id)).toMatchObject({ status: "INTERESTED", stoppedAt: null, version: 3 });

    // stopping in a cohort keeps the account; coming back later starts with that same account
    await move(admin, id, 3, "intake");
    await startCandidateInCohort({ actor: admin, input: { candidateId: id, version: 4, cohortId: cohort.id } });
    await move(admin, id, 5, "stop");
    await move(admin, id, 6, "stopUndo");
    await move(admin, id, 7, "intake");
    const again = await startCandidateInCohort({ actor: admin, input: { candidateId: id, version: 8, cohortId: cohort.id } });
    expect(again.newAccount).toBe(false);
    expect(await t.prisma.user.count({ where: { email: "noor@voorbeeld.nl" } })).toBe(1);
    expect(await t.prisma.outboxMail.count({ where: { to: "noor@voorbeeld.nl" } })).toBe(1);
  });

  it("retention removes a stopped candidate twelve months after stopping; export and erasure; erasing the account removes its candidate", async () => {
    const { admin, cohort } = await world();
    const now = new Date();
    const old = await createCandidate({ actor: admin, input: person({ name: "Oud Gestopt", email: "oud@voorbeeld.nl" }) });
    const recent = await createCandidate({ actor: admin, input: person({ name: "Net Gestopt", email: "net@voorbeeld.nl" }) });
    const waiting = await createCandidate({ actor: admin, input: person({ name: "Wacht Nog", email: "wacht@voorbeeld.nl" }) });
    await move(admin, old.id, 1, "stop");
    await move(admin, recent.id, 1, "stop");
    await t.prisma.expertCandidate.update({ where: { id: old.id }, data: { stoppedAt: new Date(now.getTime() - 370 * DAY) } });
    await t.prisma.expertCandidate.update({ where: { id: recent.id }, data: { stoppedAt: new Date(now.getTime() - 330 * DAY) } });
    await t.prisma.expertCandidate.update({ where: { id: waiting.id }, data: { createdAt: new Date(now.getTime() - 900 * DAY) } });
    expect((await applyRetention({ actor: SCHEDULER, now })).candidates).toBe(1);
    expect((await t.prisma.expertCandidate.findMany({ orderBy: { name: "asc" } })).map((c) => c.name)).toEqual([
      "Net Gestopt",
      "Wacht Nog",
    ]);
    expect((await t.prisma.auditEvent.findMany({ where: { entityId: old.id } })).map((e) => e.data)).toEqual([null, null]);

    // the AVG export of one candidate, found by the address
    const [found] = await findCandidatesByEmail({ actor: admin, email: "WACHT@voorbeeld.nl" });
    expect(found).toMatchObject({ id: waiting.id, name: "Wacht Nog" });
    const exported = JSON.parse((await exportCandidate({ actor: admin, candidateId: waiting.id })).json);
    expect(exported.candidate).toMatchObject({
      name: "Wacht Nog",
      email: "wacht@voorbeeld.nl",
      phone: "06 12345678",
      channel: "IPS_COACH",
    });
    expect(exported.auditLog.map((e: { action: string }) => e.action)).toEqual(["candidate.create"]);
    expect(exported.account).toBeNull();

    // erasure: the candidate goes, the log keeps that it happened without details
    await eraseCandidate({ actor: admin, candidateId: waiting.id });
    expect(await t.prisma.expertCandidate.count({ where: { id: waiting.id } })).toBe(0);
    expect(await t.raw(`SELECT 1 FROM "AuditEvent" a WHERE a::text ILIKE '%wacht@voorbeeld.nl%'`, [])).toEqual([]);
    expect(await t.prisma.auditEvent.count({ where: { action: "privacy.eraseCandidate", entityId: waiting.id } })).toBe(1);
    await expect(eraseCandidate({ actor: admin, candidateId: waiting.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // a candidate who started a cohort goes with their account
    await move(admin, recent.id, 2, "stopUndo");
    await move(admin, recent.id, 3, "intake");
    await startCandidateInCohort({ actor: admin, input: { candidateId: recent.id, version: 4, cohortId: cohort.id } });
    const { userId } = await row(recent.id);
    await t.prisma.user.delete({ where: { id: userId! } });
    expect(await t.prisma.expertCandidate.count()).toBe(0);
  });
});
