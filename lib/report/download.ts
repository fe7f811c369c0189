import "server-only";
import { recordAudit } from "@/lib/audit";
import { buildReportModel } from "./model";
import { type ReportEdition, buildReportInputForActor, reportFileName } from "./queries";
import { renderReportPdf } from "./render-pdf";

type Actor = Parameters<typeof buildReportInputForActor>[0]["actor"];

export interface RenderedReport {
  pdf: Uint8Array<ArrayBuffer>;
  fileName: string;
}

/**
 * The report download as one step: the actor's scoped data → the pure model → the PDF, and an audit
 * entry once the bytes exist. Throws AppError NOT_FOUND/FORBIDDEN for an actor without access; the
 * route handler answers those with a plain 404.
 */
export async function renderReportForActor({
  actor,
  trajectId,
  edition = "employer",
}: {
  actor: Actor;
  trajectId: string;
  /** "employer" (every role's default) or "tandem" (the tandem's own, results:readPerRespondent) */
  edition?: ReportEdition;
}): Promise<RenderedReport> {
  const input = await buildReportInputForActor({ actor, trajectId, edition });
  const pdf = await renderReportPdf(buildReportModel(input));
  await recordAudit({ actor, action: "report.download", entityType: "Traject", entityId: trajectId, trajectId, data: { edition } });
  return {
    pdf: new Uint8Array(pdf),
    fileName: reportFileName(
      { ...input.traject, startedAt: input.traject.startedAt ?? input.traject.generatedAt },
      input.traject.generatedAt,
      edition,
    ),
  };
}
