-- Employers as records of their own (issue "Go live for real", item 3): a responsible trainer, a KvK
-- number, werkvloeren that can be archived, and key persons (one record per person) that the
-- traject's contact person, and later invitations, attendees and signatories, are picked from.

-- An OR member (ondernemingsraad) is a key person's function too.
ALTER TYPE "EmployerFunction" ADD VALUE IF NOT EXISTS 'ONDERNEMINGSRAAD';

ALTER TABLE "Employer" ADD COLUMN "kvkNumber" TEXT,
ADD COLUMN "responsibleTrainerId" TEXT,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_responsibleTrainerId_fkey" FOREIGN KEY ("responsibleTrainerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Employer_responsibleTrainerId_idx" ON "Employer"("responsibleTrainerId");

-- The trainer of an employer's first traject is who created it (trajects made the employers until now).
UPDATE "Employer" e SET "responsibleTrainerId" = (
  SELECT t."trainerId" FROM "Traject" t WHERE t."employerId" = e."id" ORDER BY t."createdAt" ASC LIMIT 1
);

ALTER TABLE "Werkvloer" ADD COLUMN "archivedAt" TIMESTAMP(3),
ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

CREATE TABLE "KeyPerson" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "function" "EmployerFunction" NOT NULL,
    "userId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "KeyPerson_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "KeyPerson_userId_key" ON "KeyPerson"("userId");
CREATE UNIQUE INDEX "KeyPerson_employerId_email_key" ON "KeyPerson"("employerId", "email");
ALTER TABLE "KeyPerson" ADD CONSTRAINT "KeyPerson_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "KeyPerson" ADD CONSTRAINT "KeyPerson_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every employer account so far is a key person of its employer; its function moves there.
INSERT INTO "KeyPerson" ("id", "employerId", "name", "email", "function", "userId")
SELECT 'kp-' || md5(u."id"), u."employerId", u."name", u."email", coalesce(u."employerFunction", 'ANDERS'), u."id"
FROM "User" u WHERE u."role" = 'EMPLOYER' AND u."employerId" IS NOT NULL;

ALTER TABLE "Traject" ADD COLUMN "contactKeyPersonId" TEXT;
ALTER TABLE "Traject" ADD CONSTRAINT "Traject_contactKeyPersonId_fkey" FOREIGN KEY ("contactKeyPersonId") REFERENCES "KeyPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;
UPDATE "Traject" t SET "contactKeyPersonId" = k."id" FROM "KeyPerson" k WHERE k."userId" = t."contactUserId" AND k."employerId" = t."employerId";

ALTER TABLE "Traject" DROP CONSTRAINT IF EXISTS "Traject_contactUserId_fkey";
ALTER TABLE "Traject" DROP COLUMN "contactUserId";
ALTER TABLE "User" DROP COLUMN "employerFunction";
