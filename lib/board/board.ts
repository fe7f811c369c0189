import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { readLatestSnapshot } from "@/lib/scan/results/snapshot-store";
import { ensureFirstRound } from "@/lib/scan/rounds/rounds";
import { clauseViews } from "@/lib/gedragscode/views";
import { lastAuthorByClause } from "@/lib/gedragscode/queries";
import { boardProposalsForActor } from "@/lib/gedragscode/proposals";
import type { GedragscodeSectionKey } from "@/lib/gedragscode/sections";
import { boardLinkTraject } from "./access";
import { placesInList } from "./places";

const PRINCIPLES_SECTION = "UITGANGSPUNTEN" satisfies GedragscodeSectionKey;

// What the session board shows: the uitgangspunten, the aandachtspunten (as the employer sees them: the
// closed scan's snapshot, never a live per-respondent view, since a projector shows it to the room) with
// the afspraken that answer each, the other afspraken, and the next steps with their owners. Whoever may
// edit also gets the scan's proposals (issue 26: adopted, edited or left out on the board itself).

async function boardData(trajectId: string) {
  const traject = await db().traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: { employer: { select: { name: true } }, questionnaireId: true },
  });
  const [code, nextSteps, snapshot, votes] = await Promise.all([
    db().gedragscode.findUnique({
      where: { trajectId },
      select: { id: true, status: true, version: true, clauses: { orderBy: [{ section: "asc" }, { position: "asc" }] } },
    }),
    db().nextStep.findMany({ where: { trajectId }, orderBy: { position: "asc" } }),
    // the board is for session 2: the first scan's aandachtspunten
    ensureFirstRound(db(), trajectId).then((round) => readLatestSnapshot(db(), round.id)),
    // the room's votes on the aandachtspunten (issue 26): the result orders the discussion. Totals only.
    db().roomVote.groupBy({ by: ["target"], where: { kind: "PUNTEN", room: { session: { trajectId } } }, _sum: { count: true } }),
  ]);
  const votesOn = new Map(votes.map((v) => [v.target.replace(/^punt:/, ""), v._sum.count ?? 0]));
  const questionnaireId = snapshot?.view.questionnaireId ?? traject.questionnaireId;
  const themes = questionnaireId ? (await getQuestionnaireContent(questionnaireId)).themes : [];
  const lastBy = code ? await lastAuthorByClause(code.id) : new Map<string, string | null>();
  const rows = code?.clauses ?? [];
  const views = clauseViews(rows, themes, lastBy);
  // the scan's order, unless the room voted: then most votes first (a tie keeps the scan's order)
  const punten = (snapshot?.view.result.aandachtspunten ?? [])
    .map((a, i) => ({ key: a.theme, i }))
    .sort((a, b) => (votesOn.get(b.key) ?? 0) - (votesOn.get(a.key) ?? 0) || a.i - b.i)
    .map((a) => a.key);
  const themeTitle = (key: string) => themes.find((t) => t.key === key)?.title ?? key;
  // each list in the code's order (section, then place), with where "Omhoog"/"Omlaag" move each card
  const list = (keep: (c: (typeof rows)[number]) => boolean) => {
    const kept = rows.filter(keep);
    const places = placesInList(kept);
    return kept.map((row) => ({ ...views.find((v) => v.id === row.id)!, place: places.get(row.id)! }));
  };
  const isPrinciple = (c: { section: string }) => c.section === PRINCIPLES_SECTION;
  return {
    employerName: traject.employer.name,
    status: code?.status ?? "CONCEPT",
    themes,
    /** The method's uitgangspunten: the code's own section, whatever theme a clause names */
    principles: list(isPrinciple),
    aandachtspunten: punten.map((key) => ({
      themeKey: key,
      themeTitle: themeTitle(key),
      /** the room's votes on this aandachtspunt (null: nobody voted on the aandachtspunten) */
      votes: votesOn.size > 0 ? (votesOn.get(key) ?? 0) : null,
      clauses: list((c) => !isPrinciple(c) && c.themeKey === key),
    })),
    otherClauses: list((c) => !isPrinciple(c) && (!c.themeKey || !punten.includes(c.themeKey))),
    nextSteps,
  };
}

export type Board = Awaited<ReturnType<typeof boardData>>;

export async function boardForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  const access = await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  const board = await boardData(trajectId);
  const canEdit = access.capabilities.has("gedragscode:edit");
  return {
    board,
    canEdit,
    canShare: access.capabilities.has("traject:plan"),
    /** The scan's proposals while the code can change (null otherwise) */
    proposals: canEdit && board.status !== "VASTGESTELD" ? await boardProposalsForActor({ actor, trajectId }) : null,
  };
}

/** The projector's read-only board: the link is the only key. */
export async function boardForLink(token: string) {
  const { trajectId, sessionNumber } = await boardLinkTraject(token);
  return { trajectId, sessionNumber, board: await boardData(trajectId) };
}
