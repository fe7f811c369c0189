import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { amsterdamInstant, isoDay } from "@/lib/dates";
import { db, type DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { kickDelivery } from "@/lib/mail/outbox";
import { inviteToFollowUp } from "@/lib/scan/invitations/invitations";
import { snapshotResultsInTx } from "@/lib/scan/results/snapshot";
import { FIRST_ROUND, roundStates, roundsWithSnapshots } from "@/lib/scan/rounds/rounds";
import type { CloseFollowUpRoundInput, StartFollowUpRoundInput } from "./round-schema";
import { getQuestionnaireContent } from "@/lib/questionnaires/content";
import { coreStatementKeys, shortVersionUnavailable } from "@/lib/questionnaires/short";

// Follow-up scan rounds (docs/decisions/016-scan-rounds.md): from a closed traject the trainer starts
// a new round with the first round's questionnaire or a newer version of it, optionally inviting the
// same people again; links of the round take answers until the trainer closes it, which freezes the
// employer's view of it (a results snapshot) for the progress section.

/**
 * The questionnaire versions a follow-up may use: the first round's, and newer versions of the same
 * questionnaire; each with its number of core statements and, when it cannot be run short, why not.
 */
async function questionnaireChoices(client: DbClient, firstQuestionnaireId: string | null) {
  if (!firstQuestionnaireId) return [];
  const first = await client.questionnaire.findUnique({ where: { id: firstQuestionnaireId }, select: { key: true, version: true } });
  if (!first) return [];
  const versions = await client.questionnaire.findMany({
    where: { key: first.key, version: { gte: first.version } },
    orderBy: { version: "desc" },
    select: { id: true, title: true, version: true, bundled: true },
  });
  return Promise.all(
    versions.map(async (v) => {
      const content = await getQuestionnaireContent(v.id, client);
      return { ...v, coreCount: coreStatementKeys(content).length, shortUnavailable: shortVersionUnavailable(content) };
    }),
  );
}

/** What the follow-up page shows of the rounds: each with its counts, and what the trainer may start. */
export async function scanRoundsForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  // how many answered which round is about the scan: not for an expert who has only been asked
  const access = await assertTrajectCapability({ actor, trajectId, capability: "results:read" });
  const [traject, rounds] = await Promise.all([
    db().traject.findUniqueOrThrow({ where: { id: trajectId }, select: { status: true } }),
    roundsWithSnapshots(db(), trajectId),
  ]);
  const counts = await db().scanInvitation.groupBy({ by: ["roundId"], where: { trajectId, revokedAt: null }, _count: { _all: true } });
  const submitted = await db().scanResponse.groupBy({
    by: ["roundId"],
    where: { trajectId, status: "SUBMITTED", invitation: { revokedAt: null } },
    _count: { _all: true },
  });
  const countOf = (rows: { roundId: string; _count: { _all: number } }[], id: string) =>
    rows.find((r) => r.roundId === id)?._count._all ?? 0;
  const mayPlan = access.capabilities.has("followUp:plan");
  const openFollowUp = rounds.some((r) => r.number !== FIRST_ROUND && r.open);
  return {
    rounds: rounds.map((r) => ({
      number: r.number,
      open: r.open,
      closedAt: r.closedAt,
      deadline: r.deadline,
      hasSnapshot: r.hasSnapshot,
      short: r.short,
      invited: countOf(counts, r.id),
      submitted: countOf(submitted, r.id),
    })),
    canStart: mayPlan && traject.status === "CLOSED" && !openFollowUp,
    questionnaires: mayPlan ? await questionnaireChoices(db(), rounds[0]!.questionnaireId) : [],
    defaultDeadline: isoDay(new Date(Date.now() + 21 * 86_400_000)),
  };
}
export type ScanRoundsView = Awaited<ReturnType<typeof scanRoundsForActor>>;

