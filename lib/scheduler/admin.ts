import "server-only";
import { db, withAdvisoryLock } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { JOBS, jobNamed } from "./jobs";
import { isUnfinished, runDueJobs } from "./run";

// The admin's view of the recurring jobs (/beheer/planner): each job's last run and outcome, a run
// now, the mails that could not be delivered with a retry, and a test mail for the SMTP settings.

export async function listJobsForAdmin(actor: Actor) {
  assertCapability(actor, "scheduler:manage");
  const rows = new Map((await db().schedulerJob.findMany()).map((r) => [r.name, r]));
  const jobs = [];
  for (const j of JOBS) {
    const last = rows.get(j.name) ?? null;
    jobs.push({ name: j.name, label: j.label, everyMinutes: j.everyMinutes, last, state: await stateOf(j.lockKey, last) });
  }
  const counts = await db().outboxMail.groupBy({ by: ["status"], _count: { _all: true } });
  const mailCount = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  return {
    inAppScheduler: env().IN_APP_SCHEDULER !== "0",
    smtpConfigured: !!env().SMTP_URL,
    jobs,
    mail: { pending: mailCount("PENDING"), sending: mailCount("SENDING"), failed: mailCount("FAILED") },
  };
}

/**
 * "running" while some instance holds the job's lock; "aborted" when its last run started, never
 * finished and nobody runs it (the process died: the next tick takes it over); else "idle".
 */
async function stateOf(lockKey: number, last: Parameters<typeof isUnfinished>[0]): Promise<"idle" | "running" | "aborted"> {
  if (!isUnfinished(last)) return "idle";
  return (await withAdvisoryLock(lockKey, async () => true)) ? "aborted" : "running";
}

export async function runJobNow({ actor, name }: { actor: Actor; name: string }) {
  assertCapability(actor, "scheduler:manage");
  if (!jobNamed(name)) throw notFound("Deze taak");
  const [result] = await runDueJobs({ force: name });
  if (!result?.ran) throw new AppError("CONFLICT", "Deze taak loopt op dit moment al. Kijk zo meteen opnieuw.");
  await recordAudit({ actor, action: "scheduler.runNow", entityType: "SchedulerJob", entityId: name, data: { outcome: result.outcome } });
  return result;
}

export async function listFailedMails(actor: Actor) {
  assertCapability(actor, "scheduler:manage");
  return db().outboxMail.findMany({
    where: { status: "FAILED" },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, to: true, subject: true, attempts: true, lastError: true, createdAt: true },
  });
}

/** A failed mail goes back into the queue with fresh attempts; the mail job (or this call) sends it. */
export async function retryFailedMail({ actor, mailId }: { actor: Actor; mailId: string }) {
  assertCapability(actor, "scheduler:manage");
  const updated = await db().outboxMail.updateMany({
    where: { id: mailId, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, lastError: null, claimedAt: null },
  });
  if (updated.count === 0) throw notFound("Deze mislukte e-mail");
  await recordAudit({ actor, action: "mail.retry", entityType: "OutboxMail", entityId: mailId });
  await deliverPendingMail({ limit: 50 });
  const mail = await db().outboxMail.findUniqueOrThrow({ where: { id: mailId }, select: { status: true, lastError: true } });
  return mail;
}

/** "Testmail sturen": a short mail to the admin's own address, delivered at once when SMTP is set. */
export async function sendTestMail({ actor }: { actor: Actor }): Promise<{ message: string }> {
  assertCapability(actor, "scheduler:manage");
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
  const mail = await enqueueMail({
    kind: "test",
    to: user.email,
    subject: "Testmail van Weerbare Werkgever",
    text: "Deze e-mail is verstuurd om de instellingen voor uitgaande e-mail te controleren. U hoeft er niets mee te doen.",
  });
  await recordAudit({ actor, action: "mail.test", entityType: "OutboxMail", entityId: mail.id });
  if (!env().SMTP_URL)
    return {
      message:
        "Er is geen mailserver ingesteld: e-mail wordt niet verstuurd maar blijft in Uitgaande e-mail. De testmail staat daar. Vraag de technisch beheerder om een mailserver in te stellen.",
    };
  await deliverPendingMail({ limit: 50 });
  const after = await db().outboxMail.findUniqueOrThrow({ where: { id: mail.id }, select: { status: true, lastError: true } });
  return after.status === "SENT"
    ? { message: `De testmail is verstuurd naar ${user.email}. Komt hij aan, dan werkt uitgaande e-mail.` }
    : {
        message: `Versturen lukte (nog) niet. Melding van de mailserver: ${after.lastError ?? "geen"}. Vraag de technisch beheerder de instellingen van de mailserver na te kijken.`,
      };
}
