import "server-only";
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

/** One mail to one recipient about a traject's items, and their markers, in one transaction. */
async function send(items: Candidate[], marker: Marker, to: { name: string; email: string }, now: Date) {
  const traject = items[0]!.traject;
  const url = `${env().APP_URL}/trajecten/${traject.id}/opvolging`;
  const byDay = [...items].sort((a, b) => a.dueDate!.getTime() - b.dueDate!.getTime());
  const d = { name: to.name, employerName: traject.employer.name, items: byDay.map(mailItem), url };
  const mail = marker === "dueReminderSentAt" ? followUpDueMail(d) : followUpOverdueMail(d);
  await db().$transaction(async (tx) => {
    const stepIds = items.filter((i) => i.kind === "step").map((i) => i.id);
    const clauseIds = items.filter((i) => i.kind === "clause").map((i) => i.id);
    if (stepIds.length) await tx.nextStep.updateMany({ where: { id: { in: stepIds } }, data: { [marker]: now } });
    for (const clauseId of clauseIds)
      await tx.clauseFollowUp.upsert({ where: { clauseId }, create: { clauseId, [marker]: now }, update: { [marker]: now } });
    await enqueueMail({ trajectId: traject.id, kind: "reminder", to: to.email, ...mail }, tx);
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
    await send(items, "dueReminderSentAt", contact, now);
    sent++;
  }
  for (const items of byTraject(all.filter((c) => isOverdueNoticeDue(c, now)))) {
    await send(items, "overdueNoticeSentAt", items[0]!.traject.trainer, now);
    sent++;
  }
  if (sent) kickDelivery();
  return { sent };
}
