import { attachmentResponse } from "@/lib/http/download";
import { routeHandler } from "@/lib/http/route";
import { preparationPdfForActor } from "@/lib/preparation/card";
import { sessionPathSchema } from "@/lib/sessions/schema";

export const runtime = "nodejs";

/** A session's preparation card as a printable PDF, for the tandem; 404 for anyone else. */
export const GET = routeHandler({ auth: "session", params: sessionPathSchema, refusals: "not-found" }, async ({ actor, params }) => {
  const { pdf, fileName } = await preparationPdfForActor({ actor, trajectId: params.id, number: params.number });
  return attachmentResponse(pdf, "application/pdf", fileName);
});
