import { getActor } from "@/lib/auth/session";
import { compensationCsv } from "@/lib/compensation/export";
import { periodSchema } from "@/lib/compensation/schema";
import { attachmentOrNotFound, notFoundResponse } from "@/lib/http/download";

export const runtime = "nodejs";

/** The approved and paid claims of a period as CSV for finance (?van=YYYY-MM-DD&tot=YYYY-MM-DD); the admin only, a plain 404 for anyone else. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return notFoundResponse();
  const url = new URL(request.url);
  const period = periodSchema.safeParse({ from: url.searchParams.get("van") ?? "", to: url.searchParams.get("tot") ?? "" });
  if (!period.success)
    return new Response("Kies een periode: een begin- en een einddatum, de einddatum niet vóór de begindatum.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  return attachmentOrNotFound(async () => {
    const { csv, fileName } = await compensationCsv({ actor, period: period.data });
    return { body: new Uint8Array(Buffer.from(csv, "utf8")), contentType: "text/csv; charset=utf-8", fileName };
  });
}
