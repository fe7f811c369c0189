-- The app's own scheduler (lib/scheduler): each recurring job's last run, shared by every instance.

-- CreateTable
CREATE TABLE "SchedulerJob" (
    "name" TEXT NOT NULL,
    "lastStartedAt" TIMESTAMP(3),
    "lastFinishedAt" TIMESTAMP(3),
    "lastOutcome" TEXT,
    "lastMessage" TEXT,
    "runCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SchedulerJob_pkey" PRIMARY KEY ("name")
);
