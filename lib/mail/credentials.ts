// One-time links in mail (scan, password, signing links): who may read them in the outbox. Pure.
//
// A link's token is its recipient's key. Every such token comes from newLinkToken (lib/link-tokens.ts):
// 32 random bytes as base64url, 43 characters. So a URL with a path segment of exactly that shape is a
// credential, whatever route it points to; a route added later is covered without a list to keep up.
// The migration 20261206100000_mail_once_and_credentials applies the same pattern in SQL.

export const REDACTED_LINK = "[link verborgen: alleen voor de ontvanger]";

const CREDENTIAL_URL = /https?:\/\/[^\s<>"]*?\/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])(?:[/?#][^\s<>"]*)?/g;

export const hasCredentialLink = (text: string | null | undefined): boolean => !!text && new RegExp(CREDENTIAL_URL).test(text);

export function redactCredentialLinks(text: string): string;
export function redactCredentialLinks(text: string | null): string | null;
export function redactCredentialLinks(text: string | null): string | null {
  return text === null ? null : text.replace(CREDENTIAL_URL, REDACTED_LINK);
}

export interface MailForViewer {
  status: "PENDING" | "SENDING" | "SENT" | "STORED" | "FAILED";
  causedById: string | null;
  traject: { trainerId: string } | null;
}

/**
 * Whether this viewer may read the mail's one-time links (docs/operations.md#e-mail):
 * - with SMTP (every status but STORED) nobody: a queued or failed mail is on its way to its recipient
 *   only, and a sent one no longer holds its links;
 * - without SMTP (STORED: the outbox is the delivery) only the person whose action caused the mail.
 *   Mail the scheduler caused (a reminder with a new link) belongs to the traject's trainer, who
 *   invited these people; scheduler mail outside a traject, and a "Wachtwoord vergeten?" request
 *   (which makes no mail without SMTP at all), belongs to nobody.
 */
export function mayReadCredentialLinks(mail: MailForViewer, viewerId: string): boolean {
  if (mail.status !== "STORED") return false;
  const owner = mail.causedById ?? mail.traject?.trainerId ?? null;
  return owner === viewerId;
}
