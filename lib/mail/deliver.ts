import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const MAX_ATTEMPTS = 5;

/**
 * Sends PENDING mail through SMTP. Rows are claimed with FOR UPDATE SKIP LOCKED, so several app
 * instances (or the reminders job) can run this at once without sending a mail twice.
 */
export async function deliverPendingMail(limit = 50): Promise<{ sent: number; failed: number }> {
  const url = env().SMTP_URL;
  if (!url) return { sent: 0, failed: 0 };
  const transport = nodemailer.createTransport(url);
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < limit; i++) {
    const done = await db().$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string; attempts: number }[]>`
        SELECT "id", "to", "subject", "text", "attempts" FROM "OutboxMail"
        WHERE "status" = 'PENDING' AND "attempts" < ${MAX_ATTEMPTS}
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      const mail = rows[0];
      if (!mail) return "empty" as const;
      try {
        await transport.sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
        await tx.outboxMail.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } } });
        return "sent" as const;
      } catch (e) {
        const attempts = mail.attempts + 1;
        await tx.outboxMail.update({
          where: { id: mail.id },
          data: { attempts, lastError: String((e as Error).message).slice(0, 500), status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING" },
        });
        return "failed" as const;
      }
    });
    if (done === "empty") break;
    if (done === "sent") sent++;
    else failed++;
  }
  return { sent, failed };
}