export async function startFollowUpRound({ actor, input }: { actor: Actor; input: StartFollowUpRoundInput }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "followUp:plan" });
  const deadline = amsterdamInstant(input.deadline, "23:59");
  if (deadline <= new Date())
    throw new AppError("VALIDATION", "Kies een uiterste datum in de toekomst.", { deadline: ["Kies vandaag of een latere datum."] });
  const result = await db().$transaction(async (tx) => {
    // one at a time: two trainers' clicks must not make two rounds (the row lock serialises them)
    await tx.$queryRaw`SELECT 1 FROM "Traject" WHERE "id" = ${input.trajectId} FOR UPDATE`;
    const traject = await tx.traject.findUniqueOrThrow({
      where: { id: input.trajectId },
      select: { id: true, status: true, employer: { select: { name: true } }, trainer: { select: { name: true, email: true } } },
    });
    if (traject.status !== "CLOSED")
      throw new AppError("VALIDATION", "Een vervolgscan start u als het traject is afgerond: sluit het traject eerst af.");
    const rounds = await roundStates(tx, traject.id);
    if (rounds.some((r) => r.number !== FIRST_ROUND && r.open))
      throw new AppError("CONFLICT", "Er loopt al een vervolgscan. Sluit die eerst af voordat u een nieuwe start.");
    const allowed = await questionnaireChoices(tx, rounds[0]!.questionnaireId);
    const chosen = allowed.find((q) => q.id === input.questionnaireId);
    if (!chosen)
      throw new AppError("VALIDATION", "Kies de vragenlijst van de eerste scan of een nieuwere versie ervan.", {
        questionnaireId: ["Kies een vragenlijst uit de lijst."],
      });
    const short = input.version === "short";
    if (short && chosen.shortUnavailable) throw new AppError("VALIDATION", chosen.shortUnavailable, { version: [chosen.shortUnavailable] });
    const previous = rounds[rounds.length - 1]!;
    const round = await tx.scanRound.create({
      data: {
        trajectId: traject.id,
        number: previous.number + 1,
        questionnaireId: input.questionnaireId,
        short,
        deadline,
        startedByName: actor.name,
      },
      select: { id: true, number: true, deadline: true },
    });
    let invited = 0;
    if (input.reinvite === "on") {
      // the same people, once each: their details are kept until the retention period after the last round
      const people = await tx.scanInvitation.findMany({
        where: { roundId: previous.id, revokedAt: null, anonymisedAt: null },
        orderBy: { createdAt: "asc" },
        select: { name: true, email: true, function: true },
      });
      const seen = new Set<string>();
      for (const person of people) {
        if (seen.has(person.email.toLowerCase())) continue;
        seen.add(person.email.toLowerCase());
        await inviteToFollowUp(tx, { actor, person, round, traject });
        invited++;
      }
    }
    await recordAudit(
      {
        actor,
        action: "round.start",
        entityType: "ScanRound",
        entityId: round.id,
        trajectId: traject.id,
        data: { number: round.number, invited, short },
      },
      tx,
    );
    return { number: round.number, invited };
  });
  kickDelivery();
  return result;
}

/** The trainer closes a follow-up round: its links take no more answers and the employer's view is frozen. */
export async function closeFollowUpRound({ actor, input }: { actor: Actor; input: CloseFollowUpRoundInput }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "followUp:plan" });
  return db().$transaction(async (tx) => {
    const round = await tx.scanRound.findUnique({
      where: { trajectId_number: { trajectId: input.trajectId, number: input.round } },
      select: { id: true, closedAt: true },
    });
    if (!round) throw new AppError("VALIDATION", "Deze vervolgscan bestaat niet.");
    const closed = await tx.scanRound.updateMany({ where: { id: round.id, closedAt: null }, data: { closedAt: new Date() } });
    if (closed.count === 0) throw new AppError("CONFLICT", "Deze vervolgscan is al afgesloten.");
    const snapshot = await snapshotResultsInTx(tx, { actor, trajectId: input.trajectId, roundId: round.id, reason: "scan-closed" });
    await recordAudit(
      {
        actor,
        action: "round.close",
        entityType: "ScanRound",
        entityId: round.id,
        trajectId: input.trajectId,
        data: { number: input.round },
      },
      tx,
    );
    return { respondents: snapshot?.respondents ?? 0 };
  });
}
