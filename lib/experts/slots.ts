// Availability as the expert gives it: weekdays and parts of the day. Pure and client-safe.
export const WEEKDAYS = [
  ["ma", "maandag"],
  ["di", "dinsdag"],
  ["wo", "woensdag"],
  ["do", "donderdag"],
  ["vr", "vrijdag"],
] as const;
export const DAY_PARTS = [
  ["ochtend", "ochtend"],
  ["middag", "middag"],
  ["avond", "avond"],
] as const;
export const SLOTS: readonly string[] = WEEKDAYS.flatMap(([d]) => DAY_PARTS.map(([p]) => `${d}-${p}`));

/** "dinsdagochtend, donderdagmiddag" */
export function slotsLabel(slots: readonly string[]): string {
  return SLOTS.filter((s) => slots.includes(s))
    .map((s) => {
      const [d, p] = s.split("-");
      return `${WEEKDAYS.find(([k]) => k === d)![1]}${p}`;
    })
    .join(", ");
}
