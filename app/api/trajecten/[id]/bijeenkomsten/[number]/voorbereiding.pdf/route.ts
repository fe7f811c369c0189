import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { attachmentResponse, notFoundResponse } from "@/lib/http/download";
import { preparationPdfForActor } from "@/lib/preparation/card";

export const runtime = "nodejs";

/** A session's preparation card as a printable PDF, for the tandem; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const actor = await getActor();
  if (!actor || !/^[1-3]$/.test(number)) return notFoundResponse();
  try {
    const { pdf, fileName } = await preparationPdfForActor({ actor, trajectId: id, number: Number(number) });
    return attachmentResponse(pdf, "application/pdf", fileName);
  } catch (e) {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) return notFoundResponse();
    throw e;
  }
}
