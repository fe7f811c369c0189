import "server-only";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { dutchDay, isoDay } from "@/lib/dates";
import { centsToDecimal, minutesToHours, tenthsToKm, totalMinutes } from "./amounts";
import { CLAIM_STATUS_LABEL, TRAVEL_MODE_LABEL } from "./labels";
import { periodWhere } from "./claims";
import type { PeriodInput } from "./schema";

// The approved and paid claims of a period for the finance department, as a CSV that Dutch Excel opens
// as it is: semicolons between cells, decimal commas, dates as dd-mm-jjjj, UTF-8 with a byte-order
// mark (without it Excel reads UTF-8 as Windows-1252), CRLF line ends. A text cell that starts with
// = + - @ (or a tab or carriage return) would be a formula to Excel: it gets a leading apostrophe.
// Submitted claims are not in it: they have no fixed amount until someone approved them.

const FORMULA_START = /^[=+\-@\t\r]/;
/** A text cell Excel will show as text, never run. */
export const neutralise = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

// The screens' words, lower-case in a cell (one home: ./labels.ts)
const TRAVEL = (mode: keyof typeof TRAVEL_MODE_LABEL) => TRAVEL_MODE_LABEL[mode].toLowerCase();
const STATUS = (status: keyof typeof CLAIM_STATUS_LABEL) => CLAIM_STATUS_LABEL[status].toLowerCase();
const dutchDate = (d: Date | null) => (d ? dutchDay(isoDay(d)) : "");

const COLUMNS = [
  "Declaratienummer",
  "Ervaringsdeskundige",
  "E-mailadres",
  "Werkgever",
  "Bijeenkomst",
  "Datum bijeenkomst",
  "Voorbereiding (uur)",
  "Bijeenkomst (uur)",
  "Reistijd (uur)",
  "Uren totaal",
  "Uurtarief (EUR)",
  "Vervoer",
  "Kilometers",
  "Tarief per km (EUR)",
  "OV-kosten (EUR)",
  "Totaal (EUR)",
  "Status",
  "Goedgekeurd op",
  "Betaald op",
  "Toelichting",
];

export async function compensationCsv({ actor, period }: { actor: Actor; period: PeriodInput }) {
  assertCapability(actor, "compensation:manage");
  const claims = await db().compensationClaim.findMany({
    where: { sessionDate: periodWhere(period), status: { in: ["APPROVED", "PAID"] } },
    orderBy: [{ sessionDate: "asc" }, { approvedAt: "asc" }],
    include: { expert: { select: { name: true, email: true } } },
  });
  const rows = claims.map((c) => [
    c.id,
    neutralise(c.expert.name),
    neutralise(c.expert.email),
    neutralise(c.employerName),
    String(c.sessionNumber),
    dutchDate(c.sessionDate),
    minutesToHours(c.preparationMinutes),
    minutesToHours(c.sessionMinutes),
    minutesToHours(c.travelMinutes),
    minutesToHours(totalMinutes(c)),
    centsToDecimal(c.hourlyCents ?? 0),
    TRAVEL(c.travelMode),
    tenthsToKm(c.distanceTenthKm),
    centsToDecimal(c.perKmCents ?? 0),
    centsToDecimal(c.transitCents),
    centsToDecimal(c.amountCents ?? 0),
    STATUS(c.status),
    dutchDate(c.approvedAt),
    dutchDate(c.paidAt),
    neutralise(c.note),
  ]);
  const csv = stringify([COLUMNS, ...rows], { delimiter: ";", bom: true, record_delimiter: "windows" });
  await recordAudit({
    actor,
    action: "compensation.export",
    entityType: "CompensationClaim",
    entityId: `${period.from}..${period.to}`,
    data: { from: period.from, to: period.to, claims: claims.length },
  });
  return { csv, fileName: `vergoedingen-${period.from}-tot-en-met-${period.to}.csv`, count: claims.length };
}
