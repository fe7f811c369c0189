// Dates the users type are Dutch wall-clock times; store the right instant, summer time included.
function amsterdamOffsetMinutes(instant: Date): number {
  const local = new Date(instant.toLocaleString("en-US", { timeZone: "Europe/Amsterdam" }));
  const utc = new Date(instant.toLocaleString("en-US", { timeZone: "UTC" }));
  return (local.getTime() - utc.getTime()) / 60_000;
}

/** "2026-07-01" + "13:30" in Amsterdam → the instant (13:30 CEST = 11:30 UTC). */
export function amsterdamInstant(isoDate: string, time = "00:00"): Date {
  const asUtc = new Date(`${isoDate}T${time}:00Z`);
  return new Date(asUtc.getTime() - amsterdamOffsetMinutes(asUtc) * 60_000);
}
