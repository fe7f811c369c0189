// Dutch wording helpers of the report. Numbers and dates have their own homes (lib/format/number.ts,
// lib/dates.ts), shared with the screens.

/** "A", "A en B", "A, B en C" */
export function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}
