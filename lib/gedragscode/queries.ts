import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { notFound } from "@/lib/errors";

export async function getGedragscodeForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  const [code, nextSteps] = await Promise.all([
    db().gedragscode.findUnique({
      where: { trajectId },
      include: { clauses: { orderBy: [{ section: "asc" }, { position: "asc" }] }, _count: { select: { revisions: true } } },
    }),
    db().nextStep.findMany({ where: { trajectId }, orderBy: { position: "asc" } }),
  ]);
  const lastBy = code ? await lastAuthorByClause(code.id) : new Map<string, string | null>();
  return { code, nextSteps, lastBy };
}

/** Who last changed each clause (by clause id): the board shows it when someone's edit crosses another's. No capability check: callers made theirs. */
export async function lastAuthorByClause(codeId: string): Promise<Map<string, string | null>> {
  const last = await db().gedragscodeRevision.findMany({
    where: { gedragscodeId: codeId, clauseId: { not: null } },
    orderBy: { createdAt: "desc" },
    distinct: ["clauseId"],
    select: { clauseId: true, author: { select: { name: true } } },
  });
  return new Map(last.map((r) => [r.clauseId!, r.author?.name ?? null]));
}

const revisionSelect = {
  id: true,
  clauseId: true,
  version: true,
  change: true,
  section: true,
  title: true,
  body: true,
  owner: true,
  startDate: true,
  createdAt: true,
  author: { select: { name: true } },
} as const;

/** Every change of the code, newest first: who changed what, and when (the history page). */
export async function codeHistoryForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  const code = await db().gedragscode.findUnique({ where: { trajectId }, select: { id: true, clauses: { select: { id: true } } } });
  if (!code) return { revisions: [], currentClauseIds: new Set<string>() };
  const revisions = await db().gedragscodeRevision.findMany({
    where: { gedragscodeId: code.id },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    select: revisionSelect,
    take: 500,
  });
  return { revisions, currentClauseIds: new Set(code.clauses.map((c) => c.id)) };
}

/** The versions of one clause (or, for "preambule", of the preamble), oldest first, for the word-level comparison. */
export async function clauseVersionsForActor({ actor, trajectId, clauseId }: { actor: Actor; trajectId: string; clauseId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  const code = await db().gedragscode.findUnique({ where: { trajectId }, select: { id: true } });
  const revisions = code
    ? await db().gedragscodeRevision.findMany({
        where: { gedragscodeId: code.id, clauseId: clauseId === "preambule" ? null : clauseId },
        orderBy: [{ createdAt: "asc" }, { version: "asc" }],
        select: revisionSelect,
      })
    : [];
  if (revisions.length === 0) throw notFound("Deze afspraak");
  return revisions;
}
