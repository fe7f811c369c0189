-- A session is a meeting (issue "Sessions and the tandem", items 1 and 2): an end time, in person or
-- online, an agenda, attendees from the employer's key persons with their presence, and calendar
-- invitations with a stable UID and a SEQUENCE raised on every change.

CREATE TYPE "SessionMode" AS ENUM ('IN_PERSON', 'ONLINE');

ALTER TABLE "TrajectSession" ADD COLUMN "endsAt" TIMESTAMP(3),
ADD COLUMN "mode" "SessionMode" NOT NULL DEFAULT 'IN_PERSON',
ADD COLUMN "onlineUrl" TEXT,
ADD COLUMN "agenda" TEXT,
ADD COLUMN "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- planned sessions so far had a start only: three hours, the method's usual length
UPDATE "TrajectSession" SET "endsAt" = "scheduledAt" + interval '3 hours' WHERE "scheduledAt" IS NOT NULL;

CREATE TABLE "SessionAttendee" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "keyPersonId" TEXT NOT NULL,
    "present" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionAttendee_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SessionAttendee_sessionId_keyPersonId_key" ON "SessionAttendee"("sessionId", "keyPersonId");
CREATE INDEX "SessionAttendee_keyPersonId_idx" ON "SessionAttendee"("keyPersonId");
ALTER TABLE "SessionAttendee" ADD CONSTRAINT "SessionAttendee_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrajectSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionAttendee" ADD CONSTRAINT "SessionAttendee_keyPersonId_fkey" FOREIGN KEY ("keyPersonId") REFERENCES "KeyPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Who holds the session in their calendar: an invitation went to them and no cancellation since.
CREATE TABLE "CalendarInvite" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarInvite_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CalendarInvite_sessionId_email_key" ON "CalendarInvite"("sessionId", "email");
ALTER TABLE "CalendarInvite" ADD CONSTRAINT "CalendarInvite_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrajectSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The outbox keeps a mail's calendar part (shown on the outbox page, sent as text/calendar) and its Reply-To.
ALTER TABLE "OutboxMail" ADD COLUMN "calendar" TEXT,
ADD COLUMN "calendarMethod" TEXT,
ADD COLUMN "replyTo" TEXT;
