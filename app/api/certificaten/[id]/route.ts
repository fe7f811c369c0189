import { attachmentResponse } from "@/lib/http/download";
import { routeHandler } from "@/lib/http/route";
import { certificatePdfForActor } from "@/lib/certificates/queries";
import { certificatePath } from "@/lib/certificates/schema";

export const runtime = "nodejs";

/** A certificate as PDF: the admin any, the expert their own valid one; the plain 404 for everything else. */
export const GET = routeHandler({ auth: "session", params: certificatePath, refusals: "not-found" }, async ({ actor, params }) => {
  const { pdf, fileName } = await certificatePdfForActor({ actor, certificateId: params.id });
  return attachmentResponse(pdf, "application/pdf", fileName);
});
