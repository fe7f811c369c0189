import { getActor } from "@/lib/auth/session";
import { codeExportForActor } from "@/lib/gedragscode/export";
import { attachmentOrNotFound, notFoundResponse } from "@/lib/http/download";

export const runtime = "nodejs";

/** The EPA-gedragscode as Word document (.docx), for everyone who may read it; 404 for anyone else and while there is no code. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  return attachmentOrNotFound(() => codeExportForActor({ actor, trajectId: id, format: "docx" }));
}
