import { assertTrajectCapability } from "@/lib/auth/guard";
import { boardStreamResponse, resumeAfter } from "@/lib/board/stream";
import { idPath, routeHandler } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The live board's changes for whoever reads the code; 404 for anyone else. */
export const GET = routeHandler({ auth: "session", params: idPath, refusals: "not-found" }, async ({ actor, params, request }) => {
  await assertTrajectCapability({ actor, trajectId: params.id, capability: "gedragscode:read" });
  return boardStreamResponse({ trajectId: params.id, after: resumeAfter(request), signal: request.signal });
});
