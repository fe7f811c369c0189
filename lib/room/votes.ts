import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publish } from "@/lib/live/events";
import { assertParticipant, type ParticipantActor } from "./participant";
import { roomThemes } from "./themes";

// Votes (ADR 029): while the facilitator has voting open, each participant spends a few votes (the
// room's allowance) on the aandachtspunten or on the proposed afspraken; several on one is fine. Votes
// are secret per person: only totals leave this file, and a participant reads their own.

export type VoteKind = "PUNTEN" | "AFSPRAKEN";

/** What may be voted on now: the room's aandachtspunten, or the code's afspraken (not the uitgangspunten). */
export async function voteTargets(tx: Tx, trajectId: string, kind: VoteKind): Promise<{ target: string; title: string }[]> {
  if (kind === "PUNTEN") return (await roomThemes(trajectId, tx)).map((t) => ({ target: `punt:${t.key}`, title: t.title }));
  const clauses = await tx.gedragscodeClause.findMany({
    where: { gedragscode: { trajectId }, section: { notIn: ["PREAMBULE", "UITGANGSPUNTEN"] } },
    select: { id: true, title: true },
    orderBy: [{ section: "asc" }, { position: "asc" }],
  });
  return clauses.map((c) => ({ target: `afspraak:${c.id}`, title: c.title }));
}

/** One vote more (+1) or one back (-1) on a target; the allowance holds however fast someone taps. */
export async function castVote({ actor, target, delta }: { actor: ParticipantActor; target: string; delta: 1 | -1 }) {
  return db().$transaction(async (tx) => {
    // the participant's row locked: two taps at once count one after the other
    await tx.$executeRaw`SELECT 1 FROM "RoomParticipant" WHERE "id" = ${actor.participantId} FOR UPDATE`;
    const { voting, votesPerPerson } = await assertParticipant(actor, "vote:cast", tx);
    if (voting === "NONE") throw new AppError("CONFLICT", "Er wordt nu niet gestemd. Wacht tot de begeleider het stemmen opent.");
    if (!(await voteTargets(tx, actor.trajectId, voting)).some((t) => t.target === target))
      throw new AppError("VALIDATION", "Hier kunt u nu niet op stemmen.");
    const mine = await tx.roomVote.findMany({
      where: { participantId: actor.participantId, kind: voting },
      select: { target: true, count: true },
    });
    const used = mine.reduce((n, v) => n + v.count, 0);
    const current = mine.find((v) => v.target === target)?.count ?? 0;
    if (delta === 1 && used >= votesPerPerson)
      throw new AppError("CONFLICT", `Uw ${votesPerPerson} stemmen zijn op. Haal er ergens een weg om anders te kiezen.`);
    if (delta === -1 && current === 0) throw new AppError("CONFLICT", "Hier staat geen stem van u op.");
    const count = current + delta;
    if (count === 0)
      await tx.roomVote.delete({ where: { participantId_kind_target: { participantId: actor.participantId, kind: voting, target } } });
    else
      await tx.roomVote.upsert({
        where: { participantId_kind_target: { participantId: actor.participantId, kind: voting, target } },
        create: { roomId: actor.roomId, participantId: actor.participantId, kind: voting, target, count },
        update: { count },
      });
    // the totals changed, not who voted: the event names nobody
    await publish(tx, "board", actor.trajectId, { kind: "votes", actorName: "iemand in de zaal" });
    return { used: used + delta, left: votesPerPerson - used - delta };
  });
}

/** The totals per target, highest first (ties: in the order of the targets); never per person. */
export async function voteTotals(tx: Tx, roomId: string, trajectId: string, kind: VoteKind) {
  const [targets, sums, voters] = await Promise.all([
    voteTargets(tx, trajectId, kind),
    tx.roomVote.groupBy({ by: ["target"], where: { roomId, kind }, _sum: { count: true } }),
    tx.roomVote.findMany({ where: { roomId, kind }, distinct: ["participantId"], select: { participantId: true } }),
  ]);
  const total = new Map(sums.map((s) => [s.target, s._sum.count ?? 0]));
  const rows = targets.map((t, i) => ({ ...t, votes: total.get(t.target) ?? 0, order: i }));
  rows.sort((a, b) => b.votes - a.votes || a.order - b.order);
  return { rows: rows.map((r) => ({ target: r.target, title: r.title, votes: r.votes })), voters: voters.length };
}

/** A participant's own votes in the current voting. */
export async function ownVotes(tx: Tx, participantId: string, kind: VoteKind) {
  const rows = await tx.roomVote.findMany({ where: { participantId, kind }, select: { target: true, count: true } });
  return new Map(rows.map((r) => [r.target, r.count]));
}
