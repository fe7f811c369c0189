-- Session 2's participation (issue 26, ADR 029): a room per session, phone participants, cards, groups, votes; who is on a board now.
-- CreateEnum
CREATE TYPE "RoomVoting" AS ENUM ('NONE', 'PUNTEN', 'AFSPRAKEN');

-- CreateEnum
CREATE TYPE "RoomView" AS ENUM ('JOIN', 'AGENDA', 'PUNT', 'VOTES', 'CODE', 'SUMMARY');

-- CreateTable
CREATE TABLE "SessionRoom" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openedByName" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "votesPerPerson" INTEGER NOT NULL DEFAULT 3,
    "voting" "RoomVoting" NOT NULL DEFAULT 'NONE',
    "view" "RoomView" NOT NULL DEFAULT 'JOIN',
    "viewThemeKey" TEXT,
    "agendaStep" INTEGER NOT NULL DEFAULT 0,
    "timerEndsAt" TIMESTAMP(3),
    "timerLeftSeconds" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "summarisedAt" TIMESTAMP(3),
    "summarisedByName" TEXT,
    "summary" JSONB,

    CONSTRAINT "SessionRoom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomParticipant" (
    "id" TEXT NOT NULL,
    "roomId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "attendeeId" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT true,
    "tokenHash" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomCard" (
    "id" TEXT NOT NULL,
    "roomId" TEXT NOT NULL,
    "participantId" TEXT,
    "themeKey" TEXT,
    "text" TEXT NOT NULL,
    "signed" BOOLEAN NOT NULL DEFAULT false,
    "groupId" TEXT,
    "clauseId" TEXT,
    "hiddenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomCardGroup" (
    "id" TEXT NOT NULL,
    "roomId" TEXT NOT NULL,
    "themeKey" TEXT,
    "title" TEXT NOT NULL,
    "clauseId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomCardGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomVote" (
    "id" TEXT NOT NULL,
    "roomId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "kind" "RoomVoting" NOT NULL,
    "target" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RoomVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE UNLOGGED TABLE "BoardPresence" (
    "key" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "participantId" TEXT,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardPresence_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "SessionRoom_sessionId_key" ON "SessionRoom"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionRoom_joinCode_key" ON "SessionRoom"("joinCode");

-- CreateIndex
CREATE UNIQUE INDEX "RoomParticipant_tokenHash_key" ON "RoomParticipant"("tokenHash");

-- CreateIndex
CREATE INDEX "RoomParticipant_roomId_idx" ON "RoomParticipant"("roomId");

-- CreateIndex
CREATE INDEX "RoomCard_roomId_themeKey_idx" ON "RoomCard"("roomId", "themeKey");

-- CreateIndex
CREATE INDEX "RoomCardGroup_roomId_idx" ON "RoomCardGroup"("roomId");

-- CreateIndex
CREATE INDEX "RoomVote_roomId_kind_idx" ON "RoomVote"("roomId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "RoomVote_participantId_kind_target_key" ON "RoomVote"("participantId", "kind", "target");

-- CreateIndex
CREATE UNIQUE INDEX "BoardPresence_participantId_key" ON "BoardPresence"("participantId");

-- CreateIndex
CREATE INDEX "BoardPresence_trajectId_seenAt_idx" ON "BoardPresence"("trajectId", "seenAt");

-- AddForeignKey
ALTER TABLE "SessionRoom" ADD CONSTRAINT "SessionRoom_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrajectSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomParticipant" ADD CONSTRAINT "RoomParticipant_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "SessionRoom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomCard" ADD CONSTRAINT "RoomCard_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "SessionRoom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomCard" ADD CONSTRAINT "RoomCard_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "RoomParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomCard" ADD CONSTRAINT "RoomCard_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RoomCardGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomCardGroup" ADD CONSTRAINT "RoomCardGroup_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "SessionRoom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomVote" ADD CONSTRAINT "RoomVote_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "SessionRoom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomVote" ADD CONSTRAINT "RoomVote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "RoomParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPresence" ADD CONSTRAINT "BoardPresence_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "RoomParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

