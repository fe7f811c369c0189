import "server-only";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { SCHEDULER } from "@/lib/auth/roles";
import { sendDueReminders } from "./invitations";

/** What the scheduler runs: reminders for every unfinished scan that is due one, then mail delivery. */
export async function runScheduledReminders() {
  const { sent } = await sendDueReminders({ actor: SCHEDULER });
  const delivery = await deliverPendingMail({ limit: 500 });
  return { reminders: sent, delivered: delivery.sent, failed: delivery.failed };
}

export const schedulerSummary = (r: { reminders: number; delivered: number; failed: number }) =>
  `Herinneringen klaargezet: ${r.reminders}. Verzonden via SMTP: ${r.delivered}, mislukt: ${r.failed}.`;
