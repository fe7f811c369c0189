-- Proposals of the scan left out on the session board (issue 26 item 1): gone for everyone until shown again.
-- CreateTable
CREATE TABLE "DismissedProposal" (
    "id" TEXT NOT NULL,
    "gedragscodeId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "adopted" BOOLEAN NOT NULL DEFAULT false,
    "byName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DismissedProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DismissedProposal_gedragscodeId_key_key" ON "DismissedProposal"("gedragscodeId", "key");

-- AddForeignKey
ALTER TABLE "DismissedProposal" ADD CONSTRAINT "DismissedProposal_gedragscodeId_fkey" FOREIGN KEY ("gedragscodeId") REFERENCES "Gedragscode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
