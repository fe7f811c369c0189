-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'TRAINER', 'EXPERT', 'EMPLOYER');

-- CreateEnum
CREATE TYPE "EmployerFunction" AS ENUM ('DIRECTIE', 'HR', 'LEIDINGGEVENDE', 'ANDERS');

-- CreateEnum
CREATE TYPE "RespondentFunction" AS ENUM ('DIRECTIE', 'HR', 'LEIDINGGEVENDE', 'MEDEWERKER_OR', 'ANDERS');

-- CreateEnum
CREATE TYPE "TrajectStatus" AS ENUM ('INTAKE', 'SCAN_OPEN', 'SCAN_CLOSED', 'SESSION_1_DONE', 'SESSION_2_DONE', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TrajectOutcome" AS ENUM ('FORMELE_CODE', 'AFSPRAKEN', 'ALLEEN_RAPPORT');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ResponseStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PRIVATE', 'TANDEM', 'EMPLOYER');

-- CreateEnum
CREATE TYPE "CodeStatus" AS ENUM ('CONCEPT', 'VASTGESTELD');

-- CreateEnum
CREATE TYPE "GedragscodeSection" AS ENUM ('PREAMBULE', 'UITGANGSPUNTEN', 'AFSPRAKEN_PER_ROL', 'VOORZIENINGEN', 'SIGNALEREN_TERUGVAL', 'TOEGANG_WERVING', 'BORGING');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'STORED', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "employerId" TEXT,
    "employerFunction" "EmployerFunction",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "city" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Werkvloer" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "location" TEXT,

    CONSTRAINT "Werkvloer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Traject" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "werkvloerId" TEXT,
    "trainerId" TEXT NOT NULL,
    "contactUserId" TEXT,
    "status" "TrajectStatus" NOT NULL DEFAULT 'INTAKE',
    "plannedSessionCount" INTEGER NOT NULL DEFAULT 2,
    "motivation" TEXT,
    "questionnaireId" TEXT,
    "scanDeadline" TIMESTAMP(3),
    "outcome" "TrajectOutcome",
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Traject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrajectSession" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "scheduledAt" TIMESTAMP(3),
    "location" TEXT,
    "status" "SessionStatus" NOT NULL DEFAULT 'PLANNED',

    CONSTRAINT "TrajectSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "experienceThemes" TEXT[],
    "region" TEXT NOT NULL,
    "availability" TEXT NOT NULL,
    "bio" TEXT,
    "certified" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ExpertProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertAssignment" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'ACCEPTED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpertAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "itemCount" INTEGER NOT NULL,
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScanInvitation" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "function" "RespondentFunction" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "sendCount" INTEGER NOT NULL DEFAULT 0,
    "openedAt" TIMESTAMP(3),
    "reminderCount" INTEGER NOT NULL DEFAULT 0,
    "lastReminderAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScanInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScanResponse" (
    "id" TEXT NOT NULL,
    "invitationId" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "status" "ResponseStatus" NOT NULL DEFAULT 'DRAFT',
    "selfGrade" INTEGER,
    "selfGradeRevision" INTEGER NOT NULL DEFAULT 0,
    "lastThemeIndex" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "reopenedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScanResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScanAnswer" (
    "responseId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "value" INTEGER,
    "dontKnow" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScanAnswer_pkey" PRIMARY KEY ("responseId","itemKey")
);

-- CreateTable
CREATE TABLE "ScanNote" (
    "responseId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScanNote_pkey" PRIMARY KEY ("responseId","key")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "themeKey" TEXT NOT NULL,
    "itemKey" TEXT,
    "body" TEXT NOT NULL,
    "visibility" "Visibility" NOT NULL DEFAULT 'PRIVATE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Solution" (
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "themes" TEXT[],
    "forAllThemes" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Solution_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Gedragscode" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "status" "CodeStatus" NOT NULL DEFAULT 'CONCEPT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "preamble" TEXT,
    "adoptedAt" TIMESTAMP(3),
    "adoptedByName" TEXT,
    "consentToReuse" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Gedragscode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GedragscodeClause" (
    "id" TEXT NOT NULL,
    "gedragscodeId" TEXT NOT NULL,
    "section" "GedragscodeSection" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "themeKey" TEXT,
    "solutionKey" TEXT,
    "owner" TEXT,
    "startDate" TIMESTAMP(3),
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GedragscodeClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GedragscodeRevision" (
    "id" TEXT NOT NULL,
    "gedragscodeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GedragscodeRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NextStep" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "owner" TEXT,
    "dueDate" TIMESTAMP(3),
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NextStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "trajectId" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT,
    "kind" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_employerId_idx" ON "User"("employerId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "Werkvloer_employerId_idx" ON "Werkvloer"("employerId");

-- CreateIndex
CREATE INDEX "Traject_trainerId_idx" ON "Traject"("trainerId");

-- CreateIndex
CREATE INDEX "Traject_employerId_idx" ON "Traject"("employerId");

-- CreateIndex
CREATE UNIQUE INDEX "TrajectSession_trajectId_number_key" ON "TrajectSession"("trajectId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertProfile_userId_key" ON "ExpertProfile"("userId");

-- CreateIndex
CREATE INDEX "ExpertAssignment_expertId_idx" ON "ExpertAssignment"("expertId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertAssignment_trajectId_expertId_key" ON "ExpertAssignment"("trajectId", "expertId");

-- CreateIndex
CREATE UNIQUE INDEX "Questionnaire_key_version_key" ON "Questionnaire"("key", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ScanInvitation_tokenHash_key" ON "ScanInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "ScanInvitation_trajectId_idx" ON "ScanInvitation"("trajectId");

-- CreateIndex
CREATE UNIQUE INDEX "ScanResponse_invitationId_key" ON "ScanResponse"("invitationId");

-- CreateIndex
CREATE INDEX "ScanResponse_trajectId_status_idx" ON "ScanResponse"("trajectId", "status");

-- CreateIndex
CREATE INDEX "Annotation_trajectId_idx" ON "Annotation"("trajectId");

-- CreateIndex
CREATE UNIQUE INDEX "Gedragscode_trajectId_key" ON "Gedragscode"("trajectId");

-- CreateIndex
CREATE INDEX "GedragscodeClause_gedragscodeId_idx" ON "GedragscodeClause"("gedragscodeId");

-- CreateIndex
CREATE UNIQUE INDEX "GedragscodeRevision_gedragscodeId_number_key" ON "GedragscodeRevision"("gedragscodeId", "number");

-- CreateIndex
CREATE INDEX "NextStep_trajectId_idx" ON "NextStep"("trajectId");

-- CreateIndex
CREATE INDEX "AuditEvent_trajectId_idx" ON "AuditEvent"("trajectId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_status_createdAt_idx" ON "OutboxMail"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_trajectId_idx" ON "OutboxMail"("trajectId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Werkvloer" ADD CONSTRAINT "Werkvloer_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Traject" ADD CONSTRAINT "Traject_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Traject" ADD CONSTRAINT "Traject_werkvloerId_fkey" FOREIGN KEY ("werkvloerId") REFERENCES "Werkvloer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Traject" ADD CONSTRAINT "Traject_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Traject" ADD CONSTRAINT "Traject_contactUserId_fkey" FOREIGN KEY ("contactUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Traject" ADD CONSTRAINT "Traject_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectSession" ADD CONSTRAINT "TrajectSession_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertProfile" ADD CONSTRAINT "ExpertProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertAssignment" ADD CONSTRAINT "ExpertAssignment_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertAssignment" ADD CONSTRAINT "ExpertAssignment_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanInvitation" ADD CONSTRAINT "ScanInvitation_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanInvitation" ADD CONSTRAINT "ScanInvitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanResponse" ADD CONSTRAINT "ScanResponse_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "ScanInvitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanResponse" ADD CONSTRAINT "ScanResponse_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanResponse" ADD CONSTRAINT "ScanResponse_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanAnswer" ADD CONSTRAINT "ScanAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "ScanResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanNote" ADD CONSTRAINT "ScanNote_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "ScanResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gedragscode" ADD CONSTRAINT "Gedragscode_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GedragscodeClause" ADD CONSTRAINT "GedragscodeClause_gedragscodeId_fkey" FOREIGN KEY ("gedragscodeId") REFERENCES "Gedragscode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GedragscodeRevision" ADD CONSTRAINT "GedragscodeRevision_gedragscodeId_fkey" FOREIGN KEY ("gedragscodeId") REFERENCES "Gedragscode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GedragscodeRevision" ADD CONSTRAINT "GedragscodeRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NextStep" ADD CONSTRAINT "NextStep_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE SET NULL ON UPDATE CASCADE;
