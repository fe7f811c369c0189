import { attachmentResponse } from "@/lib/http/download";
import { idPath, routeHandler } from "@/lib/http/route";
import { exportEmployer } from "@/lib/privacy/export";

export const runtime = "nodejs";

/** The AVG export of one employer as a zip; admins only, a plain 404 for anyone else. */
export const GET = routeHandler({ auth: "session", params: idPath, refusals: "not-found" }, async ({ actor, params }) => {
  const { zip, fileName } = await exportEmployer({ actor, employerId: params.id });
  return attachmentResponse(zip, "application/zip", fileName);
});
