import type { Prisma } from "@/lib/generated/prisma/client";
import type { GedragscodeInput } from "./document-types";

/** What the report and the code's downloads read of a code: its clauses and its valid signatures. */
export const GEDRAGSCODE_INCLUDE = {
  clauses: { orderBy: [{ section: "asc" }, { position: "asc" }] },
  // voided signatures (given for an earlier text) never reach a document
  signatures: {
    where: { voidedAt: null },
    orderBy: { signedAt: "asc" },
    select: { name: true, function: true, signedAt: true, contentHash: true },
  },
} satisfies Prisma.GedragscodeInclude;

type CodeRow = Prisma.GedragscodeGetPayload<{ include: typeof GEDRAGSCODE_INCLUDE }>;

/** A code row as the report model's input, with the hash of its content as it is now. */
export function toGedragscodeInput(code: CodeRow, contentHash: string | null): GedragscodeInput {
  return {
    status: code.status,
    version: code.version,
    adoptedAt: code.adoptedAt,
    adoptedBy: code.adoptedByName,
    preamble: code.preamble,
    clauses: code.clauses.map((c) => ({
      section: c.section,
      title: c.title,
      body: c.body,
      themeKey: c.themeKey,
      owner: c.owner,
      startDate: c.startDate,
    })),
    signatures: code.signatures,
    contentHash,
  };
}
