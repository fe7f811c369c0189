// The two answers of a download route: the file as an attachment, or a plain 404 that says nothing
// about why (no access, no such record, an id that cannot be one).
import { isAppError } from "@/lib/errors";

export const notFoundResponse = () =>
  new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export function attachmentResponse(body: Uint8Array<ArrayBuffer>, contentType: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Content-Length": String(body.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * A download route's one rule: the file `produce` makes, or a plain 404 when lib refuses the actor
 * (NOT_FOUND or FORBIDDEN: the route never says which). Anything else is a bug and is thrown.
 */
export async function attachmentOrNotFound(
  produce: () => Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string; fileName: string }>,
): Promise<Response> {
  try {
    const { body, contentType, fileName } = await produce();
    return attachmentResponse(body, contentType, fileName);
  } catch (e) {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) return notFoundResponse();
    throw e;
  }
}
