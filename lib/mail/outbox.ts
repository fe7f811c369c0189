import "server-only";
import { db } from "@/lib/db";
import type { Actor, SystemActor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { credentialOwnerId, hasCredentialLink } from "./credentials";
import { deliverPendingMail } from "./deliver";
import { readOrganisation } from "@/lib/organisation/settings";
import { SIGNED_BY_TRAINER } from "./templates";
import type { Tx } from "@/lib/db";

export interface MailInput {
  trajectId?: string | null;
  kind: "invitation" | "reminder" | "resend" | "account" | "test" | "calendar" | "tandem" | "signing" | "keyPerson" | "signoff" | "summary";
  to: string;
  subject: string;
  text: string;
  /** An iCalendar part (iMIP): sent as text/calendar with this method. */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
  replyTo?: string;
  /**
   * Whose action caused the mail: without SMTP only they see its one-time links in the outbox
   * (lib/mail/credentials.ts). The scheduler (or null: nobody signed in) owns none. Required when the
   * text carries a one-time link, so no such mail is written without an owner by oversight.
   */
  causedBy?: Actor | SystemActor | null;
  /** An account mail to an EMPLOYER account: its link acts for the employer (lib/mail/credentials.ts). */
  employerAccount?: boolean;
  /** Files sent with it, stored with the mail (the adopted code's PDF): it sends what was true when written. */
  attachments?: MailAttachmentInput[];
}

export interface MailAttachmentInput {
  fileName: string;
  contentType: string;
  content: Uint8Array<ArrayBuffer>;
}

/**
 * Every mail goes into the OutboxMail table first, in the caller's transaction, so a rollback never
 * leaves a sent mail behind and a crash never loses one. Without SMTP_URL it stays there as STORED
 * (readable by admins and trainers, its links only by whom caused it); with SMTP_URL it is PENDING
 * until a delivery run sends it, and once SENT its one-time links are gone from the row.
 */
export async function enqueueMail(mail: MailInput, tx: Tx = db()) {
  const status = env().SMTP_URL ? "PENDING" : "STORED";
  const { calendar, causedBy, employerAccount, attachments, ...rest } = mail;
  // a mail signed by the trainer is answered by the trainer, not by the app's no-reply address
  if (SIGNED_BY_TRAINER.test(mail.text) && !mail.replyTo)
    throw new Error(`enqueueMail: a "${mail.kind}" mail signed by a trainer needs replyTo (the trainer's address)`);
  if (causedBy === undefined && hasCredentialLink(mail.text))
    throw new Error(`enqueueMail: a "${mail.kind}" mail with a one-time link needs causedBy (an actor, the scheduler or null)`);
  // whose outbox view shows its links without SMTP: one rule, in credentials.ts
  const causedById = credentialOwnerId({ kind: mail.kind, employerAccount }, causedBy && "id" in causedBy ? causedBy : null);
  // any other mail is answered at the organisation's reply address, when the admin set one (ADR 025)
  const replyTo = mail.replyTo ?? (await readOrganisation(tx)).replyToAddress ?? undefined;
  return tx.outboxMail.create({
    data: {
      ...rest,
      replyTo,
      trajectId: mail.trajectId ?? null,
      calendar: calendar?.content,
      calendarMethod: calendar?.method,
      status,
      causedById,
      actorId: causedBy && "id" in causedBy ? causedBy.id : null,
      ...(attachments?.length ? { attachments: { create: attachments.map((a) => ({ ...a, size: a.content.byteLength })) } } : {}),
    },
  });
}

/** After the transaction commits: try to deliver at once (a scheduler retries what fails). */
export function kickDelivery() {
  if (!env().SMTP_URL) return;
  deliverPendingMail().catch((e) => console.error("[mail] delivery run failed", e));
}
