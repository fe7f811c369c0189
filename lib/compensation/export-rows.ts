import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { isoDay } from "@/lib/dates";
import { trajectDistinction, trajectNameParts, trajectNameSelect } from "@/lib/format/traject-name";
import { totalMinutes } from "./amounts";
import { CLAIM_STATUS_LABEL, TRAVEL_MODE_LABEL } from "./labels";
import { periodWhere } from "./claims";
import type { PeriodInput } from "./schema";

// What finance gets of a period, whatever the file: the approved and paid claims, one typed row each
// (numbers as numbers, days as "YYYY-MM-DD"), in one order. The CSV (./export.ts) and the spreadsheet
// (./export-xlsx.ts) only write these rows down. Submitted claims are not in it: they have no fixed
// amount until someone approved them. Every export is audited with its format.

export const EXPORT_COLUMNS = [
  "Declaratienummer",
  "Ervaringsdeskundige",
  "E-mailadres",
  "Werkgever (of cohort bij training)",
  "Traject (werkvloer of start)",
  "Bijeenkomst (0: training)",
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
] as const;

export interface ExportRow {
  id: string;
  expertName: string;
  expertEmail: string;
  employerName: string;
  /** The werkvloer or the traject's start (lib/format/traject-name.ts); "training" for a training session; "" once the employer was erased. */
  traject: string;
  sessionNumber: number;
  /** Amsterdam calendar days, "YYYY-MM-DD"; "" when not (yet) set. */
  sessionDay: string;
  preparationMinutes: number;
  sessionMinutes: number;
  travelMinutes: number;
  totalMinutes: number;
  hourlyCents: number;
  /** The screens' word, lower-case in a cell (one home: ./labels.ts) */
  travel: string;
  distanceTenthKm: number;
  perKmCents: number;
  transitCents: number;
  amountCents: number;
  status: string;
  approvedDay: string;
  paidDay: string;
  note: string;
}

export type ExportFormat = "csv" | "xlsx";

export async function compensationExportRows({ actor, period, format }: { actor: Actor; period: PeriodInput; format: ExportFormat }) {
  assertCapability(actor, "compensation:manage");
  const claims = await db().compensationClaim.findMany({
    where: { sessionDate: periodWhere(period), status: { in: ["APPROVED", "PAID"] } },
    orderBy: [{ sessionDate: "asc" }, { approvedAt: "asc" }],
    include: {
      expert: { select: { name: true, email: true } },
      session: { select: { traject: { select: trajectNameSelect } } },
    },
  });
  const rows = claims.map((c): ExportRow => ({
    id: c.id,
    expertName: c.expert.name,
    expertEmail: c.expert.email,
    employerName: c.employerName,
    // a training claim names its cohort where a traject's names the employer (./training-claims.ts)
    traject: c.session ? trajectDistinction(trajectNameParts(c.session.traject)) : c.sessionNumber === 0 ? "training" : "",
    sessionNumber: c.sessionNumber,
    sessionDay: isoDay(c.sessionDate),
    preparationMinutes: c.preparationMinutes,
    sessionMinutes: c.sessionMinutes,
    travelMinutes: c.travelMinutes,
    totalMinutes: totalMinutes(c),
    hourlyCents: c.hourlyCents ?? 0,
    travel: TRAVEL_MODE_LABEL[c.travelMode].toLowerCase(),
    distanceTenthKm: c.distanceTenthKm,
    perKmCents: c.perKmCents ?? 0,
    transitCents: c.transitCents,
    amountCents: c.amountCents ?? 0,
    status: CLAIM_STATUS_LABEL[c.status].toLowerCase(),
    approvedDay: isoDay(c.approvedAt),
    paidDay: isoDay(c.paidAt),
    note: c.note,
  }));
  await recordAudit({
    actor,
    action: "compensation.export",
    entityType: "CompensationClaim",
    entityId: `${period.from}..${period.to}`,
    data: { from: period.from, to: period.to, claims: claims.length, format },
  });
  return rows;
}

/** The file's name, without extension: "vergoedingen-2026-11-01-tot-en-met-2026-11-30". */
export const exportBaseName = (period: PeriodInput) => `vergoedingen-${period.from}-tot-en-met-${period.to}`;
