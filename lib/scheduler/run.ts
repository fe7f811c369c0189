import "server-only";
import { db, withAdvisoryLock } from "@/lib/db";
import { JOBS, type Job } from "./jobs";

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
