import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Runs `fn` as an installation with a mail server (SMTP_URL set) would: env() is parsed once and
 * cached, so the cached value is set for the call and put back after (test files run one at a time
 * per worker, so no other file sees it).
 */
export async function withSmtpUrl<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const settings = env();
  const before = settings.SMTP_URL;
  settings.SMTP_URL = url;
  try {
    return await fn();
  } finally {
    settings.SMTP_URL = before;
  }
}

/**
 * Runs `fn` with SMTP configured but unreachable (a closed port): mail is enqueued as PENDING with its
 * links in the row, and the action's own delivery attempt (kickDelivery) fails. Waits until it has, so
 * the mail is PENDING again and nothing runs on in the background after the test.
 */
export async function withUnreachableSmtp<T>(fn: () => Promise<T>): Promise<T> {
  const result = await withSmtpUrl("smtp://127.0.0.1:9", fn);
  for (
    let i = 0;
    i < 200 && (await db().outboxMail.count({ where: { OR: [{ status: "SENDING" }, { status: "PENDING", attempts: 0 }] } }));
    i++
  )
    await new Promise((r) => setTimeout(r, 25));
  return result;
}
