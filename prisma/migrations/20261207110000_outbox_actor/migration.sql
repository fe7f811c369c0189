-- Whose action wrote a mail, always (issue 24): the trainer's outbox lists the mail their actions caused.
ALTER TABLE "OutboxMail" ADD COLUMN "actorId" TEXT;

CREATE INDEX "OutboxMail_actorId_idx" ON "OutboxMail"("actorId");
