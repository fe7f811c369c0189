import { SCHEDULER } from "@/lib/auth/roles";
import { applyRetention, retentionSummary } from "@/lib/privacy/retention";
import { schedulerJobRoute } from "@/lib/scheduler/job-route";

export const runtime = "nodejs";

/** `npm run retention` while the app holds the embedded database (see scripts/retention.ts). */
export const POST = schedulerJobRoute(
  "retention",
  async () => {
    const result = await applyRetention({ actor: SCHEDULER });
    return { ...result, message: retentionSummary(result) };
  },
  "De bewaartermijnen konden niet worden toegepast. Probeer het later opnieuw.",
);
