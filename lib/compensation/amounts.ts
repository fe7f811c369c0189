// Money and time for compensation claims, as pure functions: cents and minutes are whole numbers in
// the database; people type hours and euros the Dutch way ("1,5", "12,50"). Client-safe (the claim
// form shows the same estimate the server computes).

export const MAX_HOURS_PER_PART = 24;

/** "1,5" / "1.5" / "2" → 90 / 90 / 120 minutes; null when it is not a number of hours. */
export function hoursToMinutes(value: string): number | null {
  const v = value.trim();
  if (v === "") return 0;
  if (!/^\d{1,2}([.,]\d{1,2})?$/.test(v)) return null;
  return Math.round(Number(v.replace(",", ".")) * 60);
}

/** "12,50" / "12.5" / "€ 7" → 1250 / 1250 / 700 cents; null when it is not an amount. */
export function euroToCents(value: string): number | null {
  const v = value.trim().replace(/^€\s*/, "");
  if (v === "") return 0;
  if (!/^\d{1,6}([.,]\d{1,2})?$/.test(v)) return null;
  const [whole, fraction = ""] = v.split(/[.,]/);
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** "23,4" → 234 tenths of a kilometre; null when it is not a distance. */
export function kmToTenths(value: string): number | null {
  const v = value.trim();
  if (v === "") return 0;
  if (!/^\d{1,4}([.,]\d)?$/.test(v)) return null;
  const [whole, fraction = "0"] = v.split(/[.,]/);
  return Number(whole) * 10 + Number(fraction);
}

export interface ClaimQuantities {
  preparationMinutes: number;
  sessionMinutes: number;
  travelMinutes: number;
  travelMode: "NONE" | "CAR" | "PUBLIC_TRANSPORT";
  distanceTenthKm: number;
  transitCents: number;
}

export interface Rates {
  hourlyCents: number;
  perKmCents: number;
}

export const totalMinutes = (q: Pick<ClaimQuantities, "preparationMinutes" | "sessionMinutes" | "travelMinutes">) =>
  q.preparationMinutes + q.sessionMinutes + q.travelMinutes;

/** Hours at the hourly rate, kilometres by car at the kilometre rate, public transport at cost; rounded to the cent once. */
export function claimAmountCents(q: ClaimQuantities, rates: Rates): number {
  const time = (totalMinutes(q) * rates.hourlyCents) / 60;
  const car = q.travelMode === "CAR" ? (q.distanceTenthKm * rates.perKmCents) / 10 : 0;
  const transit = q.travelMode === "PUBLIC_TRANSPORT" ? q.transitCents : 0;
  return Math.round(time + car) + transit;
}

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const decimal2 = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
const decimalUpTo2 = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2, useGrouping: false });

/** 1250 → "€ 12,50" (for people). */
export const formatEuro = (cents: number) => euro.format(cents / 100);
/** 1250 → "12,50" (for a form field or a spreadsheet cell). */
export const centsToDecimal = (cents: number) => decimal2.format(cents / 100);
/** 90 → "1,5". */
export const minutesToHours = (minutes: number) => decimalUpTo2.format(minutes / 60);
/** 234 → "23,4". */
export const tenthsToKm = (tenths: number) => decimalUpTo2.format(tenths / 10);
