import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverPendingMail } from "./deliver";

type Tx = Prisma.TransactionClient;

export interface MailInput {
  trajectId?: string | null;
  kind: "invitation" | "reminder" | "resend" | "account" | "test";
  to: string;
  subject: string;
  text: string;
}

/**
 * Every mail goes into the OutboxMail table first, in the caller's transaction, so a rollback never
 * leaves a sent mail behind and a crash never loses one. Without SMTP_URL it stays there as STORED
 * (readable by admins and trainers); with SMTP_URL it is PENDING until a delivery run sends it.
 */
export async function enqueueMail(mail: MailInput, tx: Tx = db()) {
  const status = env().SMTP_URL ? "PENDING" : "STORED";
  return tx.outboxMail.create({ data: { ...mail, trajectId: mail.trajectId ?? null, status } });
}

/** After the transaction commits: try to deliver at once (a scheduler retries what fails). */
export function kickDelivery() {
  if (!env().SMTP_URL) return;
  deliverPendingMail().catch((e) => console.error("[mail] delivery run failed", e));
}
