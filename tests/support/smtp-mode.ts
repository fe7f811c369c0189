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
