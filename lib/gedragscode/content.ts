import "server-only";
import type { DbClient } from "@/lib/db";
import { contentHash, type SignedContent } from "./content-hash";

/** The code's signed content as stored now, and its hash. */
export async function currentContent(client: DbClient, codeId: string): Promise<{ content: SignedContent; hash: string }> {
  const code = await client.gedragscode.findUniqueOrThrow({
    where: { id: codeId },
    select: {
      preamble: true,
      clauses: {
        orderBy: [{ section: "asc" }, { position: "asc" }],
        select: { section: true, position: true, title: true, body: true, owner: true, startDate: true, themeKey: true, solutionKey: true },
      },
    },
  });
  const content: SignedContent = { preamble: code.preamble, clauses: code.clauses };
  return { content, hash: contentHash(content) };
}
