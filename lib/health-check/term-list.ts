import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { termListInForce } from "./check";
import type { TermListInput } from "./schema";

// The admin edits the check's two term lists (/beheer/werkwijze/gezondheidscheck): part of the method's content,
// under the same right as the do's and don'ts. The first edit creates the row; until then the bundled lists apply.

export async function termListForAdmin(actor: Actor) {
  assertCapability(actor, "guidance:edit");
  return termListInForce();
}

const CONFLICT = "De woordenlijst is intussen door iemand anders gewijzigd. Laad de pagina opnieuw; uw tekst staat hieronder nog.";

export async function saveTermList({ actor, input }: { actor: Actor; input: TermListInput }) {
  assertCapability(actor, "guidance:edit");
  const data = { strong: input.strong.join("\n"), near: input.near.join("\n") };
  await db().$transaction(async (tx) => {
    if (input.version === 0) {
      // the first edit: a row made by someone else meanwhile is a conflict, not an overwrite
      const made = await tx.healthTermList.createManyAndReturn({ data: [{ id: "terms", ...data }], skipDuplicates: true });
      if (made.length === 0) throw new AppError("CONFLICT", CONFLICT);
    } else {
      const updated = await tx.healthTermList.updateMany({
        where: { id: "terms", version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT);
    }
    await recordAudit({ actor, action: "healthCheck.terms", entityType: "HealthTermList", entityId: "terms" }, tx);
  });
}
