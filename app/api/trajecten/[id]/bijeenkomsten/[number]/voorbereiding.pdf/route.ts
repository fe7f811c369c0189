import { getActor } from "@/lib/auth/session";
import { attachmentOrNotFound, notFoundResponse } from "@/lib/http/download";
import { preparationPdfForActor } from "@/lib/preparation/card";
import { isSessionNumberParam } from "@/lib/sessions/schema";

export const runtime = "nodejs";

/** A session's preparation card as a printable PDF, for the tandem; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const actor = await getActor();
  if (!actor || !isSessionNumberParam(number)) return notFoundResponse();
  return attachmentOrNotFound(async () => {
    const { pdf, fileName } = await preparationPdfForActor({ actor, trajectId: id, number: Number(number) });
    return { body: pdf, contentType: "application/pdf", fileName };
  });
}
