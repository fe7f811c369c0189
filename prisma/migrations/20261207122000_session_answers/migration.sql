-- Meetings people can answer (issue 24, ADR 021): an attendee's answer through their personal link,
-- the hash of that link (only the newest mail's works) and whether the reminder the day before went out.
CREATE TYPE "RsvpAnswer" AS ENUM ('ATTENDING', 'DECLINED');

ALTER TABLE "CalendarInvite" ADD COLUMN     "answer" "RsvpAnswer",
ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "reminderSentAt" TIMESTAMP(3),
ADD COLUMN     "rsvpTokenHash" TEXT;

CREATE UNIQUE INDEX "CalendarInvite_rsvpTokenHash_key" ON "CalendarInvite"("rsvpTokenHash");
