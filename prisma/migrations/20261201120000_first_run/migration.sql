-- First run without demo data (docs/operations.md): the setup link for the first admin, and a mark on
-- what the demo seed made, so every page can say so and an admin can remove it in one action.

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Employer" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SetupToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SetupToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SetupToken_tokenHash_key" ON "SetupToken"("tokenHash");

-- Demo data loaded before this column existed: the demo seed's fixed addresses and ids.
UPDATE "User" SET "demo" = true WHERE "email" IN (
  'beheer@weerbarewerkgever.nl', 'marieke@oads.nl', 'ruben@oads.nl',
  'sanne@ervaringsdeskundig.nl', 'mohammed@ervaringsdeskundig.nl', 'petra@ervaringsdeskundig.nl',
  'hr@delinde.nl', 'directie@delinde.nl', 'teamleider@delinde.nl',
  'hr@vandijkbouw.nl', 'directie@vandijkbouw.nl', 'uitvoering@vandijkbouw.nl',
  'hr@rivierstad.nl', 'directie@rivierstad.nl', 'teamleider@rivierstad.nl');
UPDATE "Employer" SET "demo" = true WHERE "id" LIKE 'demo-employer-%';
