import { boardLinkTraject } from "@/lib/board/access";
import { boardStreamResponse, resumeAfter } from "@/lib/board/stream";
import { isAppError } from "@/lib/errors";
import { notFoundResponse } from "@/lib/http/download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The projector's stream: the board link is the only key; expired or revoked gives 404. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const { trajectId } = await boardLinkTraject(token);
    return boardStreamResponse({ trajectId, after: resumeAfter(request), signal: request.signal });
  } catch (e) {
    if (isAppError(e)) return notFoundResponse();
    throw e;
  }
}
