// `npm run reminders`: for a scheduler (e.g. cron, hourly). Runs the jobs of the in-app scheduler's
// one list that belong to this script (lib/scheduler/jobs.ts: scan, debrief, next-step and follow-up
// reminders, then mail delivery when SMTP_URL is set), each under its lock, so it is safe beside the
// running app and on several machines at once; the planner shows these runs too.
// On PostgreSQL it works on the database directly; on the embedded PGlite through the running app
// (POST /api/planner/herinneringen, see ./through-the-app.ts) when one answers.
import { runScriptJobs } from "../lib/scheduler/run";
import { runSchedulerJob } from "./through-the-app";

runSchedulerJob({ route: "/api/planner/herinneringen", purpose: "reminders", run: () => runScriptJobs("reminders") });
