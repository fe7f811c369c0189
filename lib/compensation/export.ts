import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Actor } from "@/lib/auth/roles";
import { dutchDay } from "@/lib/dates";
import { centsToDecimal, minutesToHours, tenthsToKm } from "./amounts";
import { compensationExportRows, EXPORT_COLUMNS, exportBaseName } from "./export-rows";
import type { PeriodInput } from "./schema";

// The approved and paid claims of a period for the finance department, as a CSV that Dutch Excel opens
// as it is: semicolons between cells, decimal commas, dates as dd-mm-jjjj, UTF-8 with a byte-order
// mark (without it Excel reads UTF-8 as Windows-1252), CRLF line ends. With English list settings it
// splits at every decimal comma: the spreadsheet (./export-xlsx.ts) is the default download, this one
// the second. A text cell that starts with = + - @ (or a tab or carriage return) would be a formula to
// Excel: it gets a leading apostrophe, here and in the spreadsheet.

const FORMULA_START = /^[=+\-@\t\r]/;
/** A text cell Excel will show as text, never run. */
export const neutralise = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

const dutchDate = (isoDate: string) => (isoDate ? dutchDay(isoDate) : "");

export async function compensationCsv({ actor, period }: { actor: Actor; period: PeriodInput }) {
  const claims = await compensationExportRows({ actor, period, format: "csv" });
  const rows = claims.map((c) => [
    c.id,
    neutralise(c.expertName),
    neutralise(c.expertEmail),
    neutralise(c.employerName),
    neutralise(c.traject),
    String(c.sessionNumber),
    dutchDate(c.sessionDay),
    minutesToHours(c.preparationMinutes),
    minutesToHours(c.sessionMinutes),
    minutesToHours(c.travelMinutes),
    minutesToHours(c.totalMinutes),
    centsToDecimal(c.hourlyCents),
    c.travel,
    tenthsToKm(c.distanceTenthKm),
    centsToDecimal(c.perKmCents),
    centsToDecimal(c.transitCents),
    centsToDecimal(c.amountCents),
    c.status,
    dutchDate(c.approvedDay),
    dutchDate(c.paidDay),
    neutralise(c.note),
  ]);
  const csv = stringify([[...EXPORT_COLUMNS], ...rows], { delimiter: ";", bom: true, record_delimiter: "windows" });
  return { csv, fileName: `${exportBaseName(period)}.csv`, count: claims.length };
}
