import "server-only";
import type { SchedulerPurpose } from "@/lib/auth/scheduler-token";
import { routeHandler } from "@/lib/http/route";

/**
 * The POST handler through which a scheduler script runs a job in the running app, while the app
 * holds the embedded database (scripts/through-the-app.ts). The job returns what it did and a Dutch
 * summary; the token is the one for this purpose only (lib/http/route.ts checks it).
 */
export function schedulerJobRoute(purpose: SchedulerPurpose, job: () => Promise<{ message: string }>, failure: string) {
  return routeHandler({ auth: { scheduler: purpose }, failure }, async () =>
    Response.json(await job(), { headers: { "Cache-Control": "no-store" } }),
  );
}
