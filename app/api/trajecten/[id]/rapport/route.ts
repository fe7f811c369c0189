import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { renderReportForActor } from "@/lib/report/download";

export const runtime = "nodejs";

const notFound = () =>
  new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The scan report as PDF, for the employer's users, the traject's tandem and admins; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  // An id that cannot be one (too long, a NUL byte, …) is not found: the guard (lib/auth/guard.ts) refuses it.
  if (!actor) return notFound();
  try {
    const { pdf, fileName } = await renderReportForActor({ actor, trajectId: id });
    return new Response(pdf, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Content-Length": String(pdf.length),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) return notFound();
    throw e;
  }
}
