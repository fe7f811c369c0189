import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db";
import { publish } from "@/lib/live/events";

// Issue 26 item 5: when someone keeps their own text over another person's in a conflict ("Mijn tekst
// bewaren"), that person is told on their screen, live, and can put their text back in one click. The
// board event carries both names, the overwritten author's user id (the browser shows the message only
// to the viewer with that id), the revision holding their text and the clause's version after the
// overwrite (the restore is a version-checked edit: a change since is a conflict like any other).

export type ReplacedText = { revisionId: string; authorId: string; authorName: string };

/** The newest revision that set this clause's text (a move is not one), with its author. */
export async function lastTextRevision(tx: Tx, codeId: string, clauseId: string): Promise<ReplacedText | null> {
  const rev = await tx.gedragscodeRevision.findFirst({
    where: { gedragscodeId: codeId, clauseId, change: { in: ["ADDED", "EDITED", "RESTORED"] } },
    orderBy: [{ version: "desc" }, { createdAt: "desc" }],
    select: { id: true, authorId: true, author: { select: { name: true } } },
  });
  return rev?.authorId && rev.author ? { revisionId: rev.id, authorId: rev.authorId, authorName: rev.author.name } : null;
}

/** Publishes "overwritten" in the change's transaction, unless the text replaced was the actor's own. */
export async function tellOverwritten(
  tx: Tx,
  {
    actor,
    trajectId,
    replaced,
    clause,
  }: { actor: Actor; trajectId: string; replaced: ReplacedText; clause: { id: string; title: string; version: number } },
) {
  if (replaced.authorId === actor.id) return;
  await publish(tx, "board", trajectId, {
    kind: "overwritten",
    actorName: actor.name,
    overwrittenName: replaced.authorName,
    overwrittenUserId: replaced.authorId,
    clauseId: clause.id,
    clauseTitle: clause.title,
    revisionId: replaced.revisionId,
    version: clause.version,
  });
}
