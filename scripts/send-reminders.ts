// `npm run reminders`: for a scheduler (e.g. a daily cron). Mails a reminder, with a fresh link, to
// everyone whose scan is unfinished and who had no reminder in the last two days; then, when
// SMTP_URL is set, delivers pending mail. Safe to run on several machines at once.
import { runScript } from "../lib/db/run-script";
import { deliverPendingMail } from "../lib/mail/deliver";
import { sendDueReminders } from "../lib/scan/invitations";

async function main() {
  const { sent } = await sendDueReminders({ actor: "system" });
  const delivery = await deliverPendingMail({ limit: 500 });
  console.log(`Herinneringen klaargezet: ${sent}. Verzonden via SMTP: ${delivery.sent}, mislukt: ${delivery.failed}.`);
}

runScript(main);
