import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { publish } from "@/lib/live/events";
import type { Tx } from "@/lib/db";
import { voidSignaturesAndTell } from "./void-signatures";

// Every change of the code's content goes through here, in one transaction: the code is made on the
// first change, an adopted code is refused (its directie reopens it first), the code's version is
// raised, signatures made on the text before are voided (and the caller says so), the change is
// audited and announced to every open board.

export type CodeRow = { id: string; status: string; version: number; preambleVersion: number };

export const VOIDED_BY_EDIT = "De tekst is gewijzigd nadat er getekend was.";

export interface ChangeOutcome<T> {
  result: T;
  /** Signatures voided by this change: they were made on the text before it */
  voidedSignatures: number;
}

export async function changeContent<T>(
  actor: Actor,
  trajectId: string,
  action: string,
  apply: (tx: Tx, code: CodeRow) => Promise<T>,
): Promise<ChangeOutcome<T>> {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:edit" });
  return db().$transaction(async (tx) => {
    // upsert: two people adding the first clause at once make one code, not a unique violation
    const code = await tx.gedragscode.upsert({ where: { trajectId }, create: { trajectId }, update: {} });
    if (code.status === "VASTGESTELD")
      throw new AppError("CONFLICT", "De code is vastgesteld. Alleen de directie van de werkgever kan hem heropenen om te wijzigen.");
    // the row lock of this update orders concurrent changes of one code (positions, versions)
    await tx.gedragscode.update({ where: { id: code.id }, data: { version: { increment: 1 } } });
    const result = await apply(tx, code);
    const voided = await voidSignaturesAndTell(tx, {
      actor,
      trajectId,
      codeId: code.id,
      reason: VOIDED_BY_EDIT,
      told: `${actor.name} heeft de tekst gewijzigd nadat er getekend was.`,
    });
    await recordAudit({ actor, action, entityType: "Gedragscode", entityId: code.id, trajectId, data: { voidedSignatures: voided } }, tx);
    await publish(tx, "board", trajectId, { kind: "code", actorName: actor.name });
    return { result, voidedSignatures: voided };
  });
}

/** The clause's fields as a revision stores them. */
export function revisionData(
  clause: {
    id: string;
    section: Prisma.GedragscodeClauseCreateInput["section"];
    title: string;
    body: string;
    owner: string | null;
    startDate: Date | null;
    themeKey: string | null;
    solutionKey: string | null;
    version: number;
  },
  codeId: string,
  change: "ADDED" | "EDITED" | "MOVED" | "REMOVED" | "RESTORED",
  authorId: string,
): Prisma.GedragscodeRevisionUncheckedCreateInput {
  const { id, section, title, body, owner, startDate, themeKey, solutionKey, version } = clause;
  return { gedragscodeId: codeId, clauseId: id, version, change, section, title, body, owner, startDate, themeKey, solutionKey, authorId };
}
