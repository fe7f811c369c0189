import "server-only";
import { NextResponse } from "next/server";
import { isSchedulerRequest, type SchedulerPurpose } from "@/lib/auth/scheduler-token";
import { env } from "@/lib/env";

/**
 * The POST handler through which a scheduler script runs a job in the running app, while the app
 * holds the embedded database (scripts/through-the-app.ts). The job returns what it did and a Dutch
 * summary; the token is the one for this purpose only.
 */
export function schedulerJobRoute(purpose: SchedulerPurpose, job: () => Promise<{ message: string }>, failure: string) {
  return async function POST(request: Request) {
    // Anyone without the token learns nothing, not even that this route exists.
    if (!isSchedulerRequest(request.headers.get("authorization"), env().NEXTAUTH_SECRET, purpose)) {
      return NextResponse.json({ message: "Deze pagina bestaat niet." }, { status: 404 });
    }
    try {
      return NextResponse.json(await job(), { headers: { "Cache-Control": "no-store" } });
    } catch (e) {
      console.error(`[scheduler] ${purpose} failed`, e);
      return NextResponse.json({ message: failure }, { status: 500 });
    }
  };
}
