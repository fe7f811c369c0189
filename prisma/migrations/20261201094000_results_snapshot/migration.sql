-- AlterTable
ALTER TABLE "ScanResponse" ADD COLUMN     "shareTextWithEmployer" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ResultsSnapshot" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "view" JSONB NOT NULL,
    "respondents" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "takenById" TEXT,
    "takenByName" TEXT NOT NULL,

    CONSTRAINT "ResultsSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResultsSnapshot_trajectId_takenAt_idx" ON "ResultsSnapshot"("trajectId", "takenAt");

-- AddForeignKey
ALTER TABLE "ResultsSnapshot" ADD CONSTRAINT "ResultsSnapshot_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

