import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { attachmentResponse, notFoundResponse } from "@/lib/http/download";
import { exportOwnData } from "@/lib/privacy/own-data";

export const runtime = "nodejs";

/** Everything stored about the signed-in person, as JSON (the AVG right of access); 404 without a session. */
export async function GET() {
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  try {
    const { json, fileName } = await exportOwnData(actor);
    return attachmentResponse(new TextEncoder().encode(json), "application/json; charset=utf-8", fileName);
  } catch (e) {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) return notFoundResponse();
    throw e;
  }
}
