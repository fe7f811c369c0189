-- Live updates are platform (lib/live, issue 21): a topic and a channel id instead of a traject, and
-- the topic's own payload as JSON. The board's rows become topic 'board', channel = the traject's id.
-- No foreign key: a channel can be anything; whoever deletes a traject forgets its channel
-- (lib/live/events.ts forgetChannels), and every row goes after two days anyway (retention).
ALTER TABLE "BoardEvent" RENAME TO "LiveEvent";
ALTER TABLE "LiveEvent" RENAME CONSTRAINT "BoardEvent_pkey" TO "LiveEvent_pkey";
ALTER TABLE "LiveEvent" DROP CONSTRAINT "BoardEvent_trajectId_fkey";
ALTER SEQUENCE "BoardEvent_id_seq" RENAME TO "LiveEvent_id_seq";
ALTER TABLE "LiveEvent" RENAME COLUMN "trajectId" TO "channelId";
ALTER TABLE "LiveEvent" ADD COLUMN "topic" TEXT NOT NULL DEFAULT 'board';
ALTER TABLE "LiveEvent" ALTER COLUMN "topic" DROP DEFAULT;
ALTER TABLE "LiveEvent" ADD COLUMN "data" JSONB NOT NULL DEFAULT '{}';
UPDATE "LiveEvent" SET "data" = jsonb_build_object('kind', "kind", 'actorName', "actorName");
ALTER TABLE "LiveEvent" ALTER COLUMN "data" DROP DEFAULT;
ALTER TABLE "LiveEvent" DROP COLUMN "kind";
ALTER TABLE "LiveEvent" DROP COLUMN "actorName";
DROP INDEX "BoardEvent_trajectId_id_idx";
CREATE INDEX "LiveEvent_topic_channelId_id_idx" ON "LiveEvent"("topic", "channelId", "id");
