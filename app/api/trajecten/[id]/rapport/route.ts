import { getActor } from "@/lib/auth/session";
import { attachmentOrNotFound, notFoundResponse } from "@/lib/http/download";
import { renderReportForActor } from "@/lib/report/download";

export const runtime = "nodejs";

/** The scan report as PDF, for the employer's users, the traject's tandem and admins; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  // An id that cannot be one (too long, a NUL byte, …) is not found: the guard (lib/auth/guard.ts) refuses it.
  if (!actor) return notFoundResponse();
  return attachmentOrNotFound(async () => {
    const { pdf, fileName } = await renderReportForActor({ actor, trajectId: id });
    return { body: pdf, contentType: "application/pdf", fileName };
  });
}
