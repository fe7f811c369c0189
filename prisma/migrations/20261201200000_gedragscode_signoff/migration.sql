-- Session 2 live (issue "Session 2 live"): per-clause versions and revisions, sign-off by the employer,
-- the outcome confirmed at closing, and the method's standard uitgangspunten as bundled content.

-- Per-clause versions: two people editing different clauses never conflict.
ALTER TABLE "GedragscodeClause" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Gedragscode" ADD COLUMN "preambleVersion" INTEGER NOT NULL DEFAULT 1;

-- Revisions become one row per change of one clause (or of the preamble), with the text after it.
-- The old rows were whole-code snapshots that nothing ever showed; the current text of every clause
-- and preamble becomes its first revision, so every clause has a history to start from.
DROP TABLE "GedragscodeRevision";
CREATE TYPE "CodeChange" AS ENUM ('ADDED', 'EDITED', 'MOVED', 'REMOVED', 'RESTORED');
CREATE TABLE "GedragscodeRevision" (
    "id" TEXT NOT NULL,
    "gedragscodeId" TEXT NOT NULL,
    "clauseId" TEXT,
    "version" INTEGER NOT NULL,
    "change" "CodeChange" NOT NULL,
    "section" "GedragscodeSection" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "owner" TEXT,
    "startDate" TIMESTAMP(3),
    "themeKey" TEXT,
    "solutionKey" TEXT,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GedragscodeRevision_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "GedragscodeRevision_gedragscodeId_clauseId_idx" ON "GedragscodeRevision"("gedragscodeId", "clauseId");
ALTER TABLE "GedragscodeRevision" ADD CONSTRAINT "GedragscodeRevision_gedragscodeId_fkey" FOREIGN KEY ("gedragscodeId") REFERENCES "Gedragscode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GedragscodeRevision" ADD CONSTRAINT "GedragscodeRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
INSERT INTO "GedragscodeRevision" ("id", "gedragscodeId", "clauseId", "version", "change", "section", "title", "body", "owner", "startDate", "themeKey", "solutionKey")
  SELECT 'rev-' || c."id", c."gedragscodeId", c."id", 1, 'ADDED', c."section", c."title", c."body", c."owner", c."startDate", c."themeKey", c."solutionKey"
  FROM "GedragscodeClause" c;
INSERT INTO "GedragscodeRevision" ("id", "gedragscodeId", "clauseId", "version", "change", "section", "title", "body")
  SELECT 'rev-pre-' || g."id", g."id", NULL, 1, 'EDITED', 'PREAMBULE', 'Preambule', g."preamble"
  FROM "Gedragscode" g WHERE g."preamble" IS NOT NULL;

-- Sign-off: who must sign, their signatures on a hash of the exact content, one-time signing links.
CREATE TABLE "CodeSigner" (
    "id" TEXT NOT NULL,
    "gedragscodeId" TEXT NOT NULL,
    "keyPersonId" TEXT NOT NULL,
    "signsAs" "EmployerFunction" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CodeSigner_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CodeSigner_gedragscodeId_keyPersonId_key" ON "CodeSigner"("gedragscodeId", "keyPersonId");
ALTER TABLE "CodeSigner" ADD CONSTRAINT "CodeSigner_gedragscodeId_fkey" FOREIGN KEY ("gedragscodeId") REFERENCES "Gedragscode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CodeSigner" ADD CONSTRAINT "CodeSigner_keyPersonId_fkey" FOREIGN KEY ("keyPersonId") REFERENCES "KeyPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CodeSignature" (
    "id" TEXT NOT NULL,
    "gedragscodeId" TEXT NOT NULL,
    "signerId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "function" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "codeVersion" INTEGER NOT NULL,
    "consentToReuse" BOOLEAN NOT NULL DEFAULT false,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,
    CONSTRAINT "CodeSignature_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "CodeSignature_gedragscodeId_idx" ON "CodeSignature"("gedragscodeId");
-- at most one valid signature per signer: signing twice is refused by the database as well
CREATE UNIQUE INDEX "CodeSignature_one_valid_per_signer" ON "CodeSignature"("signerId") WHERE "voidedAt" IS NULL;
ALTER TABLE "CodeSignature" ADD CONSTRAINT "CodeSignature_gedragscodeId_fkey" FOREIGN KEY ("gedragscodeId") REFERENCES "Gedragscode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CodeSignature" ADD CONSTRAINT "CodeSignature_signerId_fkey" FOREIGN KEY ("signerId") REFERENCES "CodeSigner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CodeSignature" ADD CONSTRAINT "CodeSignature_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "SigningLink" (
    "id" TEXT NOT NULL,
    "signerId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SigningLink_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SigningLink_tokenHash_key" ON "SigningLink"("tokenHash");
ALTER TABLE "SigningLink" ADD CONSTRAINT "SigningLink_signerId_fkey" FOREIGN KEY ("signerId") REFERENCES "CodeSigner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The outcome is confirmed by the trainer at closing.
ALTER TABLE "Traject" ADD COLUMN "outcomeConfirmedAt" TIMESTAMP(3);

-- The method's standard uitgangspunten, offered for every new code.
ALTER TYPE "GuidelineKind" ADD VALUE 'PRINCIPLE';
ALTER TABLE "MethodGuideline" ADD COLUMN "title" TEXT;

-- The live board: one row per change (what kind, by whom), so a screen that lost its connection
-- catches up from its Last-Event-ID; NOTIFY carries the new id to every app instance.
CREATE TABLE "BoardEvent" (
    "id" BIGSERIAL NOT NULL,
    "trajectId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BoardEvent_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "BoardEvent_trajectId_id_idx" ON "BoardEvent"("trajectId", "id");
ALTER TABLE "BoardEvent" ADD CONSTRAINT "BoardEvent_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The projector's read-only board link for one session (SHA-256 of the token; expires, revocable).
CREATE TABLE "BoardLink" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BoardLink_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "BoardLink_tokenHash_key" ON "BoardLink"("tokenHash");
ALTER TABLE "BoardLink" ADD CONSTRAINT "BoardLink_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrajectSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
