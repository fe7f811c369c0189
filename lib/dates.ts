// The one home of dates: users live in Dutch wall-clock time, the database stores instants. Typed dates
// become the right instant (summer time included), and instants read as Dutch calendar days and times
// in Europe/Amsterdam, whatever the server's own time zone. Intl-based, pure and client-safe.
const TIME_ZONE = "Europe/Amsterdam";

// One formatter, made once (toLocaleString builds a new one on every call)
const WALL_CLOCK = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
});

function amsterdamOffsetMinutes(instant: Date): number {
  const parts = WALL_CLOCK.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return Math.round((local - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * "2026-07-01" + "13:30" in Amsterdam → the instant (13:30 CEST = 11:30 UTC).
 * The offset belongs to the instant we look for, not to the wall-clock time read as UTC (which is hours
 * away and on a DST Sunday lies on the other side of the change). So: take the offsets in force half a
 * day before and after, and keep the one whose instant really has that offset. On the autumn night
 * 02:00–02:59 happens twice: both fit and the first (summer time, the earlier instant) counts, as a
 * person planning "02:30" means the first time the clock shows it. On the spring night 02:00–02:59 does
 * not exist: neither fits and the offset from before the change is used, so 02:30 becomes 03:30 summer
 * time, the moment an hour on (as RFC 5545 3.3.5 and Temporal's "compatible" read it).
 */
export function amsterdamInstant(isoDate: string, time = "00:00"): Date {
  const wallClock = new Date(`${isoDate}T${time}:00Z`).getTime();
  const before = amsterdamOffsetMinutes(new Date(wallClock - 12 * 3600_000));
  const after = amsterdamOffsetMinutes(new Date(wallClock + 12 * 3600_000));
  const fits = (offset: number) => amsterdamOffsetMinutes(new Date(wallClock - offset * 60_000)) === offset;
  const candidates = [before, after].filter(fits);
  // the larger offset is the earlier instant
  const offset = candidates.length > 0 ? Math.max(...candidates) : before;
  return new Date(wallClock - offset * 60_000);
}

const DATE = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const DAY_MONTH = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", timeZone: TIME_ZONE });
const DATE_TIME = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TIME_ZONE,
});
const TIME = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });
// en-CA writes dates as YYYY-MM-DD, the value format of <input type="date">.
const ISO_DAY = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TIME_ZONE });
const YEAR = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: TIME_ZONE });
const MONTH_YEAR = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: TIME_ZONE });

const WEEKDAY_HOUR = new Intl.DateTimeFormat("en-GB", { weekday: "short", hour: "numeric", hour12: false, timeZone: TIME_ZONE });

/** The Amsterdam weekday ("Mon" … "Sun") and hour (0–23) of an instant: for availability slots. */
export function amsterdamWeekdayAndHour(at: Date): { weekday: string; hour: number } {
  const parts = WEEKDAY_HOUR.formatToParts(at);
  return {
    weekday: parts.find((p) => p.type === "weekday")?.value ?? "",
    hour: Number(parts.find((p) => p.type === "hour")?.value ?? 0) % 24,
  };
}

/** Shown where a date is missing. */
export const NO_DATE = "—";

/** "22 november 2026"; "—" without a date. */
export const formatDate = (d: Date | null | undefined): string => (d ? DATE.format(d) : NO_DATE);

/** "22 november 2026 om 13:30"; "—" without a date. */
export const formatDateTime = (d: Date | null | undefined): string => (d ? DATE_TIME.format(d) : NO_DATE);

/** "november 2026"; "—" without a date. */
export const formatMonthYear = (d: Date | null | undefined): string => (d ? MONTH_YEAR.format(d) : NO_DATE);

/** "13:30", the value format of <input type="time">; "" without a date. */
export const formatTime = (d: Date | null | undefined): string => (d ? TIME.format(d) : "");

/** The Amsterdam calendar day as "2026-07-01" (the value of <input type="date">); "" without a date. */
export const isoDay = (d: Date | null | undefined): string => (d ? ISO_DAY.format(d) : "");

/** "2027-03-31" and -7 → "2027-03-24": calendar-day arithmetic on the day itself (no clock, no time zone). */
export function shiftIsoDay(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** "2027-02-01" → "01-02-2027": a calendar day as Dutch forms and spreadsheets write it. */
export const dutchDay = (isoDate: string): string => isoDate.split("-").reverse().join("-");

/** "1 juli tot en met 30 september 2026"; the year is written once when both days share it. */
export function formatPeriod(start: Date | null, end: Date | null): string | null {
  if (start && end) {
    const left = YEAR.format(start) === YEAR.format(end) ? DAY_MONTH.format(start) : formatDate(start);
    return `${left} tot en met ${formatDate(end)}`;
  }
  if (start) return `vanaf ${formatDate(start)}`;
  if (end) return `tot en met ${formatDate(end)}`;
  return null;
}

// The date-string rule, in one place: every date field of every form is "YYYY-MM-DD" (the value of
// <input type="date">), a day that exists (no 30 February, no month 13: JavaScript would roll those
// over into March or the next year) and a year from 2000 to 2100, the range in which a traject, a
// deadline or a next step can sensibly fall. Messages live with the schemas (lib/zod.ts).
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{2}):(\d{2})$/;

export type IsoDateProblem = "format" | "impossible" | "range";

/** What is wrong with a typed date, or null when it is a real day within MIN_YEAR..MAX_YEAR. */
export function isoDateProblem(value: string): IsoDateProblem | null {
  const m = ISO_DATE.exec(value);
  if (!m) return "format";
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return "range";
  // Date.UTC(year, month, 0) is the last day of `month` (months counted from 1 here).
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return "impossible";
  return null;
}

export type IsoTimeProblem = "format" | "impossible";

/** What is wrong with a typed time "HH:MM" (the value of <input type="time">), or null for 00:00..23:59. */
export function isoTimeProblem(value: string): IsoTimeProblem | null {
  const m = ISO_TIME.exec(value);
  if (!m) return "format";
  return Number(m[1]) > 23 || Number(m[2]) > 59 ? "impossible" : null;
}
