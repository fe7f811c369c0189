-- Issue 20, items 1 and 8: each mail goes out once, and no page shows a delivered one-time link.

-- A delivery run claims a mail (SENDING, committed) before SMTP and marks it SENT after.
ALTER TYPE "MailStatus" ADD VALUE IF NOT EXISTS 'SENDING';
ALTER TABLE "OutboxMail" ADD COLUMN "claimedAt" TIMESTAMP(3);

-- Who caused a mail: without SMTP only they see its one-time links (lib/mail/credentials.ts).
ALTER TABLE "OutboxMail" ADD COLUMN "causedById" TEXT;

-- A scheduler run that was started but never finished, taken over by another run.
ALTER TABLE "SchedulerJob" ADD COLUMN "lastAbortedAt" TIMESTAMP(3);

-- Mail already delivered keeps no one-time link (the same rule as redactCredentialLinks: a URL with a
-- path segment shaped like a link token, 43 characters of base64url).
UPDATE "OutboxMail"
SET "text" = regexp_replace("text", 'https?://[^[:space:]<>"]*?/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])([/?#][^[:space:]<>"]*)?', '[link verborgen: alleen voor de ontvanger]', 'g')
WHERE "status" = 'SENT';
