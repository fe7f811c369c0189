// Dutch formatting for the report: comma decimals, percentages and long dates ("22 november 2026").
// Rounding is the scan's own (SCORING.md: decimal, half away from zero), so a mean of 2.65 shows as
// "2,7" and never as "2,6", and the report never disagrees with the screens.

import { round } from "@/lib/scan/scoring/rounding";

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** U+2212 is read as "min" by screen readers, a hyphen often is not. */
const MINUS = "\u2212";

export function formatDecimal(x: number | null, digits = 1, empty = "–"): string {
  if (x === null || !Number.isFinite(x)) return empty;
  const r = round(x, digits);
  const s = Math.abs(r).toFixed(digits).replace(".", ",");
  return r < 0 ? MINUS + s : s;
}

export function formatPercent(share: number | null, empty = "–"): string {
  if (share === null || !Number.isFinite(share)) return empty;
  return `${round(share * 100, 0)}%`;
}

// Dates are stored as instants; employers read them as Dutch calendar days, so resolve in Amsterdam time.
const DAY_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

function dayParts(date: Date): { day: number; month: number; year: number } {
  const parts = Object.fromEntries(DAY_PARTS.formatToParts(date).map((p) => [p.type, p.value]));
  return { day: Number(parts.day), month: Number(parts.month), year: Number(parts.year) };
}

export function formatDate(date: Date): string {
  const { day, month, year } = dayParts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function formatPeriod(start: Date | null, end: Date | null): string | null {
  if (start && end) {
    const a = dayParts(start);
    const b = dayParts(end);
    const left = a.year === b.year ? `${a.day} ${MONTHS[a.month - 1]}` : formatDate(start);
    return `${left} tot en met ${formatDate(end)}`;
  }
  if (start) return `vanaf ${formatDate(start)}`;
  if (end) return `tot en met ${formatDate(end)}`;
  return null;
}

/** "A", "A en B", "A, B en C" */
export function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}
