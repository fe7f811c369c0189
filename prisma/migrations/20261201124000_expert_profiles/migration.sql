-- Expert profiles the expert edits (docs/operations.md): availability per weekday and part of the day,
-- a pause set by the admin, optimistic concurrency; and every expert account gets one.

-- AlterTable
ALTER TABLE "ExpertProfile" ADD COLUMN     "paused" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "slots" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "region" SET DEFAULT '',
ALTER COLUMN "availability" SET DEFAULT '';

-- Experts made before profiles were made with the account.
INSERT INTO "ExpertProfile" ("id", "userId", "experienceThemes")
SELECT 'ep-' || md5(u."id"), u."id", ARRAY[]::TEXT[] FROM "User" u
WHERE u."role" = 'EXPERT' AND NOT EXISTS (SELECT 1 FROM "ExpertProfile" p WHERE p."userId" = u."id");
