import { isoDay, shiftIsoDay } from "@/lib/dates";
import { isOpenStepStatus } from "./labels";

// When an item's due date counts, in Europe/Amsterdam calendar days. Pure and client-safe.
//
// An item (a next step's dueDate, an afspraak's startDate) is due on the Amsterdam day D it names (it
// is stored as D 12:00 Amsterdam; only the day counts). Comparing Amsterdam days, never hours, keeps
// the rule the same in summer and winter time and whatever the server's own time zone:
//   - the reminder to the contact person is due from the start of D-7 (00:00 Amsterdam) up to and
//     including D, once;
//   - the item is overdue ("Streefdatum voorbij") from the start of D+1 (00:00 Amsterdam) while it is
//     OPEN or BEZIG; the trainer is told once, from D+1 up to and including D+OVERDUE_NOTICE_DAYS (an
//     item that was long overdue before this job existed is not mailed about: a first run sends no flood);
//   - a marker from before the current window (the due date moved later since) counts as not sent.

export const REMINDER_DAYS_BEFORE = 7;
export const OVERDUE_NOTICE_DAYS = 14;

interface DueItem {
  dueDate: Date | null;
  status: string;
}

/** Whether an open item's Amsterdam due day has passed ("today" is the day after it or later). */
export function isPastDue(item: DueItem, now: Date): boolean {
  return item.dueDate !== null && isOpenStepStatus(item.status) && isoDay(now) > isoDay(item.dueDate);
}

/** Whether the contact person's reminder is due now (and not already sent for this due date). */
export function isReminderDue(item: DueItem & { dueReminderSentAt: Date | null }, now: Date): boolean {
  if (!item.dueDate || !isOpenStepStatus(item.status)) return false;
  const due = isoDay(item.dueDate);
  const from = shiftIsoDay(due, -REMINDER_DAYS_BEFORE);
  const today = isoDay(now);
  return today >= from && today <= due && !sentSince(item.dueReminderSentAt, from);
}

/** Whether the trainer's notice of an overdue item is due now (and not already sent for this due date). */
export function isOverdueNoticeDue(item: DueItem & { overdueNoticeSentAt: Date | null }, now: Date): boolean {
  if (!item.dueDate || !isOpenStepStatus(item.status)) return false;
  const due = isoDay(item.dueDate);
  const from = shiftIsoDay(due, 1);
  const today = isoDay(now);
  return today >= from && today <= shiftIsoDay(due, OVERDUE_NOTICE_DAYS) && !sentSince(item.overdueNoticeSentAt, from);
}

const sentSince = (sentAt: Date | null, fromDay: string) => sentAt !== null && isoDay(sentAt) >= fromDay;
