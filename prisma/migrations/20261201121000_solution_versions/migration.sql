-- The oplossingsrichtingen library is edited in the app: optimistic concurrency and a change time.

-- AlterTable
ALTER TABLE "Solution" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
