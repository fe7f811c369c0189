import { formatMonthYear } from "@/lib/dates";
import { fileNameSlug } from "./file-name";

// How a traject is named where people see it outside the app: calendar titles, file names, the
// rows of a spreadsheet. An employer can have several trajects (two werkvloeren, or a second one
// years later), and "Zorggroep De Linde" alone made their files and meetings look the same. The
// werkvloer tells them apart; a traject without one is named by the month it started (its
// creation, which never changes, unlike its session dates). One home, so every file says the same.

export interface TrajectNameParts {
  employerName: string;
  werkvloerName?: string | null;
  /** When the traject was started (Traject.createdAt). */
  startedAt: Date;
}

/** What tells a traject apart from the employer's others: "Afdeling Noord" or "gestart maart 2026". */
export const trajectDistinction = (t: TrajectNameParts): string => t.werkvloerName?.trim() || `gestart ${formatMonthYear(t.startedAt)}`;

/** "Zorggroep De Linde – Afdeling Noord", "Zorggroep De Linde – gestart maart 2026". */
export const trajectTitle = (t: TrajectNameParts): string => `${t.employerName} – ${trajectDistinction(t)}`;

/** The title as an ASCII file-name part: "Zorggroep-De-Linde-Afdeling-Noord", "Zorggroep-De-Linde-gestart-maart-2026". */
export const trajectFileSlug = (t: TrajectNameParts): string => fileNameSlug(trajectTitle(t));

/** The fields of a Traject row the name needs (a Prisma select shape, so every query asks the same). */
export const trajectNameSelect = {
  createdAt: true,
  employer: { select: { name: true } },
  werkvloer: { select: { name: true } },
} as const;

/** A Traject row selected with trajectNameSelect → the parts. */
export const trajectNameParts = (t: {
  createdAt: Date;
  employer: { name: string };
  werkvloer: { name: string } | null;
}): TrajectNameParts => ({ employerName: t.employer.name, werkvloerName: t.werkvloer?.name ?? null, startedAt: t.createdAt });
