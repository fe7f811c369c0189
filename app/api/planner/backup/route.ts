import { NextResponse } from "next/server";
import { isSchedulerRequest } from "@/lib/auth/scheduler-token";
import { dumpEmbedded } from "@/lib/db/backup";
import { env } from "@/lib/env";

export const runtime = "nodejs";

/** `npm run db:backup` while the app holds the embedded database (see scripts/db-backup.ts). */
export async function POST(request: Request) {
  // Anyone without the backup token learns nothing, not even that this route exists.
  if (!isSchedulerRequest(request.headers.get("authorization"), env().NEXTAUTH_SECRET, "backup") || env().DATABASE_URL) {
    return NextResponse.json({ message: "Deze pagina bestaat niet." }, { status: 404 });
  }
  try {
    const dump = await dumpEmbedded();
    return new NextResponse(new Uint8Array(dump!), {
      headers: { "content-type": "application/gzip", "cache-control": "no-store" },
    });
  } catch (e) {
    console.error("[backup] dump failed", e);
    return NextResponse.json({ message: "De back-up kon niet worden gemaakt. Probeer het later opnieuw." }, { status: 500 });
  }
}
