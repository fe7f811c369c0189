import { attachmentResponse } from "@/lib/http/download";
import { routeHandler } from "@/lib/http/route";
import { storyGuidePdfForActor } from "@/lib/experts/story-guide";

export const runtime = "nodejs";

/** The expert's guide for preparing their story, as a printable PDF (ADR 037); the plain 404 for anyone else. */
export const GET = routeHandler({ auth: "session", refusals: "not-found" }, async ({ actor }) => {
  const { body, contentType, fileName } = await storyGuidePdfForActor(actor);
  return attachmentResponse(body, contentType, fileName);
});
