import { getActor } from "@/lib/auth/session";
import { attachmentOrNotFound, notFoundResponse } from "@/lib/http/download";
import { renderReportForActor } from "@/lib/report/download";

export const runtime = "nodejs";

/**
 * The tandem's own report (live results, with the texts respondents did not share, marked), for who
 * may read the results per respondent; 404 for anyone else, also for the employer's users.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  return attachmentOrNotFound(async () => {
    const { pdf, fileName } = await renderReportForActor({ actor, trajectId: id, edition: "tandem" });
    return { body: pdf, contentType: "application/pdf", fileName };
  });
}
