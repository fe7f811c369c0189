-- A candidate goes with their account: erasing the expert account removes the candidate too
-- (docs/privacy.md, ExpertCandidate; ADR 034), instead of leaving it behind without one.
ALTER TABLE "ExpertCandidate" DROP CONSTRAINT "ExpertCandidate_userId_fkey";
ALTER TABLE "ExpertCandidate" ADD CONSTRAINT "ExpertCandidate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
