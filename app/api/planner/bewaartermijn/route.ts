import { schedulerJobRoute } from "@/lib/scheduler/job-route";
import { runScriptJobs } from "@/lib/scheduler/run";

export const runtime = "nodejs";

/** `npm run retention` while the app holds the embedded database (see scripts/retention.ts). */
export const POST = schedulerJobRoute(
  "retention",
  async () => ({ message: await runScriptJobs("retention") }),
  "De bewaartermijnen konden niet worden toegepast. Probeer het later opnieuw.",
);
