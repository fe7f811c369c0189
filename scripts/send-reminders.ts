// `npm run reminders`: for a scheduler (e.g. a daily cron). Mails a reminder, with a fresh link, to
// everyone whose scan is unfinished and who had no reminder in the last two days (and the debrief,
// next-step and follow-up reminders that are due); then, when
// SMTP_URL is set, delivers pending mail. Safe to run on several machines at once.
// On PostgreSQL it works on the database directly; on the embedded PGlite through the running app
// (POST /api/planner/herinneringen, see ./through-the-app.ts) when one answers.
import { runScheduledReminders, schedulerSummary } from "../lib/scan/invitations/scheduled-reminders";
import { runSchedulerJob } from "./through-the-app";

runSchedulerJob({
  route: "/api/planner/herinneringen",
  purpose: "reminders",
  run: async () => schedulerSummary(await runScheduledReminders()),
});
