import { amsterdamInstant, isoDay } from "@/lib/dates";

// When the scan should be in: three working days before session 1 (weekends do not count), so the
// tandem has time to read the results and the expert to reflect. Pure and client-safe.

export const WORKING_DAYS_BEFORE_SESSION_1 = 3;
const DAY_MS = 86_400_000;

/** The Amsterdam calendar day `n` working days (Monday–Friday) before the day of `at`, as YYYY-MM-DD. */
export function workingDaysBefore(at: Date, n: number): string {
  // noon of the day, so a daylight-saving change can never move the count a day
  let day = new Date(`${isoDay(at)}T12:00:00Z`);
  let left = n;
  while (left > 0) {
    day = new Date(day.getTime() - DAY_MS);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return day.toISOString().slice(0, 10);
}

/** The end of the deadline day that session 1 implies (23:59 Amsterdam time). */
export const deadlineBeforeSession1 = (session1Start: Date): Date =>
  amsterdamInstant(workingDaysBefore(session1Start, WORKING_DAYS_BEFORE_SESSION_1), "23:59");

/**
 * The deadline the invitation form suggests (YYYY-MM-DD): the traject's own, else the one session 1
 * implies, else `days` from now; never a day that has already passed.
 */
export function defaultScanDeadline(scanDeadline: Date | null, days: number, now = new Date(), session1Start: Date | null = null): string {
  const fallback = new Date(now.getTime() + days * DAY_MS);
  const candidates = [scanDeadline, session1Start ? deadlineBeforeSession1(session1Start) : null];
  const upcoming = candidates.find((d): d is Date => d !== null && d.getTime() > now.getTime());
  return isoDay(upcoming ?? fallback);
}

export type ScanWarning = "session1BeforeDeadline" | "fewResponses";

/** What the trainer should know in time: session 1 is not after the deadline, or too few have answered three days before it. */
export function scanWarnings({
  scanDeadline,
  session1Start,
  submitted,
  now = new Date(),
}: {
  scanDeadline: Date | null;
  session1Start: Date | null;
  submitted: number;
  now?: Date;
}): ScanWarning[] {
  const warnings: ScanWarning[] = [];
  if (!session1Start || session1Start.getTime() < now.getTime()) return warnings;
  if (scanDeadline && scanDeadline.getTime() >= session1Start.getTime()) warnings.push("session1BeforeDeadline");
  if (submitted < 2 && session1Start.getTime() - now.getTime() <= 3 * DAY_MS) warnings.push("fewResponses");
  return warnings;
}
