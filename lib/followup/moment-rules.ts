// The follow-up moment's date rules, pure and client-safe. A moment is a calendar day in Amsterdam;
// it is stored as 09:00 that day, like the other days the app plans.
import { amsterdamInstant, isoDay, shiftIsoDay } from "@/lib/dates";

/** How long after closing the follow-up moment falls by default: "months later", the seeds say six. */
export const FOLLOW_UP_MONTHS = 6;
/** The trainer and the contact person hear of the moment this many days before. */
export const FOLLOW_UP_NOTICE_DAYS = 7;

/** "2026-08-31" + 6 months → "2027-02-28": the same day of the month, or the month's last day. */
export function addMonthsToIsoDay(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const targetMonth = month! - 1 + months;
  const lastDay = new Date(Date.UTC(year!, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year!, targetMonth, Math.min(day!, lastDay))).toISOString().slice(0, 10);
}

/** The stored instant of a follow-up day. */
export const followUpInstant = (isoDate: string): Date => amsterdamInstant(isoDate, "09:00");

/** Six months after the Amsterdam day of closing. */
export const defaultFollowUpAt = (closedAt: Date): Date => followUpInstant(addMonthsToIsoDay(isoDay(closedAt), FOLLOW_UP_MONTHS));

/** From the start of the Amsterdam day a week before the moment, the reminder is due. */
export const followUpNoticeFrom = (followUpAt: Date): Date => amsterdamInstant(shiftIsoDay(isoDay(followUpAt), -FOLLOW_UP_NOTICE_DAYS));
