import "server-only";
import { db } from "@/lib/db";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { annotationScope } from "@/lib/auth/scopes";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { RESPONDENT_FUNCTION_LABEL, RESPONDENT_FUNCTION_ROLE, type RespondentFunctionKey } from "@/lib/trajecten/labels";
import { parseNoteKey } from "../respondent/field-names";
import { rolesForBreakdown, scoreScan } from "../scoring/scoring";
import type { ScanResponseInput } from "../scoring/types";

/** Loads the submitted responses of a traject as scoring input, tied to one questionnaire version. */
export async function loadSubmittedResponses(trajectId: string, questionnaireId: string) {
  const rows = await db().scanResponse.findMany({
    where: { trajectId, questionnaireId, status: "SUBMITTED", invitation: { revokedAt: null } },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      selfGrade: true,
      invitation: { select: { function: true } },
      answers: { select: { itemKey: true, value: true, dontKnow: true } },
      notes: { select: { key: true, text: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    function: r.invitation.function as RespondentFunctionKey,
    notes: r.notes,
    input: {
      respondentRole: RESPONDENT_FUNCTION_ROLE[r.invitation.function as RespondentFunctionKey],
      status: "submitted",
      selfGrade: r.selfGrade,
      answers: Object.fromEntries(r.answers.map((a) => [a.itemKey, a.dontKnow ? "dontKnow" : a.value])),
    } satisfies ScanResponseInput,
  }));
}

/** The anonymous "één punt hoger" answers of submitted responses, per theme (results page and report). */
export function themeCommentsOf(responses: { notes: { key: string; text: string }[] }[]) {
  return responses.flatMap((r) =>
    r.notes.flatMap((n) => {
      const key = parseNoteKey(n.key);
      return key?.kind === "theme" && n.text.trim() ? [{ themeKey: key.themeKey, text: n.text }] : [];
    }),
  );
}

/**
 * Everything the results page shows, computed fresh on every request (so a new submission shows at
 * once). Employers get aggregates only; trainer and experts also get answers per respondent,
 * labelled by function, never by name.
 */
export async function getScanResultsForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  const access = await assertTrajectCapability({ actor, trajectId, capability: "results:read" });
  const tandemView = access.capabilities.has("results:readPerRespondent");
  const traject = await db().traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: {
      id: true,
      questionnaireId: true,
      employer: { select: { name: true } },
      _count: { select: { invitations: { where: { revokedAt: null } } } },
    },
  });
  const questionnaireId =
    traject.questionnaireId ??
    (await db().scanResponse.findFirst({ where: { trajectId }, select: { questionnaireId: true } }))?.questionnaireId;
  if (!questionnaireId) return { traject, access, questionnaire: null, result: null } as const;
  const [questionnaire, responses, annotations, solutions, version] = await Promise.all([
    getQuestionnaireContent(questionnaireId),
    loadSubmittedResponses(trajectId, questionnaireId),
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
    db().solution.findMany({ select: { key: true, title: true, description: true } }),
    db().questionnaire.findUnique({ where: { id: questionnaireId }, select: { version: true, title: true } }),
  ]);
  const inputs = responses.map((r) => r.input);
  const result = scoreScan(questionnaire, inputs);
  const byRole = rolesForBreakdown(questionnaire, inputs).map((role) => ({
    role,
    respondents: inputs.filter((r) => r.respondentRole === role).length,
    themes: scoreScan(
      questionnaire,
      inputs.filter((r) => r.respondentRole === role),
    ).themes.map((t) => ({ key: t.key, grade: t.grade })),
  }));
  const seen: Record<string, number> = {};
  const perRespondent = tandemView
    ? responses.map((r) => {
        seen[r.function] = (seen[r.function] ?? 0) + 1;
        return {
          label: `${RESPONDENT_FUNCTION_LABEL[r.function]} ${seen[r.function]}`,
          answers: r.input.answers,
          selfGrade: r.input.selfGrade,
        };
      })
    : null;
  const themeComments = themeCommentsOf(responses);
  const openAnswers = tandemView
    ? responses.flatMap((r) =>
        r.notes.flatMap((n) => {
          const key = parseNoteKey(n.key);
          return key?.kind === "open" && n.text.trim() ? [{ questionKey: key.questionKey, text: n.text }] : [];
        }),
      )
    : [];
  return {
    traject,
    access,
    questionnaire,
    questionnaireVersion: version,
    result,
    invitedCount: traject._count.invitations,
    byRole,
    perRespondent,
    themeComments,
    openAnswers,
    annotations: annotations.map((a) => ({ ...a, authorName: a.author.name })),
    solutions: Object.fromEntries(solutions.map((s) => [s.key, s])),
  } as const;
}
export type ScanResults = Awaited<ReturnType<typeof getScanResultsForActor>>;
