import "server-only";
import { formatMonthYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { getQuestionnaireContent } from "@/lib/questionnaires/content";
import { compareScans, type ScanComparison } from "./compare";
import type { RoundLabels, StepsDone } from "./compare-texts";
import type { Questionnaire, ScanResult } from "@/lib/scan/scoring/types";
import { FIRST_ROUND, roundLabel, type RoundState } from "@/lib/scan/rounds/rounds";
import { readLatestSnapshot } from "@/lib/scan/results/snapshot-store";
import { getScanResultsForActor } from "@/lib/scan/results/scan-results";
import type { Actor } from "@/lib/auth/roles";

// The progress section of a follow-up round (results page and report). "Then" is always the first
// round's snapshot as the employer saw it when that scan closed, never a recomputation; "now" is what
// the reader sees of the follow-up round (its snapshot, or the tandem's live result).

/** The progress section's data, for the results page and the report (which only draws it). */
export interface ReportProgress {
  comparison: ScanComparison;
  /** share of the agreed next steps that is done; null when there are none to show */
  stepsDone: StepsDone | null;
  /** e.g. { before: "Eerste scan (maart 2026)", after: "Vervolgscan (september 2026)" } */
  roundLabels: RoundLabels;
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
}: {
  trajectId: string;
  /** every round of the traject (only the first one's id and number are read) */
  rounds: Pick<RoundState, "id" | "number">[];
  round: RoundState;
  questionnaire: Questionnaire;
  result: ScanResult;
}): Promise<ReportProgress | null> {
  if (round.number === FIRST_ROUND) return null;
  const first = rounds.find((r) => r.number === FIRST_ROUND);
  const then = first ? await readLatestSnapshot(db(), first.id) : null;
  if (!first || !then) return null;
  const [thenQuestionnaire, stepsDone] = await Promise.all([getQuestionnaireContent(then.view.questionnaireId), stepsDoneOf(trajectId)]);
  return {
    comparison: compareScans(thenQuestionnaire, then.view.result, questionnaire, result),
    stepsDone,
    roundLabels: {
      before: `${roundLabel(first.number)} (${formatMonthYear(then.takenAt)})`,
      after: `${roundLabel(round.number)} (${formatMonthYear(roundDate(round))})`,
    },
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
