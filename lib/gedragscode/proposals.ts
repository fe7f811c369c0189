import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { activePrinciples } from "@/lib/guidance/guidelines";
import { getScanResultsForActor } from "@/lib/scan/results/scan-results";
import { addClausesInTx } from "./clauses";
import { changeContent } from "./change";
import { draftFromScan, type ProposalGroup } from "./draft";

// The draft from the scan on the server: the proposals for this traject, without the ones the code
// already holds (same theme and oplossingsrichting, or a principle of the same title), and accepting
// the ones the group ticked. Nothing enters the code without a person choosing it.

export async function proposalsForActor({ actor, trajectId }: { actor: Actor; trajectId: string }): Promise<ProposalGroup[]> {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:edit" });
  const [results, solutions, principles, code] = await Promise.all([
    // the code is drafted from the first scan, in session 2
    getScanResultsForActor({ actor, trajectId, round: 1 }),
    db().solution.findMany({ select: { key: true, title: true, description: true, themes: true, active: true } }),
    activePrinciples(),
    db().gedragscode.findUnique({
      where: { trajectId },
      select: { clauses: { select: { title: true, themeKey: true, solutionKey: true } } },
    }),
  ]);
  const themeTitles = new Map((results.questionnaire?.themes ?? []).map((t) => [t.key, t.title]));
  const groups = draftFromScan({ aandachtspunten: results.result?.aandachtspunten ?? [], themeTitles, solutions, principles });
  const have = code?.clauses ?? [];
  return groups
    .map((g) => ({
      ...g,
      proposals: g.proposals.filter((p) =>
        p.solutionKey
          ? !have.some((c) => c.solutionKey === p.solutionKey && c.themeKey === p.themeKey)
          : !have.some((c) => c.title === p.title && c.solutionKey === null),
      ),
    }))
    .filter((g) => g.proposals.length > 0);
}

/** Adds the ticked proposals as they are (to edit one first, the page posts it as a new clause). */
export async function acceptProposals({ actor, trajectId, keys }: { actor: Actor; trajectId: string; keys: string[] }) {
  const offered = (await proposalsForActor({ actor, trajectId })).flatMap((g) => g.proposals);
  const chosen = keys.map((k) => offered.find((p) => p.key === k));
  if (chosen.some((p) => p === undefined))
    throw new AppError("CONFLICT", "Een van de voorstellen staat al in de code of bestaat niet meer. Laad de pagina opnieuw.");
  return changeContent(actor, trajectId, "gedragscode.proposals.accept", (tx, code) =>
    addClausesInTx(
      tx,
      code,
      actor,
      chosen.filter((p) => p !== undefined),
    ),
  );
}
