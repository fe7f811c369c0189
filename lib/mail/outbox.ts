import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverPendingMail } from "./deliver";

type Tx = Prisma.TransactionClient;

export interface MailInput {
  trajectId?: string | null;
  kind: "invitation" | "reminder" | "resend" | "account" | "test" | "calendar" | "tandem" | "signing";
  to: string;
  subject: string;
  text: string;
  /** An iCalendar part (iMIP): sent as text/calendar with this method. */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
  replyTo?: string;
}

/**
 * Every mail goes into the OutboxMail table first, in the caller's transaction, so a rollback never
 * leaves a sent mail behind and a crash never loses one. Without SMTP_URL it stays there as STORED
 * (readable by admins and trainers); with SMTP_URL it is PENDING until a delivery run sends it.
 */
export async function enqueueMail(mail: MailInput, tx: Tx = db()) {
  const status = env().SMTP_URL ? "PENDING" : "STORED";
  const { calendar, ...rest } = mail;
  return tx.outboxMail.create({
    data: { ...rest, trajectId: mail.trajectId ?? null, calendar: calendar?.content, calendarMethod: calendar?.method, status },
  });
}

/** After the transaction commits: try to deliver at once (a scheduler retries what fails). */
export function kickDelivery() {
  if (!env().SMTP_URL) return;
  deliverPendingMail().catch((e) => console.error("[mail] delivery run failed", e));
}
