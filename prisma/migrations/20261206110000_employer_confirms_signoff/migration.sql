-- Only the employer makes its code vastgesteld (issue 20, items 2 and 3): a directie key person holds the
-- directie's rights once confirmed; the employer states whether it has an OR; the signer list takes
-- effect once a confirmed directie confirmed it; a link signature keeps the address the link went to.
-- AlterTable
ALTER TABLE "Employer" ADD COLUMN     "hasWorksCouncil" BOOLEAN;

-- AlterTable
ALTER TABLE "KeyPerson" ADD COLUMN     "directieConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "directieConfirmedById" TEXT;

-- AlterTable
ALTER TABLE "Gedragscode" ADD COLUMN     "signersConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "signersConfirmedByName" TEXT,
ADD COLUMN     "signersConfirmedHash" TEXT,
ADD COLUMN     "signersProposedByName" TEXT;

-- AlterTable
ALTER TABLE "CodeSignature" ADD COLUMN     "sentTo" TEXT;

-- AlterTable: links already sent went to their key person's address
ALTER TABLE "SigningLink" ADD COLUMN     "sentTo" TEXT;
UPDATE "SigningLink" l SET "sentTo" = k."email"
  FROM "CodeSigner" s JOIN "KeyPerson" k ON k."id" = s."keyPersonId"
  WHERE s."id" = l."signerId";
ALTER TABLE "SigningLink" ALTER COLUMN "sentTo" SET NOT NULL;
