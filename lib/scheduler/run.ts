import "server-only";
import { db, withAdvisoryLock } from "@/lib/db";
import { JOBS, type Job, type JobScript } from "./jobs";

// One tick of the scheduler: every job that is due runs, each under its own advisory lock, so of
// several instances ticking at once exactly one runs it; the others skip. Whether it is due is
// checked again inside the lock (another instance may just have finished it). The outcome, good or
// bad, is stored for the admin's page; a failure is logged and waits for the next tick.
// A run that started and never finished while nobody holds its lock died with its process: the job is
// due at once, so the next tick of any instance (within a minute) takes it over, and the takeover is
// recorded (lastAbortedAt) for the planner page.

export type JobOutcome = { job: string; ran: boolean; outcome?: "ok" | "failed"; message?: string };

export async function runDueJobs({ now = () => new Date(), force }: { now?: () => Date; force?: string } = {}): Promise<JobOutcome[]> {
  const results: JobOutcome[] = [];
  for (const job of JOBS) {
    if (force && job.name !== force) continue;
    results.push((await withAdvisoryLock(job.lockKey, () => runIfDue(job, now, force === job.name))) ?? { job: job.name, ran: false });
  }
  return results;
}

/**
 * What `npm run reminders` and `npm run retention` run from cron: the jobs of that script from the one
 * list above, each under its lock and recorded for the planner like the in-app scheduler's runs, due
 * or not (cron decides when). A job another instance is running right now is skipped.
 */
export async function runJobsOfScript(script: JobScript, { now = () => new Date() }: { now?: () => Date } = {}): Promise<JobOutcome[]> {
  const results: JobOutcome[] = [];
  for (const job of JOBS.filter((j) => j.script === script))
    results.push((await withAdvisoryLock(job.lockKey, () => runIfDue(job, now, true))) ?? { job: job.name, ran: false });
  return results;
}

/** One Dutch line for the script's output: each job's own summary. */
export const scriptSummary = (outcomes: JobOutcome[]): string =>
  outcomes.map((o) => (o.ran ? o.message : `${jobLabel(o.job)}: liep al op een andere plek; overgeslagen.`)).join(" ");

/** A cron script's run: its summary, or an error carrying it when a job failed (the script exits non-zero). */
export async function runScriptJobs(script: JobScript): Promise<string> {
  const outcomes = await runJobsOfScript(script);
  const message = scriptSummary(outcomes);
  if (outcomes.some((o) => o.outcome === "failed")) throw new Error(message);
  return message;
}

const jobLabel = (name: string) => JOBS.find((j) => j.name === name)?.label ?? name;

async function runIfDue(job: Job, now: () => Date, forced: boolean): Promise<JobOutcome> {
  const row = await db().schedulerJob.findUnique({ where: { name: job.name } });
  // we hold the lock, so a started run without a finish is not running anywhere: it was cut off
  const aborted = isUnfinished(row);
  const due = !row?.lastStartedAt || aborted || now().getTime() - row.lastStartedAt.getTime() >= job.everyMinutes * 60_000;
  if (!due && !forced) return { job: job.name, ran: false };
  const startedAt = now();
  await db().schedulerJob.upsert({
    where: { name: job.name },
    create: { name: job.name, lastStartedAt: startedAt },
    update: { lastStartedAt: startedAt, ...(aborted ? { lastAbortedAt: row!.lastStartedAt } : {}) },
  });
  let outcome: "ok" | "failed" = "ok";
  let message: string;
  try {
    message = await job.run();
  } catch (e) {
    outcome = "failed";
    message = `Mislukt: ${String((e as Error)?.message ?? e).slice(0, 300)}`;
    console.error(`[scheduler] ${job.name} failed`, e);
  }
  await db().schedulerJob.update({
    where: { name: job.name },
    data: { lastFinishedAt: now(), lastOutcome: outcome, lastMessage: message, runCount: { increment: 1 } },
  });
  return { job: job.name, ran: true, outcome, message };
}

/** Started and not finished since: running (its lock is held) or cut off (its lock is free). */
export const isUnfinished = (row: { lastStartedAt: Date | null; lastFinishedAt: Date | null } | null): boolean =>
  !!row?.lastStartedAt && (!row.lastFinishedAt || row.lastFinishedAt < row.lastStartedAt);
