import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { SystemActor } from "@/lib/auth/roles";
import { formatDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { followUpDueMail, followUpOverdueMail, type FollowUpMailItem } from "@/lib/mail/templates";
import { OVERDUE_NOTICE_DAYS, REMINDER_DAYS_BEFORE, isOverdueNoticeDue, isReminderDue } from "./due";
import { OPEN_STEP_STATUSES } from "./labels";

// The follow-up's reminders (run by the scheduler, lib/scheduler/jobs.ts; no person asked for them):
// a week before an open item's due day its traject's contact person is mailed once, and once the day
// has passed with the item still open its trainer is, once. The exact day rule is in ./due.ts. One
// mail per traject and recipient per run lists every item due; each item keeps its own marker
// (dueReminderSentAt, overdueNoticeSentAt). Stopped trajects are skipped. Like the debrief reminders,
// not audited: the outbox is the record of what was sent.

const DAY_MS = 86_400_000;

/** What a reminder about a traject needs: whom to mail, and the employer to name. */
export const REMINDER_TRAJECT = {
  select: {
    id: true,
    employer: { select: { name: true } },
    trainer: { select: { name: true, email: true } },
    contactKeyPerson: { select: { name: true, email: true } },
  },
} as const;

type Candidate = {
  kind: "step" | "clause";
  id: string;
  text: string;
  owner: string | null;
  dueDate: Date | null;
  status: string;
  dueReminderSentAt: Date | null;
  overdueNoticeSentAt: Date | null;
  traject: {
    id: string;
    employer: { name: string };
    trainer: { name: string; email: string };
    contactKeyPerson: { name: string; email: string } | null;
  };
};

/** Open items whose due day is near enough to need a mail now; the day rule itself decides per item. */
async function candidates(now: Date): Promise<Candidate[]> {
  // generous instant bounds around the Amsterdam days (a day is at most 25 hours)
  const due = {
    gte: new Date(now.getTime() - (OVERDUE_NOTICE_DAYS + 2) * DAY_MS),
    lte: new Date(now.getTime() + (REMINDER_DAYS_BEFORE + 2) * DAY_MS),
  };
  const open = { in: [...OPEN_STEP_STATUSES] };
  const liveTraject = { status: { not: "CANCELLED" as const } };
  const [steps, clauses] = await Promise.all([
    db().nextStep.findMany({
      where: { dueDate: due, status: open, traject: liveTraject },
      select: {
        id: true,
        text: true,
        owner: true,
        dueDate: true,
        status: true,
        dueReminderSentAt: true,
        overdueNoticeSentAt: true,
        traject: REMINDER_TRAJECT,
      },
    }),
    db().gedragscodeClause.findMany({
      where: {
        owner: { not: null },
        startDate: due,
        gedragscode: { traject: liveTraject },
        OR: [{ followUp: null }, { followUp: { status: open } }],
      },
      select: {
        id: true,
        title: true,
        owner: true,
        startDate: true,
        followUp: { select: { status: true, dueReminderSentAt: true, overdueNoticeSentAt: true } },
        gedragscode: { select: { traject: REMINDER_TRAJECT } },
      },
    }),
  ]);
  return [
    ...steps.map((s) => ({ kind: "step" as const, ...s })),
    ...clauses.map((c) => ({
      kind: "clause" as const,
      id: c.id,
      text: c.title,
      owner: c.owner,
      dueDate: c.startDate,
      status: c.followUp?.status ?? "OPEN",
      dueReminderSentAt: c.followUp?.dueReminderSentAt ?? null,
      overdueNoticeSentAt: c.followUp?.overdueNoticeSentAt ?? null,
      traject: c.gedragscode.traject,
    })),
  ];
}

type Marker = "dueReminderSentAt" | "overdueNoticeSentAt";

/** Groups items by traject, in the order they were found. */
function byTraject(items: Candidate[]) {
  const groups = new Map<string, Candidate[]>();
  for (const item of items) groups.set(item.traject.id, [...(groups.get(item.traject.id) ?? []), item]);
  return [...groups.values()];
}

const mailItem = (c: Candidate): FollowUpMailItem => ({ text: c.text, owner: c.owner, due: formatDate(c.dueDate) });

/**
 * Claims one item's marker: set only while it still holds the value it was read with, so of two runs
 * at once (the in-app job and `npm run reminders`) exactly one mails about it.
 */
async function claim(tx: Prisma.TransactionClient, item: Candidate, marker: Marker, now: Date): Promise<boolean> {
  const was = item[marker];
  if (item.kind === "step")
    return (await tx.nextStep.updateMany({ where: { id: item.id, [marker]: was }, data: { [marker]: now } })).count > 0;
  // an afspraak whose status nobody set has no row yet: made first (or found, when another run just made it)
  await tx.clauseFollowUp.createMany({ data: [{ clauseId: item.id }], skipDuplicates: true });
  return (await tx.clauseFollowUp.updateMany({ where: { clauseId: item.id, [marker]: was }, data: { [marker]: now } })).count > 0;
}

/** One mail to one recipient about a traject's items it could claim, in one transaction; false when none was left. */
async function send(items: Candidate[], marker: Marker, to: { name: string; email: string }, now: Date): Promise<boolean> {
  const traject = items[0]!.traject;
  const url = `${env().APP_URL}/trajecten/${traject.id}/opvolging`;
  return db().$transaction(async (tx) => {
    const claimed: Candidate[] = [];
    for (const item of items) if (await claim(tx, item, marker, now)) claimed.push(item);
    if (claimed.length === 0) return false;
    const byDay = claimed.sort((a, b) => a.dueDate!.getTime() - b.dueDate!.getTime());
    const d = { name: to.name, employerName: traject.employer.name, items: byDay.map(mailItem), url };
    const mail = marker === "dueReminderSentAt" ? followUpDueMail(d) : followUpOverdueMail(d);
    await enqueueMail({ trajectId: traject.id, kind: "reminder", to: to.email, ...mail }, tx);
    return true;
  });
}

/** Sends what is due now; returns how many mails were queued. */
export async function sendFollowUpReminders({ now = new Date() }: { actor: SystemActor; now?: Date }) {
  const all = await candidates(now);
  let sent = 0;
  for (const items of byTraject(all.filter((c) => isReminderDue(c, now)))) {
    const contact = items[0]!.traject.contactKeyPerson;
    // no contact person yet: nothing is marked, so one named later this week is still reminded
    if (!contact) continue;
    if (await send(items, "dueReminderSentAt", contact, now)) sent++;
  }
  for (const items of byTraject(all.filter((c) => isOverdueNoticeDue(c, now)))) {
    if (await send(items, "overdueNoticeSentAt", items[0]!.traject.trainer, now)) sent++;
  }
  if (sent) kickDelivery();
  return { sent };
}
