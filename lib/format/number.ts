// Dutch number formatting for the screens and the report alike: comma decimals and percentages.
// Rounding is the scan's own (decimal, half away from zero), so a mean of 2.65 shows as "2,7" and
// never as "2,6", and the report never disagrees with the screens. Pure and client-safe.
import { round } from "./rounding";

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
