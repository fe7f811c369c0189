// `npm run retention`: for a scheduler (e.g. a daily cron). Runs the retention job of the in-app
// scheduler's one list (lib/scheduler/jobs.ts): removes respondents' names and e-mail addresses once
// the retention period has passed (the anonymous answers stay), and clears old login sessions,
// counters and used links (docs/privacy.md#bewaren).
// On PostgreSQL it works on the database directly; on the embedded PGlite through the running app
// (POST /api/planner/bewaartermijn) when one answers.
import { runScriptJobs } from "../lib/scheduler/run";
import { runSchedulerJob } from "./through-the-app";

runSchedulerJob({ route: "/api/planner/bewaartermijn", purpose: "retention", run: () => runScriptJobs("retention") });
