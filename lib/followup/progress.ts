import "server-only";
import { formatMonthYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { getQuestionnaireContent } from "@/lib/questionnaires/content";
import type { ScanComparison } from "./compare";
import { compareRounds, type ComparedRound } from "./compare-rounds";
import type { RoundLabels, StepsDone } from "./compare-texts";
import type { Questionnaire, ScanResult } from "@/lib/scan/scoring/types";
import { FIRST_ROUND, roundLabel, type RoundState } from "@/lib/scan/rounds/rounds";
import { readLatestSnapshot, resultsQuestionnaireId } from "@/lib/scan/results/snapshot-store";
import { liveRescore, snapshotRescore, snapshotRespondentIds } from "@/lib/scan/results/rescore";
import { getScanResultsForActor } from "@/lib/scan/results/scan-results";
import type { Actor } from "@/lib/auth/roles";

// The progress section of a follow-up round (results page and report). "Then" is always the first
// round's snapshot as the employer saw it when that scan closed, never a recomputation; "now" is what
// the reader sees of the follow-up round (its snapshot, or the tandem's live result). From the second
// follow-up on, the same comparison with the round before it follows: what moved since last time.
// When either round was the short version, both are compared on their shared core statements: the
// full round's figures are then scored again on those only (./compare-rounds.ts), from the same
// respondents and with the same filter as the figures the reader sees.

/** The progress section's data, for the results page and the report (which only draws it). */
export interface ReportProgress {
  comparison: ScanComparison;
  /** share of the agreed next steps that is done; null when there are none to show */
  stepsDone: StepsDone | null;
  /** e.g. { before: "Eerste scan (maart 2026)", after: "Vervolgscan (september 2026)" } */
  roundLabels: RoundLabels;
  /** a second (or later) follow-up: the comparison with the round before it, as its snapshot stood; else null */
  sincePrevious: { comparison: ScanComparison; roundLabels: RoundLabels } | null;
}

/**
 * The results page's data (lib/scan/results/scan-results.ts, the same access rule) with, for a
 * follow-up round, how it compares with the first scan.
 */
export async function getResultsWithProgressForActor(args: { actor: Actor; trajectId: string; round?: number }) {
  const results = await getScanResultsForActor(args);
  if (results.result === null) return { ...results, progress: null };
  // the rounds the results already read: no second query
  const progress = await progressForRound({
    trajectId: results.traject.id,
    rounds: results.rounds,
    round: results.round,
    questionnaire: results.questionnaire,
    result: results.result,
    live: results.source === "live",
  });
  return { ...results, progress };
}

/** When a round is dated for its label: its close, else its start. */
const roundDate = (round: Pick<RoundState, "closedAt" | "createdAt">) => round.closedAt ?? round.createdAt;

export async function progressForRound({
  trajectId,
  rounds,
  round,
  questionnaire,
  result,
  live,
}: {
  trajectId: string;
  /** every round of the traject (the first's and the previous one's id, number and version are read) */
  rounds: Pick<RoundState, "id" | "number" | "short">[];
  round: RoundState;
  /** the questionnaire the round was answered with (a short round's core statements) */
  questionnaire: Questionnaire;
  result: ScanResult;
  /** `result` is the tandem's live result (else the round's newest snapshot) */
  live: boolean;
}): Promise<ReportProgress | null> {
  if (round.number === FIRST_ROUND) return null;
  const after = `${roundLabel(round.number)} (${formatMonthYear(roundDate(round))})`;
  const now: ComparedRound = { questionnaire, short: round.short, result, rescore: nowRescore(round, live) };
  const first = await comparisonWith(
    rounds.find((r) => r.number === FIRST_ROUND),
    now,
    after,
  );
  if (!first) return null;
  const previous = round.number - 1 > FIRST_ROUND ? rounds.find((r) => r.number === round.number - 1) : undefined;
  return {
    ...first,
    stepsDone: await stepsDoneOf(trajectId),
    sincePrevious: await comparisonWith(previous, now, after),
  };
}

/** Scores the reader's view of this round again on fewer statements (only called when a round was short). */
function nowRescore(round: RoundState, live: boolean): ComparedRound["rescore"] {
  return async (q) => {
    if (live) {
      const questionnaireId = await resultsQuestionnaireId(db(), round);
      return liveRescore(round.id, questionnaireId!)(q);
    }
    const snapshot = await readLatestSnapshot(db(), round.id);
    return snapshotRescore(round.id, { ...snapshot!, respondentIds: await snapshotRespondentIds(snapshot!.id) })(q);
  };
}

/** The comparison of `result` with an earlier round's employer view (its latest snapshot); null without one. */
async function comparisonWith(
  earlier: Pick<RoundState, "id" | "number" | "short"> | undefined,
  now: ComparedRound,
  after: string,
): Promise<{ comparison: ScanComparison; roundLabels: RoundLabels } | null> {
  const then = earlier ? await readLatestSnapshot(db(), earlier.id) : null;
  if (!earlier || !then) return null;
  const before: ComparedRound = {
    questionnaire: await getQuestionnaireContent(then.view.questionnaireId),
    short: earlier.short,
    result: then.view.result,
    rescore: async (q) => snapshotRescore(earlier.id, { ...then, respondentIds: await snapshotRespondentIds(then.id) })(q),
  };
  return {
    comparison: await compareRounds(before, now),
    roundLabels: { before: `${roundLabel(earlier.number)} (${formatMonthYear(then.takenAt)})`, after },
  };
}

/** The share of the agreed steps (next steps and afspraken with an owner) that is done; the ones let go of do not count. */
async function stepsDoneOf(trajectId: string) {
  const [steps, clauses] = await Promise.all([
    db().nextStep.groupBy({ by: ["status"], where: { trajectId }, _count: { _all: true } }),
    db().gedragscodeClause.findMany({
      where: { gedragscode: { trajectId }, owner: { not: null } },
      select: { followUp: { select: { status: true } } },
    }),
  ]);
  const statuses = [
    ...steps.flatMap((s) => Array<string>(s._count._all).fill(s.status)),
    ...clauses.map((c) => c.followUp?.status ?? "OPEN"),
  ].filter((s) => s !== "LOSGELATEN");
  if (statuses.length === 0) return null;
  return { done: statuses.filter((s) => s === "KLAAR").length, total: statuses.length };
}
