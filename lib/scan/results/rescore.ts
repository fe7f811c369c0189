import "server-only";
import { db } from "@/lib/db";
import { scoreScan } from "../scoring/scoring";
import type { Questionnaire, ScanResult } from "../scoring/types";
import { employerResultsView } from "./privacy";
import { loadSubmittedResponses } from "./responses";
import type { ResultsSnapshotRecord } from "./snapshot-store";

// A round's result scored again on fewer statements, for the comparison with a short round
// (lib/followup/compare-rounds.ts, docs/scoring.md#short-version): the same respondents as the result
// it replaces, filtered the same way, so the comparison shows nothing the reader could not see already.

/** The tandem's live result: every submitted response of the round now. */
export function liveRescore(roundId: string, questionnaireId: string) {
  return async (questionnaire: Questionnaire): Promise<ScanResult> => {
    const responses = await loadSubmittedResponses(roundId, questionnaireId);
    return scoreScan(
      questionnaire,
      responses.map((r) => r.input),
    );
  };
}

/**
 * A snapshot's result: the respondents it was taken with (all submitted ones of the round for a snapshot
 * from before 2026-12-06, which kept no complete list), with the employer's filter and the snapshot's minimum.
 */
export function snapshotRescore(
  roundId: string,
  snapshot: Pick<ResultsSnapshotRecord, "respondents" | "view"> & { respondentIds: string[] },
) {
  return async (questionnaire: Questionnaire): Promise<ScanResult> => {
    const ids = snapshot.respondentIds.length === snapshot.respondents ? new Set(snapshot.respondentIds) : null;
    const responses = (await loadSubmittedResponses(roundId, snapshot.view.questionnaireId)).filter((r) => !ids || ids.has(r.id));
    const result = scoreScan(
      questionnaire,
      responses.map((r) => r.input),
    );
    return employerResultsView({ result, byFunction: [], texts: [], minimum: snapshot.view.minimum }).result;
  };
}

/** The respondents a snapshot was taken with (readLatestSnapshot leaves them out: pages never need them). */
export async function snapshotRespondentIds(snapshotId: string): Promise<string[]> {
  const row = await db().resultsSnapshot.findUnique({ where: { id: snapshotId }, select: { respondentIds: true } });
  return row?.respondentIds ?? [];
}
