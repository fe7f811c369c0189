// One-time links in mail (scan, password, signing links): who may read them in the outbox. Pure.
//
// A link's token is its recipient's key. Every such token comes from newLinkToken (lib/link-tokens.ts):
// 32 random bytes as base64url, 43 characters. So a URL with a path segment of exactly that shape is a
// credential, whatever route it points to; a route added later is covered without a list to keep up.
// The migration 20261206100000_mail_once_and_credentials applies the same pattern in SQL.

import { capabilitiesFor } from "@/lib/auth/capabilities";
import type { Actor } from "@/lib/auth/roles";

export const REDACTED_LINK = "[link verborgen: alleen voor de ontvanger]";

const CREDENTIAL_URL = /https?:\/\/[^\s<>"]*?\/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])(?:[/?#][^\s<>"]*)?/g;

export const hasCredentialLink = (text: string | null | undefined): boolean => !!text && new RegExp(CREDENTIAL_URL).test(text);

export function redactCredentialLinks(text: string): string;
export function redactCredentialLinks(text: string | null): string | null;
export function redactCredentialLinks(text: string | null): string | null {
  return text === null ? null : text.replace(CREDENTIAL_URL, REDACTED_LINK);
}

export interface MailForViewer {
  kind: string;
  status: "PENDING" | "SENDING" | "SENT" | "STORED" | "FAILED";
  causedById: string | null;
  traject: { trainerId: string } | null;
}

/** What the server answers when a signing link is asked for without SMTP; `owner`: ownerLabel of lib/organisation. */
export const noSigningLinkWithoutSmtp = (owner: string) =>
  `Er is geen mailserver ingesteld, dus een ondertekenlink kan niet veilig bij de ondertekenaar komen. Ondertekenaars tekenen na het inloggen met hun eigen account; ${owner} stuurt hun de activeringslink.`;

/**
 * A link that lets its holder act for the employer: a signing link, or the password link of an
 * employer account (issue 20). Without SMTP such a link is never the tandem's to see: they could sign
 * or decide as the employer with it. An admin (ECIO) hands these over.
 */
export const actsForEmployer = (mail: { kind: string; employerAccount?: boolean }) =>
  mail.kind === "signing" || (mail.kind === "account" && mail.employerAccount === true);

/**
 * The one rule for whose outbox view may show a stored mail's links, decided when the mail is written:
 * the person whose action caused it, except that a link acting for the employer is only an admin's.
 * Null: nobody (the scheduler's scan reminders fall to the traject's trainer, see below).
 */
export function credentialOwnerId(
  mail: { kind: string; employerAccount?: boolean },
  causedBy: Pick<Actor, "id" | "role"> | null,
): string | null {
  if (!causedBy) return null;
  // whoever manages accounts (ECIO's admin) hands such a link over; the tandem never
  if (actsForEmployer(mail) && !capabilitiesFor(causedBy).has("user:manage")) return null;
  return causedBy.id;
}

/**
 * Who may read the mail's one-time links (null: nobody) (docs/operations.md#e-mail):
 * - with SMTP (every status but STORED) nobody: a queued or failed mail is on its way to its recipient
 *   only, and a sent one no longer holds its links;
 * - without SMTP (STORED: the outbox is the delivery) only the person whose action caused the mail.
 *   Mail the scheduler caused (a reminder with a new link) and a session's invitation (its answer
 *   links) belong to the traject's trainer, who invited these people; scheduler mail outside a traject, and a "Wachtwoord vergeten?" request
 *   (which makes no mail without SMTP at all), belongs to nobody. A signing link is nobody's, and an
 *   employer account's link only the causing admin's (credentialOwnerId).
 */
export function credentialReaderId(mail: MailForViewer): string | null {
  if (mail.status !== "STORED") return null;
  // a signing link is nobody's to read, also in a mail written before this rule (none go out without SMTP now)
  if (actsForEmployer(mail)) return null;
  if (mail.causedById) return mail.causedById;
  // only a reminder the scheduler wrote, and a session's invitation with its answer links (the trainer
  // organises the meeting, whoever's change sent it; ADR 021), fall to the trainer who invited these
  // people; any other mail without an owner (e.g. an employer account's link the tandem asked for) stays nobody's
  return mail.kind === "reminder" || mail.kind === "calendar" ? (mail.traject?.trainerId ?? null) : null;
}

export const mayReadCredentialLinks = (mail: MailForViewer, viewerId: string): boolean => credentialReaderId(mail) === viewerId;
