import { getActor } from "@/lib/auth/session";
import { attachmentOrNotFound, notFoundResponse } from "@/lib/http/download";
import { renderReportForActor } from "@/lib/report/download";
import type { ReportEdition } from "@/lib/report/queries";

/**
 * Both report downloads (the employer's edition, every role's default, and the tandem's own): the
 * PDF, or a plain 404 for anyone without access. An id that cannot be one (too long, a NUL byte, …)
 * is not found either: the guard (lib/auth/guard.ts) refuses it.
 */
export async function reportResponse(trajectId: string, edition: ReportEdition): Promise<Response> {
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  return attachmentOrNotFound(async () => {
    const { pdf, fileName } = await renderReportForActor({ actor, trajectId, edition });
    return { body: pdf, contentType: "application/pdf", fileName };
  });
}
