-- No respondent can be read through the employer's view (issue 20, item 7): a snapshot records the
-- submitted responses behind it, so a new one is published only when at least the minimum of them
-- differ from the last published one. Snapshots from before keep an empty list (their set is unknown;
-- lib/scan/results/snapshot-store.ts then counts only the difference in numbers).
-- AlterTable
ALTER TABLE "ResultsSnapshot" ADD COLUMN     "respondentIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
