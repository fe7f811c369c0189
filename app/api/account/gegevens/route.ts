import { getActor } from "@/lib/auth/session";
import { attachmentOrNotFound, notFoundResponse } from "@/lib/http/download";
import { exportOwnData } from "@/lib/privacy/own-data";

export const runtime = "nodejs";

/** Everything stored about the signed-in person, as JSON (the AVG right of access); 404 without a session. */
export async function GET() {
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  return attachmentOrNotFound(async () => {
    const { json, fileName } = await exportOwnData(actor);
    return { body: new TextEncoder().encode(json), contentType: "application/json; charset=utf-8", fileName };
  });
}
