import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { publish } from "@/lib/live/events";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { activePrinciples } from "@/lib/guidance/guidelines";
import { getScanResultsForActor } from "@/lib/scan/results/scan-results";
import { addClausesInTx, addTypedClauseInTx } from "./clauses";
import { changeContent } from "./change";
import type { AdoptProposalInput } from "./schema";
import { draftFromScan, type Proposal, type ProposalGroup } from "./draft";

// The draft from the scan on the server: the proposals for this traject, without the ones the code
// already holds (same theme and oplossingsrichting, or a principle of the same title) and the ones the
// group left out on the board (DismissedProposal), and accepting the ones the group chose. Nothing
// enters the code without a person choosing it.

/** A proposal left out on the board: who did, and when (for "Weggelaten voorstellen" and "Toch tonen"). */
export interface DismissedView extends Proposal {
  themeTitle: string;
  byName: string;
  at: Date;
  /** Adopted in an edited form rather than left out (its clause may have another title) */
  adopted: boolean;
}

/** Every proposal not yet in the code, and the rows that hide some of them. Asserts gedragscode:edit. */
async function draftForTraject(actor: Actor, trajectId: string) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:edit" });
  const [results, solutions, principles, code] = await Promise.all([
    // the code is drafted from the first scan, in session 2
    getScanResultsForActor({ actor, trajectId, round: 1 }),
    db().solution.findMany({ select: { key: true, title: true, description: true, themes: true, active: true } }),
    activePrinciples(),
    db().gedragscode.findUnique({
      where: { trajectId },
      select: {
        clauses: { select: { title: true, themeKey: true, solutionKey: true } },
        dismissedProposals: { select: { key: true, adopted: true, byName: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      },
    }),
  ]);
  const themeTitles = new Map((results.questionnaire?.themes ?? []).map((t) => [t.key, t.title]));
  const groups = draftFromScan({ aandachtspunten: results.result?.aandachtspunten ?? [], themeTitles, solutions, principles });
  const have = code?.clauses ?? [];
  const notInCode = groups.map((g) => ({
    ...g,
    proposals: g.proposals.filter((p) =>
      p.solutionKey
        ? !have.some((c) => c.solutionKey === p.solutionKey && c.themeKey === p.themeKey)
        : !have.some((c) => c.title === p.title && c.solutionKey === null),
    ),
  }));
  return { groups: notInCode, hidden: code?.dismissedProposals ?? [] };
}

const withoutHidden = (groups: ProposalGroup[], hidden: readonly { key: string }[]) =>
  groups
    .map((g) => ({ ...g, proposals: g.proposals.filter((p) => !hidden.some((h) => h.key === p.key)) }))
    .filter((g) => g.proposals.length > 0);

export async function proposalsForActor({ actor, trajectId }: { actor: Actor; trajectId: string }): Promise<ProposalGroup[]> {
  const { groups, hidden } = await draftForTraject(actor, trajectId);
  return withoutHidden(groups, hidden);
}

/** The board's view: the proposals still open, and the ones hidden (left out, or adopted in an edited form) that are not in the code. */
export async function boardProposalsForActor({
  actor,
  trajectId,
}: {
  actor: Actor;
  trajectId: string;
}): Promise<{ groups: ProposalGroup[]; dismissed: DismissedView[] }> {
  const { groups, hidden } = await draftForTraject(actor, trajectId);
  const dismissed = hidden.flatMap((h) => {
    const group = groups.find((g) => g.proposals.some((p) => p.key === h.key));
    const proposal = group?.proposals.find((p) => p.key === h.key);
    return group && proposal ? [{ ...proposal, themeTitle: group.themeTitle, byName: h.byName, at: h.createdAt, adopted: h.adopted }] : [];
  });
  return { groups: withoutHidden(groups, hidden), dismissed };
}

const GONE = "Dit voorstel staat al in de code of bestaat niet meer. Laad de pagina opnieuw.";
const ADOPTED = "De code is vastgesteld. Alleen de directie van de werkgever kan hem heropenen om te wijzigen.";

/** The proposal with this key while it is offered (in the draft, not in the code; left out or not). Asserts gedragscode:edit. */
async function offered(actor: Actor, trajectId: string, key: string): Promise<Proposal> {
  const { groups } = await draftForTraject(actor, trajectId);
  const proposal = groups.flatMap((g) => g.proposals).find((p) => p.key === key);
  if (!proposal) throw new AppError("CONFLICT", GONE);
  return proposal;
}

/** Adds the chosen proposals as they are (to edit one first: adoptEditedProposal). */
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

/**
 * "Niet opnemen" on the board: the proposal is gone for everyone (live) until "Toch tonen". Not a change
 * of the code's content: no version raised, no signature voided.
 */
export async function dismissProposal({ actor, trajectId, key }: { actor: Actor; trajectId: string; key: string }) {
  await offered(actor, trajectId, key);
  await db().$transaction(async (tx) => {
    // the first thing done on a code may be leaving a proposal out: the code is made as by a first clause
    const code = await tx.gedragscode.upsert({ where: { trajectId }, create: { trajectId }, update: {} });
    if (code.status === "VASTGESTELD") throw new AppError("CONFLICT", ADOPTED);
    // two people leaving it out at once: one row, no unique violation
    await tx.dismissedProposal.createMany({ data: [{ gedragscodeId: code.id, key, byName: actor.name }], skipDuplicates: true });
    await recordAudit(
      { actor, action: "gedragscode.proposal.dismiss", entityType: "Gedragscode", entityId: code.id, trajectId, data: { key } },
      tx,
    );
    await publish(tx, "board", trajectId, { kind: "code", actorName: actor.name });
  });
}

/** "Toch tonen": a proposal left out (or adopted in an edited form) is offered again. */
export async function showProposal({ actor, trajectId, key }: { actor: Actor; trajectId: string; key: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:edit" });
  await db().$transaction(async (tx) => {
    const code = await tx.gedragscode.findUnique({ where: { trajectId }, select: { id: true, status: true } });
    if (code?.status === "VASTGESTELD") throw new AppError("CONFLICT", ADOPTED);
    const { count } = code ? await tx.dismissedProposal.deleteMany({ where: { gedragscodeId: code.id, key } }) : { count: 0 };
    if (!code || count === 0) throw notFound("Dit weggelaten voorstel");
    await recordAudit(
      { actor, action: "gedragscode.proposal.show", entityType: "Gedragscode", entityId: code.id, trajectId, data: { key } },
      tx,
    );
    await publish(tx, "board", trajectId, { kind: "code", actorName: actor.name });
  });
}

/**
 * "Aanpassen en opnemen": the proposal as the group edited it becomes a clause (the health-data check
 * as for any typed clause), linked to the proposal's oplossingsrichting; the original stays hidden, also
 * when its title changed (a principle is recognised by its title only).
 */
export async function adoptEditedProposal({ actor, input }: { actor: Actor; input: AdoptProposalInput }) {
  const { proposalKey, ...clause } = input;
  const proposal = await offered(actor, input.trajectId, proposalKey);
  return changeContent(actor, input.trajectId, "gedragscode.proposal.adopt", async (tx, code) => {
    const added = await addTypedClauseInTx(tx, code, actor, { ...clause, solutionKey: proposal.solutionKey ?? undefined });
    await tx.dismissedProposal.upsert({
      where: { gedragscodeId_key: { gedragscodeId: code.id, key: proposalKey } },
      create: { gedragscodeId: code.id, key: proposalKey, byName: actor.name, adopted: true },
      update: { adopted: true, byName: actor.name },
    });
    return added;
  });
}
