import "server-only";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { pruneAuthSessions } from "@/lib/auth/auth-sessions";
import { SCHEDULER } from "@/lib/auth/roles";
import { sendDueReminders } from "./invitations";
import { sendDebriefReminders } from "@/lib/debriefs/debriefs";
import { sendFollowUpMomentReminders } from "@/lib/followup/moment";
import { sendFollowUpReminders } from "@/lib/followup/reminders";

/**
 * What `npm run reminders` runs: reminders for every unfinished scan that is due one, for the
 * debriefs after held sessions, for next steps and afspraken near or past their due day and for the
 * follow-up moment (the same jobs the in-app scheduler runs), then mail delivery,
 * then the clean-up of login sessions that ended or expired long enough ago.
 */
export async function runScheduledReminders() {
  const { sent } = await sendDueReminders({ actor: SCHEDULER });
  const debriefs = await sendDebriefReminders({ actor: SCHEDULER });
  const steps = await sendFollowUpReminders({ actor: SCHEDULER });
  const moments = await sendFollowUpMomentReminders({ actor: SCHEDULER });
  const delivery = await deliverPendingMail({ limit: 500 });
  const sessionsPruned = await pruneAuthSessions();
  return { reminders: sent + debriefs.sent + steps.sent + moments.sent, delivered: delivery.sent, failed: delivery.failed, sessionsPruned };
}

export const schedulerSummary = (r: { reminders: number; delivered: number; failed: number; sessionsPruned: number }) =>
  `Herinneringen klaargezet: ${r.reminders}. Verzonden via SMTP: ${r.delivered}, mislukt: ${r.failed}. Oude inlogsessies opgeruimd: ${r.sessionsPruned}.`;
