import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/roles";
import { dutchDay } from "@/lib/dates";
import { neutralise } from "./export";
import { compensationExportRows, EXPORT_COLUMNS, exportBaseName, type ExportRow } from "./export-rows";
import type { PeriodInput } from "./schema";

// The same rows as the CSV, as a spreadsheet (.xlsx, exceljs) that opens right whatever the list
// settings: numbers and days are typed cells (the program shows them with its own decimal sign), amounts
// carry a euro format, the bold header stays in view. Text is written as text, never as a formula, and
// still neutralised like the CSV's (a leading apostrophe): copied out or saved as CSV it stays harmless.

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Number formats use the format code's own separators ("," groups, "." decimals): each program shows
// them in its locale's way. The euro sign is quoted text, so no locale code is needed.
const EURO = '"€" #,##0.00';
const HOURS = "0.00";
const KM = "0.0";
const DAY = "dd-mm-yyyy";
const TEXT = "@";

type Cell = string | number | Date | null;
// A calendar day as a spreadsheet date: midnight UTC, which exceljs writes as that day's serial number
const day = (isoDate: string): Date | null => (isoDate ? new Date(`${isoDate}T00:00:00Z`) : null);
const text = (value: string): string => neutralise(value);

// One entry per column of EXPORT_COLUMNS, in its order: the cell and how wide and in which format
const COLUMNS: { width: number; numFmt?: string; cell: (c: ExportRow) => Cell }[] = [
  { width: 28, numFmt: TEXT, cell: (c) => c.id },
  { width: 24, numFmt: TEXT, cell: (c) => text(c.expertName) },
  { width: 30, numFmt: TEXT, cell: (c) => text(c.expertEmail) },
  { width: 28, numFmt: TEXT, cell: (c) => text(c.employerName) },
  { width: 26, numFmt: TEXT, cell: (c) => text(c.traject) },
  { width: 12, numFmt: "0", cell: (c) => c.sessionNumber },
  { width: 16, numFmt: DAY, cell: (c) => day(c.sessionDay) },
  { width: 14, numFmt: HOURS, cell: (c) => c.preparationMinutes / 60 },
  { width: 14, numFmt: HOURS, cell: (c) => c.sessionMinutes / 60 },
  { width: 12, numFmt: HOURS, cell: (c) => c.travelMinutes / 60 },
  { width: 12, numFmt: HOURS, cell: (c) => c.totalMinutes / 60 },
  { width: 14, numFmt: EURO, cell: (c) => c.hourlyCents / 100 },
  { width: 16, numFmt: TEXT, cell: (c) => c.travel },
  { width: 12, numFmt: KM, cell: (c) => c.distanceTenthKm / 10 },
  { width: 16, numFmt: EURO, cell: (c) => c.perKmCents / 100 },
  { width: 14, numFmt: EURO, cell: (c) => c.transitCents / 100 },
  { width: 14, numFmt: EURO, cell: (c) => c.amountCents / 100 },
  { width: 14, numFmt: TEXT, cell: (c) => c.status },
  { width: 16, numFmt: DAY, cell: (c) => day(c.approvedDay) },
  { width: 16, numFmt: DAY, cell: (c) => day(c.paidDay) },
  { width: 40, numFmt: TEXT, cell: (c) => text(c.note) },
];

export async function compensationXlsx({ actor, period }: { actor: Actor; period: PeriodInput }) {
  const claims = await compensationExportRows({ actor, period, format: "xlsx" });
  const title = `Vergoedingen ${dutchDay(period.from)} tot en met ${dutchDay(period.to)}`;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Weerbare Werkgever";
  workbook.title = title;
  workbook.subject = "Goedgekeurde en betaalde declaraties van ervaringsdeskundigen";
  const sheet = workbook.addWorksheet("Vergoedingen", { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c, i) => ({ header: EXPORT_COLUMNS[i], width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.numFmt = TEXT));
  for (const claim of claims) sheet.addRow(COLUMNS.map((c) => c.cell(claim)));
  const body = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { body, fileName: `${exportBaseName(period)}.xlsx`, count: claims.length };
}
