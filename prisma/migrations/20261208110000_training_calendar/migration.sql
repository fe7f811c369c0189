-- Who holds a training session in their calendar (issue 27): the next change knows whom to update or cancel.
CREATE TABLE "TrainingCalendarInvite" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingCalendarInvite_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "TrainingCalendarInvite_sessionId_email_key" ON "TrainingCalendarInvite"("sessionId", "email");

ALTER TABLE "TrainingCalendarInvite" ADD CONSTRAINT "TrainingCalendarInvite_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
