import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { readLatestSnapshot } from "@/lib/scan/results/snapshot-store";
import { ensureFirstRound } from "@/lib/scan/rounds/rounds";
import { clauseViews } from "@/lib/gedragscode/views";
import { lastAuthorByClause } from "@/lib/gedragscode/queries";
import { boardLinkTraject } from "./access";

// What the session board shows: the aandachtspunten (as the employer sees them: the closed scan's
// snapshot, never a live per-respondent view, since a projector shows it to the room) with the
// afspraken that answer each, the other afspraken, and the next steps.

async function boardData(trajectId: string) {
  const traject = await db().traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: { employer: { select: { name: true } }, questionnaireId: true },
  });
  const [code, nextSteps, snapshot] = await Promise.all([
    db().gedragscode.findUnique({
      where: { trajectId },
      select: { id: true, status: true, version: true, clauses: { orderBy: [{ section: "asc" }, { position: "asc" }] } },
    }),
    db().nextStep.findMany({ where: { trajectId }, orderBy: { position: "asc" } }),
    // the board is for session 2: the first scan's aandachtspunten
    ensureFirstRound(db(), trajectId).then((round) => readLatestSnapshot(db(), round.id)),
  ]);
  const questionnaireId = snapshot?.view.questionnaireId ?? traject.questionnaireId;
  const themes = questionnaireId ? (await getQuestionnaireContent(questionnaireId)).themes : [];
  const lastBy = code ? await lastAuthorByClause(code.id) : new Map<string, string | null>();
  const clauses = clauseViews(code?.clauses ?? [], themes, lastBy);
  const punten = (snapshot?.view.result.aandachtspunten ?? []).map((a) => a.theme);
  const themeTitle = (key: string) => themes.find((t) => t.key === key)?.title ?? key;
  return {
    employerName: traject.employer.name,
    status: code?.status ?? "CONCEPT",
    themes,
    aandachtspunten: punten.map((key) => ({
      themeKey: key,
      themeTitle: themeTitle(key),
      clauses: clauses.filter((c) => c.themeKey === key),
    })),
    otherClauses: clauses.filter((c) => !c.themeKey || !punten.includes(c.themeKey)),
    nextSteps,
  };
}

export type Board = Awaited<ReturnType<typeof boardData>>;

export async function boardForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  const access = await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  return {
    board: await boardData(trajectId),
    canEdit: access.capabilities.has("gedragscode:edit"),
    canShare: access.capabilities.has("traject:plan"),
  };
}

/** The projector's read-only board: the link is the only key. */
export async function boardForLink(token: string) {
  const { trajectId, sessionNumber } = await boardLinkTraject(token);
  return { trajectId, sessionNumber, board: await boardData(trajectId) };
}
