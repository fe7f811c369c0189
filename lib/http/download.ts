// The two answers of a download route: the file as an attachment, or a plain 404 that says nothing
// about why (no access, no such record, an id that cannot be one). lib/http/route.ts gives every
// refusal of such a route this one 404 (refusals: "not-found").
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
