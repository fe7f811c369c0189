-- Preparation cards and compensation (issue "Sessions and the tandem", items 5 and 7).

-- The employer's questions for the expert, recorded by the trainer at intake.
ALTER TABLE "Traject" ADD COLUMN "expertQuestions" TEXT;

-- The method's do's and don'ts on every preparation card (bundled, edited by the admin).
CREATE TYPE "GuidelineKind" AS ENUM ('DO', 'DONT');
CREATE TABLE "MethodGuideline" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "GuidelineKind" NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MethodGuideline_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "MethodGuideline_key_key" ON "MethodGuideline"("key");

-- Time and travel compensation for experts.
CREATE TYPE "ClaimStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'PAID');
CREATE TYPE "TravelMode" AS ENUM ('NONE', 'CAR', 'PUBLIC_TRANSPORT');

CREATE TABLE "CompensationRates" (
    "id" TEXT NOT NULL DEFAULT 'rates',
    "hourlyCents" INTEGER NOT NULL DEFAULT 0,
    "perKmCents" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CompensationRates_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CompensationCap" (
    "expertId" TEXT NOT NULL,
    "yearlyCents" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CompensationCap_pkey" PRIMARY KEY ("expertId")
);
ALTER TABLE "CompensationCap" ADD CONSTRAINT "CompensationCap_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CompensationClaim" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT,
    "expertId" TEXT NOT NULL,
    "sessionDate" TIMESTAMP(3) NOT NULL,
    "sessionNumber" INTEGER NOT NULL,
    "employerName" TEXT NOT NULL,
    "preparationMinutes" INTEGER NOT NULL,
    "sessionMinutes" INTEGER NOT NULL,
    "travelMinutes" INTEGER NOT NULL,
    "travelMode" "TravelMode" NOT NULL DEFAULT 'NONE',
    "distanceTenthKm" INTEGER NOT NULL DEFAULT 0,
    "transitCents" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "ClaimStatus" NOT NULL DEFAULT 'SUBMITTED',
    "hourlyCents" INTEGER,
    "perKmCents" INTEGER,
    "amountCents" INTEGER,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "paidAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CompensationClaim_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CompensationClaim_sessionId_expertId_key" ON "CompensationClaim"("sessionId", "expertId");
CREATE INDEX "CompensationClaim_expertId_idx" ON "CompensationClaim"("expertId");
CREATE INDEX "CompensationClaim_sessionDate_idx" ON "CompensationClaim"("sessionDate");
ALTER TABLE "CompensationClaim" ADD CONSTRAINT "CompensationClaim_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrajectSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CompensationClaim" ADD CONSTRAINT "CompensationClaim_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CompensationClaim" ADD CONSTRAINT "CompensationClaim_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
