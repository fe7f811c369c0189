import { attachmentResponse } from "@/lib/http/download";
import { idPath, routeHandler } from "@/lib/http/route";
import { exportCandidate } from "@/lib/privacy/candidates";

export const runtime = "nodejs";

/** The AVG export of one candidate as JSON; admins only, a plain 404 for anyone else. */
export const GET = routeHandler({ auth: "session", params: idPath, refusals: "not-found" }, async ({ actor, params }) => {
  const { json, fileName } = await exportCandidate({ actor, candidateId: params.id });
  return attachmentResponse(new TextEncoder().encode(json), "application/json; charset=utf-8", fileName);
});
