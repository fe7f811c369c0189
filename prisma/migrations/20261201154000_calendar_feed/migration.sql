-- A private calendar feed per user (issue "Sessions and the tandem", item 2): only the link's hash is
-- stored; a new link or "stop" makes the old one stop working.
ALTER TABLE "User" ADD COLUMN "calendarFeedHash" TEXT,
ADD COLUMN "calendarFeedCreatedAt" TIMESTAMP(3);
CREATE UNIQUE INDEX "User_calendarFeedHash_key" ON "User"("calendarFeedHash");
