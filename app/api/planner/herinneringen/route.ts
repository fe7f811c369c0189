import { schedulerJobRoute } from "@/lib/scheduler/job-route";
import { runScriptJobs } from "@/lib/scheduler/run";

export const runtime = "nodejs";

/** `npm run reminders` while the app holds the embedded database (see scripts/send-reminders.ts). */
export const POST = schedulerJobRoute(
  "reminders",
  async () => ({ message: await runScriptJobs("reminders") }),
  "De herinneringen konden niet worden verstuurd. Probeer het later opnieuw.",
);
