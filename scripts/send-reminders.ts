// `npm run reminders`: for a scheduler (e.g. a daily cron). Mails a reminder, with a fresh link, to
// everyone whose scan is unfinished and who had no reminder in the last two days; then, when
// SMTP_URL is set, delivers pending mail. Safe to run on several machines at once.
// On PostgreSQL it works on the database directly; on the embedded PGlite through the running app
// (POST /api/planner/herinneringen, see ./through-the-app.ts) when one answers.
import { runScript } from "../lib/db/run-script";
import { env } from "../lib/env";
import { runScheduledReminders, schedulerSummary } from "../lib/scan/invitations/scheduled-reminders";
import { assertEmbeddedFree, callRunningApp } from "./through-the-app";

async function direct() {
  console.log(schedulerSummary(await runScheduledReminders()));
}

async function embedded() {
  const res = await callRunningApp("/api/planner/herinneringen", "reminders");
  if (res) {
    const body = (await res.json()) as { message?: string };
    console.log(`De herinneringen gaan via de draaiende app op ${new URL(env().APP_URL).origin}.`);
    console.log(body.message);
    return;
  }
  assertEmbeddedFree();
  runScript(direct);
}

if (env().DATABASE_URL) runScript(direct);
else
  embedded().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
