-- The health-data check's term lists (issue 25, ADR 028): one row the admin edits; without it the bundled lists apply.
-- CreateTable
CREATE TABLE "HealthTermList" (
    "id" TEXT NOT NULL DEFAULT 'terms',
    "strong" TEXT NOT NULL,
    "near" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HealthTermList_pkey" PRIMARY KEY ("id")
);

