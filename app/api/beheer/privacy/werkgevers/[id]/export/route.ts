import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { exportEmployer } from "@/lib/privacy/export";

export const runtime = "nodejs";

const notFound = () =>
  new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The AVG export of one employer as a zip; admins only, a plain 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return notFound();
  try {
    const { zip, fileName } = await exportEmployer({ actor, employerId: id });
    return new Response(zip, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Content-Length": String(zip.length),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) return notFound();
    throw e;
  }
}
