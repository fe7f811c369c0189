-- AlterTable
ALTER TABLE "Gedragscode" ADD COLUMN     "adoptionMailedAt" TIMESTAMP(3),
ADD COLUMN     "signingRequestedAt" TIMESTAMP(3),
ADD COLUMN     "signingRequestedByName" TEXT;

-- AlterTable
ALTER TABLE "CodeSigner" ADD COLUMN     "remindedAt" TIMESTAMP(3),
ADD COLUMN     "reminders" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "requestedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MailAttachment" (
    "id" TEXT NOT NULL,
    "mailId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MailAttachment_mailId_idx" ON "MailAttachment"("mailId");

-- AddForeignKey
ALTER TABLE "MailAttachment" ADD CONSTRAINT "MailAttachment_mailId_fkey" FOREIGN KEY ("mailId") REFERENCES "OutboxMail"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Codes adopted before this migration were handled by hand: don't mail them now.
UPDATE "Gedragscode" SET "adoptionMailedAt" = "adoptedAt" WHERE "status" = 'VASTGESTELD';
