import { NextResponse } from "next/server";
import { isSchedulerRequest } from "@/lib/auth/scheduler-token";
import { env } from "@/lib/env";
import { runScheduledReminders, schedulerSummary } from "@/lib/scan/invitations/scheduled-reminders";

export const runtime = "nodejs";

/** The scheduler's way in while the app holds the embedded database (see scripts/send-reminders.ts). */
export async function POST(request: Request) {
  // Anyone without the scheduler token learns nothing, not even that this route exists.
  if (!isSchedulerRequest(request.headers.get("authorization"), env().NEXTAUTH_SECRET)) {
    return NextResponse.json({ message: "Deze pagina bestaat niet." }, { status: 404 });
  }
  try {
    const result = await runScheduledReminders();
    return NextResponse.json({ ...result, message: schedulerSummary(result) }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    console.error("[scheduler] reminders failed", e);
    return NextResponse.json({ message: "De herinneringen konden niet worden verstuurd. Probeer het later opnieuw." }, { status: 500 });
  }
}
