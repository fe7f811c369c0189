-- The expert is asked, not assigned (issue "Sessions and the tandem", item 4): a request they accept
-- or decline, and stepping back at any time, without a reason.
ALTER TYPE "AssignmentStatus" ADD VALUE IF NOT EXISTS 'STEPPED_BACK';
ALTER TABLE "ExpertAssignment" ADD COLUMN "respondedAt" TIMESTAMP(3),
ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
