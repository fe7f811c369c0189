import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { attachmentResponse, notFoundResponse } from "@/lib/http/download";
import { sessionIcsForActor } from "@/lib/sessions/calendar-file";

export const runtime = "nodejs";

/** One session as an .ics file, for whoever may see the traject; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const actor = await getActor();
  if (!actor || !/^[1-3]$/.test(number)) return notFoundResponse();
  try {
    const { ics, fileName } = await sessionIcsForActor({ actor, trajectId: id, number: Number(number) });
    return attachmentResponse(new TextEncoder().encode(ics), "text/calendar; charset=utf-8", fileName);
  } catch (e) {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) return notFoundResponse();
    throw e;
  }
}
