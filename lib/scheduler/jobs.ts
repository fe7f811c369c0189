import "server-only";
import { SCHEDULER } from "@/lib/auth/roles";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { applyRetention, retentionSummary } from "@/lib/privacy/retention";
import { sendDueReminders } from "@/lib/scan/invitations/invitations";
import { sendDebriefReminders } from "@/lib/debriefs/debriefs";
import { sendFollowUpMomentReminders } from "@/lib/followup/moment";
import { sendFollowUpReminders } from "@/lib/followup/reminders";
import { sendDueAdoptionMails } from "@/lib/gedragscode/adoption-mail";
import { sendSigningReminders } from "@/lib/gedragscode/signing-requests";
import { sendSessionReminders } from "@/lib/sessions/rsvp-reminders";

// The recurring jobs the app runs itself (docs/operations.md#recurring-jobs). Each is safe to run
// again and on several machines (the reminders send at most one per two days, mail delivery claims
// with SKIP LOCKED); the scheduler still lets exactly one instance run a job at a time.

/** The npm script that runs a job from cron, beside or instead of the in-app scheduler. */
export type JobScript = "reminders" | "retention";

export interface Job {
  name: string;
  /** `npm run reminders` or `npm run retention`: the same list, so the two ways never drift apart */
  script: JobScript;
  label: string;
  /** run when the last start is at least this long ago */
  everyMinutes: number;
  /** advisory lock key (any fixed number of our own, one per job) */
  lockKey: number;
  run: () => Promise<string>;
}

export const JOBS: readonly Job[] = [
  {
    name: "reminders",
    script: "reminders",
    label: "Herinneringen voor onafgemaakte scans",
    everyMinutes: 60,
    lockKey: 7_140_101,
    run: async () => `Herinneringen klaargezet: ${(await sendDueReminders({ actor: SCHEDULER })).sent}.`,
  },
  {
    name: "debriefs",
    script: "reminders",
    label: "Herinneringen voor de terugblik na een bijeenkomst",
    everyMinutes: 60,
    lockKey: 7_140_104,
    run: async () => `Herinneringen voor een terugblik: ${(await sendDebriefReminders({ actor: SCHEDULER })).sent}.`,
  },
  {
    name: "followup",
    script: "reminders",
    label: "Herinneringen voor afgesproken stappen, afspraken en het vervolgmoment",
    everyMinutes: 60,
    lockKey: 7_140_105,
    run: async () => {
      const steps = (await sendFollowUpReminders({ actor: SCHEDULER })).sent;
      const moments = (await sendFollowUpMomentReminders({ actor: SCHEDULER })).sent;
      return `Herinneringen voor stappen en afspraken: ${steps}; voor het vervolgmoment: ${moments}.`;
    },
  },
  {
    name: "signing",
    script: "reminders",
    label: "Herinneringen om de gedragscode te tekenen, en de vastgestelde code per e-mail",
    everyMinutes: 60,
    lockKey: 7_140_106,
    run: async () => {
      const reminders = (await sendSigningReminders({ actor: SCHEDULER })).sent;
      const adopted = await sendDueAdoptionMails();
      return `Herinneringen om te tekenen: ${reminders}; vastgestelde codes verstuurd: ${adopted}.`;
    },
  },
  {
    name: "mail",
    script: "reminders",
    label: "E-mail versturen (en opnieuw proberen)",
    everyMinutes: 5,
    lockKey: 7_140_102,
    run: async () => {
      const { sent, failed } = await deliverPendingMail({ limit: 500 });
      return `Verzonden via SMTP: ${sent}, mislukt: ${failed}.`;
    },
  },
  {
    name: "retention",
    script: "retention",
    label: "Bewaartermijnen toepassen",
    everyMinutes: 24 * 60,
    lockKey: 7_140_103,
    run: async () => retentionSummary(await applyRetention({ actor: SCHEDULER })),
  },
  {
    name: "sessionReminders",
    script: "reminders",
    label: "Herinneringen de dag voor een bijeenkomst",
    everyMinutes: 60,
    lockKey: 7_140_107,
    run: async () => `Herinneringen voor de bijeenkomst van morgen: ${(await sendSessionReminders({ actor: SCHEDULER })).sent}.`,
  },
];

export const jobNamed = (name: string): Job | undefined => JOBS.find((j) => j.name === name);
