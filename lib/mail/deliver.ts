import "server-only";
import nodemailer from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { calendarMailParts } from "@/lib/calendar/imip";
import { readOrganisation } from "@/lib/organisation/settings";
import { mailFrom } from "@/lib/organisation/texts";
import { redactCredentialLinks } from "./credentials";

/** Every mail the app sends is automatic (docs/operations.md#e-mail); a person's reply still reaches the Reply-To. */
export const AUTOMATIC_MAIL_HEADERS = { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" };

export const MAX_ATTEMPTS = 5;
/** A SENDING claim older than this counts as a crashed run: the mail is tried again (docs/operations.md#e-mail). */
export const CLAIM_LEASE_MS = 10 * 60_000;
/** A failed mail waits this long before the next try, so one run (or a burst of runs) cannot spend all its attempts at once. */
export const RETRY_AFTER_MS = 4 * 60_000;

/** What delivery needs of a nodemailer transport (tests pass their own). */
export interface MailTransport {
  sendMail: (message: nodemailer.SendMailOptions) => Promise<unknown>;
  close: () => void;
}

type Claimed = {
  id: string;
  to: string;
  subject: string;
  text: string;
  attempts: number;
  calendar: string | null;
  calendarMethod: string | null;
  replyTo: string | null;
  claimedAt: Date;
};

/**
 * Sends PENDING mail through SMTP, one mail at a time: a short committed claim (SENDING, attempts + 1)
 * before SMTP, SENT after, so no transaction spans the SMTP conversation and a slow server cannot
 * roll a batch back into sending it again. Several runs (instances, the mail job, kickDelivery) claim
 * with SKIP LOCKED and never take the same mail. A run that dies between claim and SENT leaves one mail
 * SENDING; after CLAIM_LEASE_MS another run tries it again, which may deliver it twice: at most one
 * duplicate per crash. After MAX_ATTEMPTS tries a mail is FAILED, for the admin's planner page.
 * The SENT row keeps no one-time link (lib/mail/credentials.ts): the recipient has it, nobody else needs it.
 */
export async function deliverPendingMail({
  limit = 50,
  smtpUrl = env().SMTP_URL,
  transport: given,
  leaseMs = CLAIM_LEASE_MS,
  retryAfterMs = RETRY_AFTER_MS,
}: { limit?: number; smtpUrl?: string; transport?: MailTransport; leaseMs?: number; retryAfterMs?: number } = {}): Promise<{
  sent: number;
  failed: number;
}> {
  if (!smtpUrl && !given) return { sent: 0, failed: 0 };
  // bounded waits: one SMTP conversation must end well within the lease
  const transport =
    given ??
    nodemailer.createTransport({
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
      ...parseConnectionUrl(smtpUrl!),
    });
  let sent = 0;
  let failed = await failExhaustedClaims(leaseMs);
  // the sender the admin set (ADR 025), read once per run that has mail to send
  let from: ReturnType<typeof mailFrom> | undefined;
  try {
    for (let i = 0; i < limit; i++) {
      const mail = await claimNext(leaseMs, retryAfterMs);
      if (!mail) break;
      try {
        from ??= mailFrom(await readOrganisation(), env().MAIL_FROM);
        const attachments = await db().mailAttachment.findMany({ where: { mailId: mail.id }, orderBy: { createdAt: "asc" } });
        await transport.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          replyTo: mail.replyTo ?? undefined,
          // RFC 3834: written by the app, not typed by a person, so out-of-office and other automatic
          // replies stay away (Outlook's own header says the same to Exchange)
          headers: AUTOMATIC_MAIL_HEADERS,
          // iMIP: calendar clients show this part as an invitation they can accept, or as a cancellation
          ...(mail.calendar ? calendarMailParts(mail.calendarMethod ?? "REQUEST", mail.calendar) : {}),
          ...(attachments.length > 0
            ? {
                attachments: attachments.map((a) => ({
                  filename: a.fileName,
                  contentType: a.contentType,
                  content: Buffer.from(a.content),
                })),
              }
            : {}),
        });
      } catch (e) {
        await db().outboxMail.updateMany({
          where: { id: mail.id, status: "SENDING", claimedAt: mail.claimedAt },
          data: { status: mail.attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", lastError: String((e as Error).message).slice(0, 500) },
        });
        failed++;
        continue;
      }
      await db().outboxMail.updateMany({
        where: { id: mail.id, status: "SENDING" },
        data: {
          status: "SENT",
          sentAt: new Date(),
          text: redactCredentialLinks(mail.text),
          calendar: redactCredentialLinks(mail.calendar),
        },
      });
      sent++;
    }
  } finally {
    transport.close();
  }
  return { sent, failed };
}

/** Claims the oldest mail that is due (or whose claim outlived the lease), committed at once. */
async function claimNext(leaseMs: number, retryAfterMs: number): Promise<Claimed | null> {
  // timestamps as UTC text: the columns are timestamp without time zone, as Prisma writes them
  const now = new Date();
  const at = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
  const rows = await db().$queryRaw<Claimed[]>`
    UPDATE "OutboxMail" SET "status" = 'SENDING', "attempts" = "attempts" + 1, "claimedAt" = ${at(0)}::timestamp(3)
    WHERE "id" = (
      SELECT "id" FROM "OutboxMail"
      WHERE "attempts" < ${MAX_ATTEMPTS} AND (
        ("status" = 'PENDING' AND ("claimedAt" IS NULL OR "claimedAt" <= ${at(retryAfterMs)}::timestamp(3)))
        OR ("status" = 'SENDING' AND "claimedAt" <= ${at(leaseMs)}::timestamp(3)))
      ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "attempts", "calendar", "calendarMethod", "replyTo", "claimedAt"`;
  const row = rows[0];
  return row ? { ...row, attempts: Number(row.attempts) } : null;
}

/** A mail whose last allowed try crashed mid-send is not tried again: FAILED, for a person to look at. */
async function failExhaustedClaims(leaseMs: number): Promise<number> {
  const { count } = await db().outboxMail.updateMany({
    where: { status: "SENDING", attempts: { gte: MAX_ATTEMPTS }, claimedAt: { lte: new Date(Date.now() - leaseMs) } },
    data: { status: "FAILED", lastError: "Het versturen werd afgebroken (de server stopte midden in het versturen)." },
  });
  return count;
}
