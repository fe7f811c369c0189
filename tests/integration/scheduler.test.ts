import { describe, expect, it } from "vitest";
import { withAdvisoryLock } from "@/lib/db";
import { listFailedMails, listJobsForAdmin, retryFailedMail, runJobNow, sendTestMail } from "@/lib/scheduler/admin";
import { JOBS } from "@/lib/scheduler/jobs";
import { runDueJobs } from "@/lib/scheduler/run";
import { makeOutsiders, makeTraject } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();
const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

describe(`the app's own scheduler (${engine})`, () => {
  it("runs each due job once, records the outcome, and waits for the next interval", async () => {
    let clock = new Date("2026-12-01T08:00:00Z");
    const now = () => clock;
    const first = await runDueJobs({ now });
    expect(first.map((r) => [r.job, r.ran, r.outcome])).toEqual(JOBS.map((j) => [j.name, true, "ok"]));
    expect(await t.prisma.schedulerJob.findUniqueOrThrow({ where: { name: "reminders" } })).toMatchObject({
      lastOutcome: "ok",
      lastMessage: "Herinneringen klaargezet: 0.",
      runCount: 1,
    });
    clock = new Date(clock.getTime() + 6 * 60_000); // six minutes later: only the mail job is due again
    expect((await runDueJobs({ now })).filter((r) => r.ran).map((r) => r.job)).toEqual(["mail"]);
    clock = new Date(clock.getTime() + 24 * 3600_000);
    // a day later every job is due again (none runs less often than daily)
    expect((await runDueJobs({ now })).filter((r) => r.ran).map((r) => r.job)).toEqual(JOBS.map((j) => j.name));
  });

  it("of two instances ticking at the same moment, exactly one runs a job", async () => {
    const ticks = await Promise.all([runDueJobs(), runDueJobs(), runDueJobs()]);
    for (const job of JOBS) expect(ticks.filter((tick) => tick.find((r) => r.job === job.name)?.ran)).toHaveLength(1);
    expect((await t.prisma.schedulerJob.findMany()).map((r) => r.runCount)).toEqual(JOBS.map(() => 1));
  });

  it("the lock is held for the whole run, and released after a failure", async () => {
    let release!: () => void;
    let held!: () => void;
    const acquired = new Promise<void>((r) => (held = r));
    // the callback runs once the lock is held: waiting for it, not for a guessed 50 ms, removes the race
    const running = withAdvisoryLock(4242, () => {
      held();
      return new Promise<string>((r) => (release = () => r("klaar")));
    });
    await acquired;
    expect(await withAdvisoryLock(4242, async () => "tweede")).toBeNull();
    release();
    expect(await running).toBe("klaar");
    await expect(withAdvisoryLock(4242, async () => Promise.reject(new Error("stuk")))).rejects.toThrow("stuk");
    expect(await withAdvisoryLock(4242, async () => "weer vrij")).toBe("weer vrij");
  });

  it("the admin sees the jobs, runs one now, retries a failed mail and sends a test mail; a trainer cannot", async () => {
    const f = await makeTraject(t.prisma);
    const { admin } = await makeOutsiders(t.prisma);
    await expect(listJobsForAdmin(f.trainer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(runJobNow({ actor: admin, name: "bestaat-niet" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await runJobNow({ actor: admin, name: "retention" })).toMatchObject({ ran: true, outcome: "ok" });
    const { jobs } = await listJobsForAdmin(admin);
    expect(jobs.find((j) => j.name === "retention")?.last?.runCount).toBe(1);

    const failed = await t.prisma.outboxMail.create({
      data: {
        kind: "account",
        to: "x@voorbeeld.nl",
        subject: "Welkom",
        text: "…",
        status: "FAILED",
        attempts: 5,
        lastError: "550 onbekend",
      },
    });
    expect((await listFailedMails(admin)).map((m) => m.id)).toEqual([failed.id]);
    await retryFailedMail({ actor: admin, mailId: failed.id });
    // without SMTP nothing is sent: it waits in the queue again with fresh attempts
    expect(await t.prisma.outboxMail.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
    await expect(retryFailedMail({ actor: admin, mailId: failed.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect((await sendTestMail({ actor: admin })).message).toContain("Er is geen mailserver ingesteld");
    expect(await t.prisma.outboxMail.count({ where: { kind: "test" } })).toBe(1);
  });

  // Issue 20, item 8: a run cut off by a crash used to wait a whole interval (an hour, a day) and
  // looked finished on the planner.
  it("a run that started and never finished is shown as cut off and taken over on the next tick", async () => {
    const { admin } = await makeOutsiders(t.prisma);
    const clock = new Date("2026-12-01T08:00:00Z");
    const startedAt = new Date(clock.getTime() - 2 * 60_000);
    await t.prisma.schedulerJob.create({
      data: { name: "retention", lastStartedAt: startedAt, lastFinishedAt: new Date(startedAt.getTime() - 24 * 3600_000), runCount: 3 },
    });
    expect((await listJobsForAdmin(admin)).jobs.find((j) => j.name === "retention")?.state).toBe("aborted");
    const ticked = await runDueJobs({ now: () => clock });
    expect(ticked.find((r) => r.job === "retention")).toMatchObject({ ran: true, outcome: "ok" });
    const row = await t.prisma.schedulerJob.findUniqueOrThrow({ where: { name: "retention" } });
    expect(row).toMatchObject({ lastAbortedAt: startedAt, runCount: 4 });
    const after = (await listJobsForAdmin(admin)).jobs.find((j) => j.name === "retention");
    expect(after?.state).toBe("idle");
    // while a run holds the lock it is running, not cut off
    await t.prisma.schedulerJob.update({ where: { name: "retention" }, data: { lastStartedAt: new Date(), lastFinishedAt: null } });
    const retention = JOBS.find((j) => j.name === "retention")!;
    let release!: () => void;
    let held!: () => void;
    const acquired = new Promise<void>((r) => (held = r));
    const holding = withAdvisoryLock(retention.lockKey, () => {
      held();
      return new Promise<void>((r) => (release = r));
    });
    await acquired;
    expect((await listJobsForAdmin(admin)).jobs.find((j) => j.name === "retention")?.state).toBe("running");
    release();
    await holding;
  });
});
