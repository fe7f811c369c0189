-- A debrief after each held session (issue "Sessions and the tandem", item 6): the trainer and the
-- expert each look back. The expert's energy check is theirs alone; the rest they share or keep.
CREATE TABLE "SessionDebrief" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "wentWell" TEXT NOT NULL DEFAULT '',
    "hard" TEXT NOT NULL DEFAULT '',
    "takenUp" TEXT NOT NULL DEFAULT '',
    "followUp" TEXT NOT NULL DEFAULT '',
    "energy" INTEGER,
    "sharedWithTrainer" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionDebrief_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SessionDebrief_sessionId_authorId_key" ON "SessionDebrief"("sessionId", "authorId");
CREATE INDEX "SessionDebrief_authorId_idx" ON "SessionDebrief"("authorId");
ALTER TABLE "SessionDebrief" ADD CONSTRAINT "SessionDebrief_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrajectSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionDebrief" ADD CONSTRAINT "SessionDebrief_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The day after a held session, one reminder per person without a debrief.
CREATE TABLE "DebriefReminder" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DebriefReminder_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "DebriefReminder_sessionId_userId_key" ON "DebriefReminder"("sessionId", "userId");
ALTER TABLE "DebriefReminder" ADD CONSTRAINT "DebriefReminder_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrajectSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DebriefReminder" ADD CONSTRAINT "DebriefReminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
