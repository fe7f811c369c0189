import { boardLinkTraject } from "@/lib/board/access";
import { boardStreamResponse, resumeAfter } from "@/lib/board/stream";
import { routeHandler, tokenPath } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The projector's stream: the board link is the only key; expired or revoked gives 404, and ends an open stream. */
export const GET = routeHandler({ auth: "none", params: tokenPath, refusals: "not-found" }, async ({ params, request }) => {
  const { trajectId, createdAt, stillWorks } = await boardLinkTraject(params.token);
  return boardStreamResponse({ trajectId, after: resumeAfter(request), signal: request.signal, link: { createdAt, stillWorks } });
});
