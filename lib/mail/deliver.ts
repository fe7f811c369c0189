import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const MAX_ATTEMPTS = 5;

/**
 * Sends PENDING mail through SMTP. A run claims a batch with FOR UPDATE SKIP LOCKED, so several app
 * instances (or the reminders job) can run at once without sending a mail twice. A mail that fails
 * is tried again by a later run, up to MAX_ATTEMPTS, then marked FAILED for a person to look at.
 */
export async function deliverPendingMail({ limit = 50, smtpUrl = env().SMTP_URL }: { limit?: number; smtpUrl?: string } = {}): Promise<{
  sent: number;
  failed: number;
}> {
  if (!smtpUrl) return { sent: 0, failed: 0 };
  const transport = nodemailer.createTransport(smtpUrl);
  let sent = 0;
  let failed = 0;
  await db().$transaction(
    async (tx) => {
      const batch = await tx.$queryRaw<
        {
          id: string;
          to: string;
          subject: string;
          text: string;
          attempts: number;
          calendar: string | null;
          calendarMethod: string | null;
          replyTo: string | null;
        }[]
      >`
        SELECT "id", "to", "subject", "text", "attempts", "calendar", "calendarMethod", "replyTo" FROM "OutboxMail"
        WHERE "status" = 'PENDING' AND "attempts" < ${MAX_ATTEMPTS}
        ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      for (const mail of batch) {
        try {
          await transport.sendMail({
            from: env().MAIL_FROM,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            replyTo: mail.replyTo ?? undefined,
            // iMIP: calendar clients show this part as an invitation they can accept, or as a cancellation
            icalEvent: mail.calendar ? { method: mail.calendarMethod ?? "REQUEST", content: mail.calendar } : undefined,
          });
          await tx.outboxMail.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } } });
          sent++;
        } catch (e) {
          const attempts = Number(mail.attempts) + 1;
          await tx.outboxMail.update({
            where: { id: mail.id },
            data: {
              attempts,
              lastError: String((e as Error).message).slice(0, 500),
              status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
            },
          });
          failed++;
        }
      }
    },
    { timeout: 120_000 },
  );
  transport.close();
  return { sent, failed };
}
