-- Issue 27: experience experts from candidate to certificate. New tables only, plus the expert's own
-- pause and limit on ExpertProfile and training claims on CompensationClaim; nothing existing changes.

-- CreateEnum
CREATE TYPE "CandidateChannel" AS ENUM ('PATIENTENVERENIGING', 'IPS_COACH', 'ONLINE', 'SOCIALE_MEDIA', 'VIA_VIA', 'ANDERS');

-- CreateEnum
CREATE TYPE "CandidateStatus" AS ENUM ('INTERESTED', 'INTAKE_HELD', 'IN_COHORT', 'CERTIFIED', 'STOPPED');

-- CreateEnum
CREATE TYPE "TrainingTopic" AS ENUM ('PROJECT_EN_ERVARINGEN', 'AANPAK_EN_SCAN', 'WERKGEVERSGESPREKKEN', 'GOEDE_TRAINER');

-- AlterTable
ALTER TABLE "CompensationClaim" ADD COLUMN     "trainingSessionId" TEXT;

-- AlterTable
ALTER TABLE "ExpertProfile" ADD COLUMN     "maxActiveTrajects" INTEGER,
ADD COLUMN     "selfPausedFrom" TIMESTAMP(3),
ADD COLUMN     "selfPausedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ExpertCandidate" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "channel" "CandidateChannel" NOT NULL,
    "channelOther" TEXT,
    "status" "CandidateStatus" NOT NULL DEFAULT 'INTERESTED',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stoppedAt" TIMESTAMP(3),
    "userId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpertCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "topics" "TrainingTopic"[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CohortTrainer" (
    "cohortId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "CohortTrainer_pkey" PRIMARY KEY ("cohortId","userId")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "topic" "TrainingTopic" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "onlineUrl" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "cancelledAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CohortParticipant" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3),
    "completedByName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CohortParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAttendance" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedByName" TEXT NOT NULL,

    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cohortId" TEXT,
    "cohortName" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedByName" TEXT NOT NULL,
    "takenOver" BOOLEAN NOT NULL DEFAULT false,
    "revokedAt" TIMESTAMP(3),
    "revokedByName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExpertCandidate_email_key" ON "ExpertCandidate"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertCandidate_userId_key" ON "ExpertCandidate"("userId");

-- CreateIndex
CREATE INDEX "ExpertCandidate_status_idx" ON "ExpertCandidate"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_name_key" ON "Cohort"("name");

-- CreateIndex
CREATE INDEX "CohortTrainer_userId_idx" ON "CohortTrainer"("userId");

-- CreateIndex
CREATE INDEX "TrainingSession_cohortId_idx" ON "TrainingSession"("cohortId");

-- CreateIndex
CREATE INDEX "CohortParticipant_userId_idx" ON "CohortParticipant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CohortParticipant_cohortId_userId_key" ON "CohortParticipant"("cohortId", "userId");

-- CreateIndex
CREATE INDEX "TrainingAttendance_participantId_idx" ON "TrainingAttendance"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingAttendance_sessionId_participantId_key" ON "TrainingAttendance"("sessionId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Certificate_userId_idx" ON "Certificate"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CompensationClaim_trainingSessionId_expertId_key" ON "CompensationClaim"("trainingSessionId", "expertId");

-- AddForeignKey
ALTER TABLE "CompensationClaim" ADD CONSTRAINT "CompensationClaim_trainingSessionId_fkey" FOREIGN KEY ("trainingSessionId") REFERENCES "TrainingSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertCandidate" ADD CONSTRAINT "ExpertCandidate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortTrainer" ADD CONSTRAINT "CohortTrainer_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortTrainer" ADD CONSTRAINT "CohortTrainer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortParticipant" ADD CONSTRAINT "CohortParticipant_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortParticipant" ADD CONSTRAINT "CohortParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "CohortParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE SET NULL ON UPDATE CASCADE;

