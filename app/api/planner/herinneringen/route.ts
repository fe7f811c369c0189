import { schedulerJobRoute } from "@/lib/scheduler/job-route";
import { runScheduledReminders, schedulerSummary } from "@/lib/scan/invitations/scheduled-reminders";

export const runtime = "nodejs";

/** The scheduler's way in while the app holds the embedded database (see scripts/send-reminders.ts). */
export const POST = schedulerJobRoute(
  "reminders",
  async () => {
    const result = await runScheduledReminders();
    return { ...result, message: schedulerSummary(result) };
  },
  "De herinneringen konden niet worden verstuurd. Probeer het later opnieuw.",
);
