import { getActor } from "@/lib/auth/session";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { boardStreamResponse, resumeAfter } from "@/lib/board/stream";
import { isAppError } from "@/lib/errors";
import { notFoundResponse } from "@/lib/http/download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The live board's changes for whoever reads the code; 404 for anyone else. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  try {
    await assertTrajectCapability({ actor, trajectId: id, capability: "gedragscode:read" });
  } catch (e) {
    if (isAppError(e)) return notFoundResponse();
    throw e;
  }
  return boardStreamResponse({ trajectId: id, after: resumeAfter(request), signal: request.signal });
}
