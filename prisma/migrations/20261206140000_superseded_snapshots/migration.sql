-- No respondent can be read through the employer's view (issue 20, item 7, review): only a round's
-- newest snapshot is ever shown, so a superseded one keeps no view (figures and shared texts); its
-- respondent ids and count stay, because a new stand must differ by the minimum from every earlier
-- stand the employer saw (docs/privacy.md#snapshots).
-- AlterTable
ALTER TABLE "ResultsSnapshot" ALTER COLUMN "view" DROP NOT NULL;

-- the views of snapshots that a newer one of the same round superseded
UPDATE "ResultsSnapshot" AS s
SET "view" = NULL
WHERE EXISTS (
  SELECT 1 FROM "ResultsSnapshot" AS n
  WHERE n."roundId" = s."roundId"
    AND (n."takenAt" > s."takenAt" OR (n."takenAt" = s."takenAt" AND n."id" > s."id"))
);
