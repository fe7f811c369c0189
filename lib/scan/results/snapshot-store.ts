// Results snapshots: the employer's view of a traject's scan, computed once and stored
// (docs/privacy.md#snapshots). Not marked server-only because the seeds write snapshots too; the
// capability check and the audit entry live in ./snapshot.ts and lib/trajecten/close-scan.ts, which
// are the only server callers.
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { getQuestionnaireContent } from "@/lib/questionnaires/content";
import { questionnaireForRound } from "@/lib/questionnaires/short";
import { functionGroupsForBreakdown, scoreScan } from "../scoring/scoring";
import type { Questionnaire, ScanResponseInput } from "../scoring/types";
import {
  type EmployerResultsView,
  type FunctionGroup,
  effectiveMinimum,
  employerResultsView,
  filteredView,
  tooCloseToAnEarlierStand,
} from "./privacy";
import { type DbClient, freeTextsOf, loadSubmittedResponses } from "./responses";
import { ensureFirstRound, roundState, type RoundState } from "../rounds/rounds";

export type SnapshotReason = "scan-closed" | "trainer";

/** The minimum in force for this installation (never below PRIVACY_MIN_RESPONDENTS). */
export const privacyMinimum = (): number => effectiveMinimum(env().PRIVACY_MIN_RESPONDENTS);

/** Theme grades per function group, for the groups functionGroupsForBreakdown allows (the same rule for every reader). */
export function functionGroups(questionnaire: Questionnaire, inputs: ScanResponseInput[], minimum: number): FunctionGroup[] {
  return functionGroupsForBreakdown(questionnaire, inputs, minimum).map((name) => {
    const group = inputs.filter((r) => r.respondentRole === name);
    return { name, respondents: group.length, themes: scoreScan(questionnaire, group).themes.map((t) => ({ key: t.key, grade: t.grade })) };
  });
}

/** The questionnaire version a round's results use: the round's own, else the one its responses use. */
export async function resultsQuestionnaireId(client: DbClient, round: Pick<RoundState, "id" | "questionnaireId">): Promise<string | null> {
  return (
    round.questionnaireId ??
    (await client.scanResponse.findFirst({ where: { roundId: round.id }, select: { questionnaireId: true } }))?.questionnaireId ??
    null
  );
}

/** Computes the employer's view of the round's submitted responses now; null without a questionnaire. */
export async function computeEmployerView(client: DbClient, round: Pick<RoundState, "id" | "questionnaireId" | "short">) {
  const questionnaireId = await resultsQuestionnaireId(client, round);
  if (!questionnaireId) return null;
  const [content, responses] = await Promise.all([
    getQuestionnaireContent(questionnaireId, client),
    loadSubmittedResponses(round.id, questionnaireId, client),
  ]);
  // a short round is scored on its core statements only (docs/scoring.md#short-version)
  const questionnaire = questionnaireForRound(content, round.short);
  const inputs = responses.map((r) => r.input);
  const minimum = privacyMinimum();
  const view = employerResultsView({
    result: scoreScan(questionnaire, inputs),
    byFunction: functionGroups(questionnaire, inputs, minimum),
    texts: freeTextsOf(responses),
    minimum,
  });
  return { questionnaireId, view, respondentIds: responses.map((r) => r.id) };
}

/** What taking a snapshot did: published it, or held it back because too few respondents differ. */
export type SnapshotOutcome =
  | { published: true; id: string; takenAt: Date; respondents: number; roundNumber: number }
  | {
      published: false;
      /** respondents added and removed since `previous`, the earlier published stand it is too close to */
      added: number;
      removed: number;
      minimum: number;
      respondents: number;
      roundId: string;
      roundNumber: number;
      previous: { takenAt: Date; respondents: number };
    };

/**
 * Stores a new snapshot of the traject's results; the newest one is what employers see. Held back
 * (nothing stored) when it differs from any earlier published stand of the round in fewer than the
 * minimum of respondents: the two side by side would give the added or removed person's figures
 * (docs/privacy.md#snapshots). Once published, the earlier stands keep no view: nobody may read them.
 */
