-- The organisation behind the app (issue 25 item 5, ADR 025): one row, written on the admin's first save;
-- without it the app reads the texts of lib/organisation/defaults.ts.
-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL DEFAULT 'organisation',
    "programmeName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "initiativeLine" TEXT NOT NULL,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "website" TEXT,
    "mailFromName" TEXT,
    "mailFromAddress" TEXT,
    "replyToAddress" TEXT,
    "logo" BYTEA,
    "logoType" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

