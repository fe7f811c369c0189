-- AVG (docs/privacy.md): when the traject's scan closed (the retention period of respondents' names
-- and addresses counts from here) and when an invitation's name and address were removed.

-- AlterTable
ALTER TABLE "Traject" ADD COLUMN     "scanClosedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ScanInvitation" ADD COLUMN     "anonymisedAt" TIMESTAMP(3);

-- Trajects past the scan already: the closing snapshot's time, else the last change.
UPDATE "Traject" t SET "scanClosedAt" = coalesce(
  (SELECT min(s."takenAt") FROM "ResultsSnapshot" s WHERE s."trajectId" = t."id" AND s."reason" = 'scan-closed'),
  t."updatedAt")
WHERE t."status" NOT IN ('INTAKE', 'SCAN_OPEN');
