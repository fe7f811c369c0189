import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// When the report has something to say (issue 24). The employer's edition is built from the results
// snapshot the employer sees (lib/report/queries.ts): before the scan closed, or when nobody had filled
// it then, it holds no figures at all, so HR is not offered a PDF of "nog geen uitkomsten". The
// tandem's own edition reads the live results and is theirs at any time.

/**
 * When the newest employer view with at least one response was taken (null: none yet). From then on the
 * employer's edition is offered: its download button and the employer users' task.
 */
export async function employerReportReadyAt(trajectId: string): Promise<Date | null> {
  const snapshot = await db().resultsSnapshot.findFirst({
    where: { trajectId, respondents: { gt: 0 }, view: { not: Prisma.DbNull } },
    orderBy: { takenAt: "desc" },
    select: { takenAt: true },
  });
  return snapshot?.takenAt ?? null;
}
