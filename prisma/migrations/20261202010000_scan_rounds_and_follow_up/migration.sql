-- After the sessions (docs/decisions/016-scan-rounds.md): scan rounds, next steps that live on, the
-- follow-up moment and the traject's debrief. Existing scans become round 1 of their traject.
-- CreateEnum
CREATE TYPE "StepStatus" AS ENUM ('OPEN', 'BEZIG', 'KLAAR', 'LOSGELATEN');

-- AlterTable
ALTER TABLE "Traject" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "followUpAt" TIMESTAMP(3),
ADD COLUMN     "followUpRemindedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ScanInvitation" ADD COLUMN     "roundId" TEXT;

-- AlterTable
ALTER TABLE "ScanResponse" ADD COLUMN     "roundId" TEXT;

-- AlterTable
ALTER TABLE "ResultsSnapshot" ADD COLUMN     "roundId" TEXT;

-- AlterTable
ALTER TABLE "NextStep" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "dueReminderSentAt" TIMESTAMP(3),
ADD COLUMN     "overdueNoticeSentAt" TIMESTAMP(3),
ADD COLUMN     "status" "StepStatus" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "statusChangedAt" TIMESTAMP(3),
ADD COLUMN     "statusChangedByName" TEXT,
ADD COLUMN     "statusNote" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ScanRound" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "questionnaireId" TEXT,
    "deadline" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "startedByName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScanRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClauseFollowUp" (
    "clauseId" TEXT NOT NULL,
    "status" "StepStatus" NOT NULL DEFAULT 'OPEN',
    "statusNote" TEXT,
    "statusChangedAt" TIMESTAMP(3),
    "statusChangedByName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "dueReminderSentAt" TIMESTAMP(3),
    "overdueNoticeSentAt" TIMESTAMP(3),

    CONSTRAINT "ClauseFollowUp_pkey" PRIMARY KEY ("clauseId")
);

-- CreateTable
CREATE TABLE "TrajectDebrief" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorRole" "Role" NOT NULL,
    "whatWorked" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrajectDebrief_pkey" PRIMARY KEY ("id")
);

-- Every traject gets its first round; what exists belongs to it.
INSERT INTO "ScanRound" ("id", "trajectId", "number", "createdAt")
SELECT 'round1-' || t."id", t."id", 1, t."createdAt" FROM "Traject" t;
UPDATE "ScanInvitation" SET "roundId" = 'round1-' || "trajectId";
UPDATE "ScanResponse" SET "roundId" = 'round1-' || "trajectId";
UPDATE "ResultsSnapshot" SET "roundId" = 'round1-' || "trajectId";
ALTER TABLE "ScanInvitation" ALTER COLUMN "roundId" SET NOT NULL;
ALTER TABLE "ScanResponse" ALTER COLUMN "roundId" SET NOT NULL;
ALTER TABLE "ResultsSnapshot" ALTER COLUMN "roundId" SET NOT NULL;