export async function writeResultsSnapshot(
  client: DbClient,
  {
    trajectId,
    roundId,
    reason,
    takenBy,
  }: {
    trajectId: string;
    /** the round it is of; without it the first round (the seeds) */
    roundId?: string;
    reason: SnapshotReason;
    takenBy: { id: string | null; name: string };
  },
): Promise<SnapshotOutcome | null> {
  const round = await roundState(client, roundId ?? (await ensureFirstRound(client, trajectId)).id);
  if (!round) return null;
  const computed = await computeEmployerView(client, round);
  if (!computed) return null;
  const earlier = await client.resultsSnapshot.findMany({
    where: { roundId: round.id },
    orderBy: [{ takenAt: "asc" }, { id: "asc" }],
    select: { takenAt: true, respondents: true, respondentIds: true },
  });
  const minimum = privacyMinimum();
  const tooClose = tooCloseToAnEarlierStand(earlier, computed.respondentIds, minimum);
  if (tooClose) {
    return {
      published: false,
      added: tooClose.added,
      removed: tooClose.removed,
      minimum,
      respondents: computed.respondentIds.length,
      roundId: round.id,
      roundNumber: round.number,
      previous: { takenAt: tooClose.stand.takenAt, respondents: tooClose.stand.respondents },
    };
  }
  // the stands it supersedes are shown nowhere any more: their figures and texts go (docs/privacy.md#snapshots)
  await client.resultsSnapshot.updateMany({ where: { roundId: round.id }, data: { view: Prisma.DbNull } });
  // the texts of the oplossingsrichtingen it proposes, as they read now: a later edit of the library
  // does not change what a closed scan said (docs/privacy.md#snapshots)
  const keys = [...new Set(computed.view.result.aandachtspunten.flatMap((ap) => ap.solutions))];
  const solutions = await client.solution.findMany({ where: { key: { in: keys } }, select: SOLUTION_TEXT });
  const stored: StoredSnapshotView = { questionnaireId: computed.questionnaireId, ...computed.view, solutions };
  return client.resultsSnapshot
    .create({
      data: {
        trajectId,
        roundId: round.id,
        view: stored as unknown as Prisma.InputJsonValue,
        respondents: computed.view.result.respondents,
        respondentIds: computed.respondentIds,
        reason,
        takenById: takenBy.id,
        takenByName: takenBy.name,
      },
      select: { id: true, takenAt: true, respondents: true },
    })
    .then((row) => ({ published: true as const, ...row, roundNumber: round.number }));
}

const SOLUTION_TEXT = { key: true, title: true, description: true, themes: true, forAllThemes: true } as const;
export interface SolutionText {
  key: string;
  title: string;
  description: string;
  themes: string[];
  forAllThemes: boolean;
}

/**
 * The JSON a snapshot holds: the view plus the questionnaire version it was computed with and the
 * texts of the oplossingsrichtingen it proposed (absent in snapshots from before 2026-12-01).
 */
export type StoredSnapshotView = EmployerResultsView & { questionnaireId: string; solutions?: SolutionText[] };

/**
 * The oplossingsrichtingen a traject's pages and report show: the active library entries, with the
 * texts the round's newest snapshot was made with taking precedence (a closed scan keeps its texts, also when
 * an entry was edited or switched off since).
 */
export async function solutionTextsFor(client: DbClient, roundId: string): Promise<SolutionText[]> {
  const [library, snapshot] = await Promise.all([
    client.solution.findMany({ where: { active: true }, select: SOLUTION_TEXT }),
    readLatestSnapshot(client, roundId),
  ]);
  const byKey = new Map(library.map((s) => [s.key, s]));
  for (const s of snapshot?.view.solutions ?? []) byKey.set(s.key, s);
  return [...byKey.values()];
}

export interface ResultsSnapshotRecord {
  id: string;
  takenAt: Date;
  takenByName: string;
  reason: string;
  respondents: number;
  view: StoredSnapshotView;
}

/**
 * The newest snapshot of a scan round, or null, filtered as it may be shown (a below-minimum view
 * stored before 2026-12-06 kept theme grades). No capability check: callers have made theirs.
 */
export async function readLatestSnapshot(client: DbClient, roundId: string): Promise<ResultsSnapshotRecord | null> {
  const row = await client.resultsSnapshot.findFirst({
    where: { roundId },
    orderBy: [{ takenAt: "desc" }, { id: "desc" }],
    select: { id: true, takenAt: true, takenByName: true, reason: true, respondents: true, view: true },
  });
  // the newest always has its view; a superseded one (view null) is never shown
  return row?.view ? { ...row, view: filteredView(row.view as unknown as StoredSnapshotView) } : null;
}
