import { attachmentResponse } from "@/lib/http/download";
import { idPath, routeHandler } from "@/lib/http/route";
import { renderReportForActor } from "@/lib/report/download";
import type { ReportEdition } from "@/lib/report/queries";

/**
 * Both report downloads (the employer's edition, every role's default, and the tandem's own): the
 * PDF, or a plain 404 for anyone without access. An id that cannot be one (too long, a NUL byte, …)
 * is not found either.
 */
export const reportRoute = (edition: ReportEdition) =>
  routeHandler({ auth: "session", params: idPath, refusals: "not-found" }, async ({ actor, params }) => {
    const { pdf, fileName } = await renderReportForActor({ actor, trajectId: params.id, edition });
    return attachmentResponse(pdf, "application/pdf", fileName);
  });
