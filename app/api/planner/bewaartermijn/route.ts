import { schedulerJobRoute } from "@/lib/scheduler/job-route";
import { runScriptJobs } from "@/lib/scheduler/run";
import { unknownMethods } from "@/lib/http/route";

export const runtime = "nodejs";

/** `npm run retention` while the app holds the embedded database (see scripts/retention.ts). */
export const POST = schedulerJobRoute(
  "retention",
  async () => ({ message: await runScriptJobs("retention") }),
  "De bewaartermijnen konden niet worden toegepast. Probeer het later opnieuw.",
);

// every other method: the plain 404 of a route that does not exist (no 405 that says this one does)
export const { GET, PUT, PATCH, DELETE, OPTIONS } = unknownMethods;
