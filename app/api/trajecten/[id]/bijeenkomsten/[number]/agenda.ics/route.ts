import { getActor } from "@/lib/auth/session";
import { attachmentOrNotFound, notFoundResponse } from "@/lib/http/download";
import { sessionIcsForActor } from "@/lib/sessions/calendar-file";
import { isSessionNumberParam } from "@/lib/sessions/schema";

export const runtime = "nodejs";

/** One session as an .ics file, for whoever may see the traject; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const actor = await getActor();
  if (!actor || !isSessionNumberParam(number)) return notFoundResponse();
  return attachmentOrNotFound(async () => {
    const { ics, fileName } = await sessionIcsForActor({ actor, trajectId: id, number: Number(number) });
    return { body: new TextEncoder().encode(ics), contentType: "text/calendar; charset=utf-8", fileName };
  });
}
