import { assertTrajectCapability } from "@/lib/auth/guard";
import { loginStillActive } from "@/lib/auth/logins";
import { boardStreamResponse, resumeAfter } from "@/lib/board/stream";
import { idPath, routeHandler } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The live board's changes for whoever reads the code; 404 for anyone else. The stream re-checks the
 * login while it is open: that is the open board's activity (the idle timeout, ADR 005), and a login
 * that ends (logged out, idle, password reset) ends the stream. No floor of its own for catching up.
 */
export const GET = routeHandler({ auth: "session", params: idPath, refusals: "not-found" }, async ({ actor, params, request }) => {
  await assertTrajectCapability({ actor, trajectId: params.id, capability: "gedragscode:read" });
  const login = { createdAt: new Date(0), stillWorks: () => loginStillActive(actor) };
  return boardStreamResponse({ trajectId: params.id, after: resumeAfter(request), signal: request.signal, link: login });
});
