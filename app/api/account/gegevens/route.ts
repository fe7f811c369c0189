import { attachmentResponse } from "@/lib/http/download";
import { routeHandler } from "@/lib/http/route";
import { exportOwnData } from "@/lib/privacy/own-data";

export const runtime = "nodejs";

/** Everything stored about the signed-in person, as JSON (the AVG right of access); 404 without a session. */
export const GET = routeHandler({ auth: "session", refusals: "not-found" }, async ({ actor }) => {
  const { json, fileName } = await exportOwnData(actor);
  return attachmentResponse(new TextEncoder().encode(json), "application/json; charset=utf-8", fileName);
});
