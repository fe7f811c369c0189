import "server-only";
import { db } from "@/lib/db";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { annotationScope } from "@/lib/auth/scopes";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { questionnaireForRound } from "@/lib/questionnaires/short";
import { chooseRound, roundsWithSnapshots } from "../rounds/rounds";
import { RESPONDENT_FUNCTION_LABEL } from "@/lib/scan/respondent-functions";
import { scoreScan } from "../scoring/scoring";
import type { Questionnaire, ScanResult } from "../scoring/types";
import { alphabeticalAandachtspunten, type FunctionGroup } from "./privacy";
import { freeTextsOf, loadSubmittedResponses } from "./responses";
import { privacyMinimum, readLatestSnapshot, resultsQuestionnaireId, functionGroups, solutionTextsFor } from "./snapshot-store";

interface ResultsBody {
  questionnaire: Questionnaire;
  questionnaireVersion: { version: number; title: string } | null;
  result: ScanResult;
  byFunction: FunctionGroup[];
  perRespondent: { label: string; answers: Record<string, unknown>; selfGrade: unknown }[] | null;
  themeComments: { themeKey: string; text: string }[];
  openAnswers: { questionKey: string; text: string }[];
  /** the employer's view has fewer respondents than the minimum: no figures, the aandachtspunten by name only */
  fewRespondents: boolean;
  minimum: number;
}

/** The tandem's live view: every submitted response as it is now, per respondent labelled by function, never by name. */
async function liveBody(round: { id: string; short: boolean }, questionnaireId: string): Promise<ResultsBody> {
  const [content, responses] = await Promise.all([
    getQuestionnaireContent(questionnaireId),
    loadSubmittedResponses(round.id, questionnaireId),
  ]);
  const questionnaire = questionnaireForRound(content, round.short);
  const inputs = responses.map((r) => r.input);
  const minimum = privacyMinimum();
  const seen: Record<string, number> = {};
  const texts = freeTextsOf(responses);
  return {
    questionnaire,
    questionnaireVersion: null,
    result: scoreScan(questionnaire, inputs),
    byFunction: functionGroups(questionnaire, inputs, minimum),
    perRespondent: responses.map((r) => {
      seen[r.function] = (seen[r.function] ?? 0) + 1;
      return {
        label: `${RESPONDENT_FUNCTION_LABEL[r.function]} ${seen[r.function]}`,
        answers: r.input.answers,
        selfGrade: r.input.selfGrade,
      };
    }),
    themeComments: texts.flatMap((t) => (t.kind === "theme" ? [{ themeKey: t.key, text: t.text }] : [])),
    openAnswers: texts.flatMap((t) => (t.kind === "open" ? [{ questionKey: t.key, text: t.text }] : [])),
    fewRespondents: false,
    minimum,
  };
}

/**
 * Everything the results page shows, for one scan round (`round`: its number; by default the newest
 * round the reader can see results of). The tandem (results:readPerRespondent) gets the live results,
 * computed on this request, with answers per respondent. Everyone else who may read results
 * (employer users, the admin) gets the round's newest snapshot, privacy-filtered when it was taken
 * (docs/privacy.md), or no result before the first one exists.
 */
export async function getScanResultsForActor({ actor, trajectId, round }: { actor: Actor; trajectId: string; round?: number }) {
  const access = await assertTrajectCapability({ actor, trajectId, capability: "results:read" });
  const tandemView = access.capabilities.has("results:readPerRespondent");
  const [traject, rounds] = await Promise.all([
    db().traject.findUniqueOrThrow({
      where: { id: trajectId },
      select: { id: true, status: true, questionnaireId: true, employer: { select: { name: true } } },
    }),
    roundsWithSnapshots(db(), trajectId),
  ]);
  const chosen = chooseRound(rounds, round, tandemView);
  const invitedCount = await db().scanInvitation.count({ where: { roundId: chosen.id, revokedAt: null } });
  const snapshotRecord = await readLatestSnapshot(db(), chosen.id);
  const snapshot = snapshotRecord
    ? { takenAt: snapshotRecord.takenAt, takenByName: snapshotRecord.takenByName, respondents: snapshotRecord.respondents }
    : null;
  const questionnaireId = tandemView ? await resultsQuestionnaireId(db(), chosen) : (snapshotRecord?.view.questionnaireId ?? null);
  const base = {
    traject,
    access,
    invitedCount,
    snapshot,
    round: chosen,
    rounds: rounds.map(({ id, number, open, closedAt, hasSnapshot, short }) => ({ id, number, open, closedAt, hasSnapshot, short })),
    source: tandemView ? "live" : "snapshot",
    /** the minimum in force (a snapshot's body carries the one it was filtered with) */
    minimum: privacyMinimum(),
  } as const;
  if (!questionnaireId) return { ...base, questionnaire: null, result: null } as const;

  const view = snapshotRecord?.view;
  const [body, annotations, solutions, version] = await Promise.all([
    tandemView || !view
      ? liveBody(chosen, questionnaireId)
      : getQuestionnaireContent(questionnaireId).then((content): ResultsBody => {
          const questionnaire = questionnaireForRound(content, chosen.short);
          return {
            questionnaire,
            questionnaireVersion: null,
            perRespondent: null,
            ...view,
            result: view.fewRespondents ? alphabeticalAandachtspunten(view.result, questionnaire.themes) : view.result,
          };
        }),
    db().annotation.findMany({
      where: { AND: [{ trajectId }, annotationScope(actor, access.capabilities)] },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        themeKey: true,
        itemKey: true,
        body: true,
        visibility: true,
        version: true,
        authorId: true,
        author: { select: { name: true } },
      },
    }),
    solutionTextsFor(db(), chosen.id),
    db().questionnaire.findUnique({ where: { id: questionnaireId }, select: { version: true, title: true, bundled: true } }),
  ]);
  return {
    ...base,
    ...body,
    questionnaireVersion: version,
    annotations: annotations.map((a) => ({ ...a, authorName: a.author.name })),
    solutions: Object.fromEntries(solutions.map((s) => [s.key, s])),
  } as const;
}
export type ScanResults = Awaited<ReturnType<typeof getScanResultsForActor>>;
