// `npm run retention`: for a scheduler (e.g. a daily cron). Removes respondents' names and e-mail
// addresses once the retention period after their traject's scan closed has passed (the anonymous
// answers stay), and clears old login sessions, counters and used links (docs/privacy.md#bewaren).
// On PostgreSQL it works on the database directly; on the embedded PGlite through the running app
// (POST /api/planner/bewaartermijn) when one answers.
import { SCHEDULER } from "../lib/auth/roles";
import { applyRetention, retentionSummary } from "../lib/privacy/retention";
import { runSchedulerJob } from "./through-the-app";

runSchedulerJob({
  route: "/api/planner/bewaartermijn",
  purpose: "retention",
  run: async () => retentionSummary(await applyRetention({ actor: SCHEDULER })),
});
