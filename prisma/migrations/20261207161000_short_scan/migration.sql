-- The short scan and the working-version label (issue 25, ADR 026).
-- A follow-up round can be the short version: only the questionnaire's core statements.
ALTER TABLE "ScanRound" ADD COLUMN "short" BOOLEAN NOT NULL DEFAULT false;

-- The app's own questionnaire (the "werkversie"), installed from prisma/data, as opposed to an admin's
-- import. Every version installed so far without an importing admin is the bundled one.
ALTER TABLE "Questionnaire" ADD COLUMN "bundled" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Questionnaire" SET "bundled" = true WHERE "importedById" IS NULL;
