import { schedulerJobRoute } from "@/lib/scheduler/job-route";
import { runScriptJobs } from "@/lib/scheduler/run";
import { unknownMethods } from "@/lib/http/route";

export const runtime = "nodejs";

/** `npm run reminders` while the app holds the embedded database (see scripts/send-reminders.ts). */
export const POST = schedulerJobRoute(
  "reminders",
  async () => ({ message: await runScriptJobs("reminders") }),
  "De herinneringen konden niet worden verstuurd. Probeer het later opnieuw.",
);

// every other method: the plain 404 of a route that does not exist (no 405 that says this one does)
export const { GET, PUT, PATCH, DELETE, OPTIONS } = unknownMethods;