-- Closed trajects: when they closed (the audit log's status change, else their last update), and the
-- follow-up moment six months later.
UPDATE "Traject" t SET "closedAt" = coalesce(
  (SELECT max(a."createdAt") FROM "AuditEvent" a
    WHERE a."trajectId" = t."id" AND a."action" = 'traject.status' AND a."data"->>'to' = 'CLOSED'),
  t."updatedAt")
WHERE t."status" = 'CLOSED';
UPDATE "Traject" SET "followUpAt" = "closedAt" + interval '6 months' WHERE "closedAt" IS NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "ScanRound_trajectId_number_key" ON "ScanRound"("trajectId", "number");

-- CreateIndex
CREATE INDEX "TrajectDebrief_authorId_idx" ON "TrajectDebrief"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "TrajectDebrief_trajectId_authorId_key" ON "TrajectDebrief"("trajectId", "authorId");

-- CreateIndex
CREATE INDEX "ScanInvitation_roundId_idx" ON "ScanInvitation"("roundId");

-- CreateIndex
CREATE INDEX "ScanResponse_roundId_status_idx" ON "ScanResponse"("roundId", "status");

-- CreateIndex
CREATE INDEX "ResultsSnapshot_roundId_takenAt_idx" ON "ResultsSnapshot"("roundId", "takenAt");

-- AddForeignKey
ALTER TABLE "ScanRound" ADD CONSTRAINT "ScanRound_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanRound" ADD CONSTRAINT "ScanRound_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanInvitation" ADD CONSTRAINT "ScanInvitation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ScanRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanResponse" ADD CONSTRAINT "ScanResponse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ScanRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultsSnapshot" ADD CONSTRAINT "ResultsSnapshot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ScanRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseFollowUp" ADD CONSTRAINT "ClauseFollowUp_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "GedragscodeClause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectDebrief" ADD CONSTRAINT "TrajectDebrief_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectDebrief" ADD CONSTRAINT "TrajectDebrief_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- A link takes answers only while its round is open. Round 1 is open while the traject is in INTAKE or
-- SCAN_OPEN; a follow-up round (started from a closed traject) until the trainer closes it.
CREATE FUNCTION ww_scan_round_open(p_round_number integer, p_round_closed_at timestamp(3), p_traject_status "TrajectStatus")
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN p_round_number = 1 THEN p_traject_status IN ('INTAKE', 'SCAN_OPEN')
              ELSE p_round_closed_at IS NULL AND p_traject_status = 'CLOSED' END
$$;

DROP FUNCTION ww_scan_link_takes_answers(timestamp(3), timestamp(3), "ResponseStatus", "TrajectStatus");
CREATE FUNCTION ww_scan_link_takes_answers(
  p_revoked_at timestamp(3), p_expires_at timestamp(3), p_response_status "ResponseStatus", p_traject_status "TrajectStatus",
  p_round_number integer, p_round_closed_at timestamp(3)
) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT ww_scan_link_valid(p_revoked_at, p_expires_at, p_traject_status)
    AND coalesce(p_response_status, 'DRAFT') = 'DRAFT'
    AND ww_scan_round_open(p_round_number, p_round_closed_at, p_traject_status)
$$;

CREATE OR REPLACE FUNCTION ww_autosave_answer(
  p_response_id text, p_token_hash text, p_item_key text, p_value integer, p_dont_know boolean, p_base_revision integer
) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  new_revision integer;
BEGIN
  INSERT INTO "ScanAnswer" ("responseId", "itemKey", "value", "dontKnow", "revision", "updatedAt")
  SELECT r."id", p_item_key, p_value, p_dont_know, 1, now()
  FROM "ScanResponse" r
    JOIN "ScanInvitation" i ON i."id" = r."invitationId"
    JOIN "Traject" t ON t."id" = r."trajectId"
    JOIN "ScanRound" sr ON sr."id" = r."roundId"
  WHERE r."id" = p_response_id AND i."tokenHash" = p_token_hash
    AND ww_scan_link_takes_answers(i."revokedAt", i."expiresAt", r."status", t."status", sr."number", sr."closedAt")
  FOR KEY SHARE OF r
  ON CONFLICT ("responseId", "itemKey") DO UPDATE SET
    "value" = EXCLUDED."value", "dontKnow" = EXCLUDED."dontKnow", "updatedAt" = now(),
    "revision" = CASE WHEN "ScanAnswer"."value" IS NOT DISTINCT FROM EXCLUDED."value" AND "ScanAnswer"."dontKnow" = EXCLUDED."dontKnow"
                      THEN "ScanAnswer"."revision" ELSE "ScanAnswer"."revision" + 1 END
  WHERE "ScanAnswer"."revision" = p_base_revision
     OR ("ScanAnswer"."value" IS NOT DISTINCT FROM EXCLUDED."value" AND "ScanAnswer"."dontKnow" = EXCLUDED."dontKnow")
  RETURNING "ScanAnswer"."revision" INTO new_revision;
  RETURN new_revision;
END
$$;
