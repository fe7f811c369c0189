import { getActor } from "@/lib/auth/session";
import { attachmentOrNotFound, notFoundResponse } from "@/lib/http/download";
import { exportEmployer } from "@/lib/privacy/export";

export const runtime = "nodejs";

/** The AVG export of one employer as a zip; admins only, a plain 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  return attachmentOrNotFound(async () => {
    const { zip, fileName } = await exportEmployer({ actor, employerId: id });
    return { body: zip, contentType: "application/zip", fileName };
  });
}
