import "server-only";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { getQuestionnaireContent, getLatestQuestionnaire } from "@/lib/questionnaires/queries";
import { questionnaireForRound } from "@/lib/questionnaires/short";
import { freeTextsOf, loadSubmittedResponses } from "@/lib/scan/results/responses";
import { privacyMinimum, readLatestSnapshot, resultsQuestionnaireId, solutionTextsFor } from "@/lib/scan/results/snapshot-store";
import { alphabeticalAandachtspunten } from "@/lib/scan/results/privacy";
import { chooseRound, roundLabel, roundsWithSnapshots } from "@/lib/scan/rounds/rounds";
import { workingVersionNote } from "@/lib/questionnaires/working-version";
import { roundVersionsText } from "./texts";
import { progressForRound } from "@/lib/followup/progress";
import { scoreScan } from "@/lib/scan/scoring/scoring";
import { EXPERT_ACCEPTED } from "@/lib/auth/capabilities";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { currentContent } from "@/lib/gedragscode/content";
import { currentOutcome } from "@/lib/trajecten/outcome";
import { GEDRAGSCODE_INCLUDE, toGedragscodeInput } from "@/lib/gedragscode/document-source";
import { trajectFileSlug, type TrajectNameParts } from "@/lib/format/traject-name";
import { readOrganisation, readOrganisationLogo } from "@/lib/organisation/settings";
import type { ReportInput } from "./types";

export type ReportEdition = "employer" | "tandem";

/**
 * Gathers the report's data for an actor who may download it. Only EMPLOYER-visible annotations are
 * read at all (the model filters again), and no respondent's name or e-mail address is selected.
 * The "employer" edition (every role's default) is built from the snapshot the employer sees
 * (docs/privacy.md); the "tandem" edition, for who may read the live results per respondent, from the
 * live results with every text, the ones not released to the employer marked.
 */
export async function buildReportInputForActor({
  actor,
  trajectId,
  edition = "employer",
}: {
  actor: Actor;
  trajectId: string;
  edition?: ReportEdition;
}): Promise<ReportInput> {
  await assertTrajectCapability({ actor, trajectId, capability: "report:download" });
  if (edition === "tandem") await assertTrajectCapability({ actor, trajectId, capability: "results:readPerRespondent" });
  const tandemView = edition === "tandem";
  // the report is about the newest round that closed (has a snapshot); before any did, the first
  const rounds = await roundsWithSnapshots(db(), trajectId);
  const round = chooseRound(rounds, undefined, false);
  const snapshot = tandemView ? null : await readLatestSnapshot(db(), round.id);
  const traject = await db().traject.findUniqueOrThrow({
    where: { id: trajectId },
    include: {
      employer: { select: { name: true, sector: true } },
      werkvloer: { select: { name: true } },
      trainer: { select: { name: true, email: true } },
      sessions: { orderBy: { number: "asc" }, select: { scheduledAt: true } },
      assignments: { where: { status: { in: [...EXPERT_ACCEPTED] } }, select: { expert: { select: { name: true } } } },
      gedragscode: { include: GEDRAGSCODE_INCLUDE },
      nextSteps: { orderBy: { position: "asc" } },
    },
  });
  const questionnaireId =
    snapshot?.view.questionnaireId ?? (await resultsQuestionnaireId(db(), round)) ?? (await getLatestQuestionnaire())?.id;
  if (!questionnaireId) throw new Error("no questionnaire available");
  const code = traject.gedragscode;
  const [questionnaire, version, responses, annotations, solutions, outcome, content, organisation] = await Promise.all([
    getQuestionnaireContent(questionnaireId).then((content) => questionnaireForRound(content, round.short)),
    db().questionnaire.findUniqueOrThrow({ where: { id: questionnaireId }, select: { title: true, version: true, bundled: true } }),
    tandemView ? loadSubmittedResponses(round.id, questionnaireId) : [],
    db().annotation.findMany({
      where: { trajectId, visibility: "EMPLOYER" },
      orderBy: { createdAt: "asc" },
      select: { themeKey: true, itemKey: true, body: true, visibility: true },
    }),
    solutionTextsFor(db(), round.id),
    currentOutcome(db(), trajectId),
    code ? currentContent(db(), code.id) : null,
    readOrganisation(),
  ]);
  const dates = traject.sessions.map((s) => s.scheduledAt).filter((d): d is Date => d !== null);
  // without a snapshot (before the scan closes) an employer's report holds no figures at all
  const view = snapshot?.view;
  const result = view
    ? view.fewRespondents
      ? alphabeticalAandachtspunten(view.result, questionnaire.themes)
      : view.result
    : scoreScan(
        questionnaire,
        responses.map((r) => r.input),
      );
  return {
    traject: {
      employerName: traject.employer.name,
      werkvloerName: traject.werkvloer?.name ?? null,
      startedAt: traject.createdAt,
      sector: traject.employer.sector,
      periodStart: dates[0] ?? traject.createdAt,
      periodEnd: dates.at(-1) ?? null,
      trainerName: traject.trainer.name,
      expertNames: traject.assignments.map((a) => a.expert.name),
      contactPerson: { name: `${traject.trainer.name} (trainer, ${organisation.name})`, email: traject.trainer.email },
      generatedAt: new Date(),
    },
    organisation: { texts: organisation, logo: await readOrganisationLogo() },
    questionnaire,
    questionnaireVersion: `${version.title}, versie ${version.version}${version.bundled ? " (werkversie)" : ""}${round.short ? ", korte versie" : ""}`,
    readingNotes: [
      workingVersionNote(version.bundled),
      roundVersionsText(rounds.filter((r) => r.number <= round.number).map((r) => ({ label: roundLabel(r.number), short: r.short }))),
    ].filter((note): note is string => note !== null),
    result,
    progress: await progressForRound({ trajectId, rounds, round, questionnaire, result, live: tandemView }),
    solutions,
    annotations: annotations.map((a) => ({ ...a, authorLabel: "Ervaringsdeskundige" })),
    themeComments: snapshot
      ? snapshot.view.themeComments
      : freeTextsOf(responses).flatMap((t) => (t.kind === "theme" ? [{ themeKey: t.key, text: t.text, withheld: !t.shared }] : [])),
    privacy: tandemView
      ? null
      : {
          fewRespondents: snapshot?.view.fewRespondents ?? true,
          minimum: snapshot?.view.minimum ?? privacyMinimum(),
          takenAt: snapshot?.takenAt ?? null,
        },
    gedragscode: code ? toGedragscodeInput(code, content?.hash ?? null) : null,
    nextSteps: traject.nextSteps.map((s) => ({ text: s.text, owner: s.owner, dueDate: s.dueDate })),
    outcome: outcome.outcome,
    edition,
  };
}

/**
 * Rapport-MHB-<traject>-<datum>.pdf (the traject as lib/format/traject-name.ts names it) (the Amsterdam calendar day, as on the cover); the tandem's own
 * edition ends in -alleen-voor-begeleiders, so a forwarded file says what it is.
 */
export function reportFileName(traject: TrajectNameParts, date: Date, edition: ReportEdition = "employer"): string {
  const suffix = edition === "tandem" ? "-alleen-voor-begeleiders" : "";
  return `Rapport-MHB-${trajectFileSlug(traject)}-${isoDay(date)}${suffix}.pdf`;
}
