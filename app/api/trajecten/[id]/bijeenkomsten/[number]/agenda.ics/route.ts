import { attachmentResponse } from "@/lib/http/download";
import { routeHandler } from "@/lib/http/route";
import { sessionIcsForActor } from "@/lib/sessions/calendar-file";
import { sessionPathSchema } from "@/lib/sessions/schema";

export const runtime = "nodejs";

/** One session as an .ics file, for whoever may see the traject; 404 for anyone else. */
export const GET = routeHandler({ auth: "session", params: sessionPathSchema, refusals: "not-found" }, async ({ actor, params }) => {
  const { ics, fileName } = await sessionIcsForActor({ actor, trajectId: params.id, number: params.number });
  return attachmentResponse(new TextEncoder().encode(ics), "text/calendar; charset=utf-8", fileName);
});
