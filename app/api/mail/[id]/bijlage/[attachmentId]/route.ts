import { attachmentResponse } from "@/lib/http/download";
import { routeHandler } from "@/lib/http/route";
import { outboxAttachmentForActor } from "@/lib/mail/queries";
import { recordId, z } from "@/lib/zod";

export const runtime = "nodejs";

const attachmentPath = z.object({ id: recordId(), attachmentId: recordId() });

/** A file sent with a mail (the adopted code's PDF), for whoever may see that mail in the outbox; 404 for anyone else. */
export const GET = routeHandler({ auth: "session", params: attachmentPath, refusals: "not-found" }, async ({ actor, params }) => {
  const file = await outboxAttachmentForActor(actor, { mailId: params.id, attachmentId: params.attachmentId });
  return attachmentResponse(new Uint8Array(file.content), file.contentType, file.fileName);
});
