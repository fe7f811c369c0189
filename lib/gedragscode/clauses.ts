import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { amsterdamInstant, isoDay } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import { changeContent, revisionData, type CodeRow } from "./change";
import type { ClauseEditInput, ClauseInput } from "./schema";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";
import { lastTextRevision, tellOverwritten, type ReplacedText } from "./overwritten";

// Clauses are added, edited, moved, removed and restored one at a time. Versions are per clause: two
// people editing different clauses never conflict; the same clause edited twice is a CONFLICT that
// carries the text now stored, so the second writer sees both and chooses (docs/decisions/015).

export const CLAUSE_CONFLICT = "Deze afspraak is intussen door iemand anders gewijzigd.";

export interface ClauseConflict {
  current: {
    title: string;
    body: string;
    owner: string | null;
    startDate: Date | null;
    section: string;
    version: number;
    by: string | null;
  };
  /** The text the writer wanted (a restore knows it; an edit's action adds what was typed) */
  mine?: { title: string; body: string; owner: string | null; startDate: Date | null };
}

const isoDayOrEmpty = (d: Date | null) => (d ? isoDay(d) : "");

export class ClauseConflictError extends AppError {
  constructor(public readonly conflict: ClauseConflict) {
    const { mine } = conflict;
    super("CONFLICT", CLAUSE_CONFLICT, undefined, {
      // the form's own yyyy-mm-dd (Amsterdam's day), so "Hun tekst overnemen" fills the date field too
      current: { ...conflict.current, startDate: isoDayOrEmpty(conflict.current.startDate) },
      ...(mine
        ? { mine: { ...mine, owner: mine.owner ?? "", startDate: isoDayOrEmpty(mine.startDate), section: conflict.current.section } }
        : {}),
    });
  }
}

const dayOrNull = (day: string | undefined) => (day ? amsterdamInstant(day, "12:00") : null);

async function findClause(tx: Tx, code: CodeRow, clauseId: string) {
  const clause = await tx.gedragscodeClause.findFirst({ where: { id: clauseId, gedragscodeId: code.id } });
  if (!clause) throw notFound("Deze afspraak");
  return clause;
}

async function conflictOf(
  tx: Tx,
  code: CodeRow,
  clause: Awaited<ReturnType<typeof findClause>>,
  mine?: ClauseConflict["mine"],
): Promise<ClauseConflictError> {
  const last = await tx.gedragscodeRevision.findFirst({
    where: { gedragscodeId: code.id, clauseId: clause.id },
    orderBy: { createdAt: "desc" },
    select: { author: { select: { name: true } } },
  });
  const { title, body, owner, startDate, section, version } = clause;
  return new ClauseConflictError({ current: { title, body, owner, startDate, section, version, by: last?.author?.name ?? null }, mine });
}

/** Closes the gap a clause leaves in its section. */
async function closeGap(tx: Tx, codeId: string, section: ClauseInput["section"], position: number) {
  await tx.gedragscodeClause.updateMany({
    where: { gedragscodeId: codeId, section, position: { gt: position } },
    data: { position: { decrement: 1 } },
  });
}

const endOf = (tx: Tx, codeId: string, section: ClauseInput["section"]) =>
  tx.gedragscodeClause.count({ where: { gedragscodeId: codeId, section } });

type NewClause = Pick<ClauseInput, "section" | "title" | "body"> & {
  owner?: string | null;
  startDate?: string;
  themeKey?: string | null;
  solutionKey?: string | null;
};

/** Adds clauses at the end of their sections, each with its first revision. */
export async function addClausesInTx(tx: Tx, code: CodeRow, actor: Actor, clauses: readonly NewClause[]) {
  const ids: string[] = [];
  for (const input of clauses) {
    const clause = await tx.gedragscodeClause.create({
      data: {
        gedragscodeId: code.id,
        section: input.section,
        title: input.title,
        body: input.body,
        owner: input.owner || null,
        startDate: dayOrNull(input.startDate),
        themeKey: input.themeKey || null,
        solutionKey: input.solutionKey || null,
        position: await endOf(tx, code.id, input.section),
      },
    });
    await tx.gedragscodeRevision.create({ data: revisionData(clause, code.id, "ADDED", actor.id) });
    ids.push(clause.id);
  }
  return { clauseIds: ids };
}

/** The clause's words, for the health-data check: they are signed, and exported to Word and PDF. */
const clauseTexts = (c: { title: string; body: string; owner?: string | null }) => ({ title: c.title, body: c.body, owner: c.owner });

/** One new clause as a person typed it: the health-data check first (nothing is saved while it asks). */
export async function addTypedClauseInTx(tx: Tx, code: CodeRow, actor: Actor, input: ClauseInput) {
  const choice = await checkHealthText({ trajectId: input.trajectId, fields: clauseTexts(input), confirmed: input.gezondheidscheck }, tx);
  const added = await addClausesInTx(tx, code, actor, [input]);
  await recordHealthChoice(choice, actor, { type: "GedragscodeClause", id: added.clauseIds[0] ?? code.id }, tx);
  return added;
}

export const addClause = ({ actor, input }: { actor: Actor; input: ClauseInput }) =>
  changeContent(actor, input.trajectId, "gedragscode.clause.add", (tx, code) => addTypedClauseInTx(tx, code, actor, input));

export const editClause = ({ actor, input }: { actor: Actor; input: ClauseEditInput }) =>
  changeContent(actor, input.trajectId, "gedragscode.clause.edit", async (tx, code) => {
    const clause = await findClause(tx, code, input.clauseId);
    if (clause.version !== input.version) throw await conflictOf(tx, code, clause);
    // "Mijn tekst bewaren" over someone else's: whose text this replaces, before this edit's revision
    const replaced = input.keepMine ? await lastTextRevision(tx, code.id, clause.id) : null;
    const choice = await checkHealthText(
      { trajectId: input.trajectId, fields: clauseTexts(input), stored: clauseTexts(clause), confirmed: input.gezondheidscheck },
      tx,
    );
    const moved = clause.section !== input.section;
    if (moved) await closeGap(tx, code.id, clause.section, clause.position);
    const updated = await tx.gedragscodeClause.update({
      where: { id: clause.id },
      data: {
        section: input.section,
        title: input.title,
        body: input.body,
        owner: input.owner || null,
        startDate: dayOrNull(input.startDate),
        version: { increment: 1 },
        ...(moved ? { position: await endOf(tx, code.id, input.section) } : {}),
      },
    });
    await tx.gedragscodeRevision.create({ data: revisionData(updated, code.id, "EDITED", actor.id) });
    await recordHealthChoice(choice, actor, { type: "GedragscodeClause", id: clause.id }, tx);
    if (replaced) await tellOverwritten(tx, { actor, trajectId: input.trajectId, replaced, clause: updated });
    return { clauseId: clause.id, version: updated.version };
  });

/** Moves a clause to another place in its section (buttons and dragging). Order is not the clause's text: no version check. */
export const moveClause = ({ actor, trajectId, clauseId, to }: { actor: Actor; trajectId: string; clauseId: string; to: number }) =>
  changeContent(actor, trajectId, "gedragscode.clause.move", async (tx, code) => {
    const clause = await findClause(tx, code, clauseId);
    const siblings = await tx.gedragscodeClause.findMany({
      where: { gedragscodeId: code.id, section: clause.section },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const order = siblings.map((s) => s.id).filter((id) => id !== clauseId);
    order.splice(Math.min(to, order.length), 0, clauseId);
    for (const [position, id] of order.entries()) await tx.gedragscodeClause.update({ where: { id }, data: { position } });
    const moved = await tx.gedragscodeClause.findUniqueOrThrow({ where: { id: clauseId } });
    await tx.gedragscodeRevision.create({ data: revisionData(moved, code.id, "MOVED", actor.id) });
    return { clauseId };
  });

export const removeClause = ({
  actor,
  trajectId,
  version,
  clauseId,
}: {
  actor: Actor;
  trajectId: string;
  version: number;
  clauseId: string;
}) =>
  changeContent(actor, trajectId, "gedragscode.clause.remove", async (tx, code) => {
    const clause = await findClause(tx, code, clauseId);
    if (clause.version !== version) throw await conflictOf(tx, code, clause);
    await tx.gedragscodeClause.delete({ where: { id: clause.id } });
    await closeGap(tx, code.id, clause.section, clause.position);
    await tx.gedragscodeRevision.create({ data: revisionData({ ...clause, version: clause.version + 1 }, code.id, "REMOVED", actor.id) });
    return { clauseId };
  });

/**
 * Makes an earlier version current again, as a new version (the history keeps everything). A removed
 * clause comes back at the end of its section; the preamble's revisions restore the preamble. With
 * `version` (the one-click "Mijn tekst terugzetten" after an overwrite) it is a version-checked edit:
 * a clause changed since is a conflict carrying both texts; `keepMine` then tells whose text it replaces.
 */
export const restoreRevision = ({
  actor,
  trajectId,
  revisionId,
  version,
  keepMine,
}: {
  actor: Actor;
  trajectId: string;
  revisionId: string;
  version?: number;
  keepMine?: "on";
}) =>
  changeContent(actor, trajectId, "gedragscode.restore", async (tx, code) => {
    const rev = await tx.gedragscodeRevision.findFirst({ where: { id: revisionId, gedragscodeId: code.id } });
    if (!rev || rev.change === "REMOVED") throw notFound("Deze versie");
    if (rev.clauseId === null) {
      const updated = await tx.gedragscode.update({
        where: { id: code.id },
        data: { preamble: rev.body || null, preambleVersion: { increment: 1 } },
      });
      await tx.gedragscodeRevision.create({
        data: { ...preambleRevision(code.id, rev.body, updated.preambleVersion, actor.id), change: "RESTORED" },
      });
      return { clauseId: null };
    }
    const fields = {
      title: rev.title,
      body: rev.body,
      owner: rev.owner,
      startDate: rev.startDate,
      themeKey: rev.themeKey,
      solutionKey: rev.solutionKey,
    };
    const existing = await tx.gedragscodeClause.findFirst({ where: { id: rev.clauseId, gedragscodeId: code.id } });
    let restored;
    let replaced: ReplacedText | null = null;
    if (existing) {
      if (version !== undefined && existing.version !== version)
        throw await conflictOf(tx, code, existing, { title: rev.title, body: rev.body, owner: rev.owner, startDate: rev.startDate });
      if (keepMine) replaced = await lastTextRevision(tx, code.id, existing.id);
      restored = await tx.gedragscodeClause.update({ where: { id: existing.id }, data: { ...fields, version: { increment: 1 } } });
    } else {
      const last = await tx.gedragscodeRevision.findFirst({ where: { clauseId: rev.clauseId }, orderBy: { version: "desc" } });
      restored = await tx.gedragscodeClause.create({
        data: {
          id: rev.clauseId,
          gedragscodeId: code.id,
          section: rev.section,
          ...fields,
          version: (last?.version ?? rev.version) + 1,
          position: await endOf(tx, code.id, rev.section),
        },
      });
    }
    await tx.gedragscodeRevision.create({ data: revisionData(restored, code.id, "RESTORED", actor.id) });
    if (replaced) await tellOverwritten(tx, { actor, trajectId, replaced, clause: restored });
    return { clauseId: restored.id };
  });

const preambleRevision = (codeId: string, body: string, version: number, authorId: string) => ({
  gedragscodeId: codeId,
  clauseId: null,
  version,
  change: "EDITED" as const,
  section: "PREAMBULE" as const,
  title: "Preambule",
  body,
  authorId,
});

export const setPreamble = ({
  actor,
  trajectId,
  version,
  preamble,
  confirmed,
}: {
  actor: Actor;
  trajectId: string;
  version: number;
  preamble: string;
  /** "Toch bewaren" of the health-data check */
  confirmed?: "bewaren";
}) =>
  changeContent(actor, trajectId, "gedragscode.preamble", async (tx, code) => {
    // a new code's preamble is at version 1 before anyone wrote one: a form with 0 or 1 is not stale
    if (code.preambleVersion !== Math.max(version, 1))
      throw new AppError(
        "CONFLICT",
        "De preambule is intussen door iemand anders gewijzigd. Bekijk de nieuwe tekst en probeer het nog eens.",
      );
    const choice = await checkHealthText({ trajectId, fields: { preamble }, confirmed }, tx);
    const updated = await tx.gedragscode.update({
      where: { id: code.id },
      data: { preamble: preamble || null, preambleVersion: { increment: 1 } },
    });
    await tx.gedragscodeRevision.create({ data: preambleRevision(code.id, preamble, updated.preambleVersion, actor.id) });
    await recordHealthChoice(choice, actor, { type: "Gedragscode", id: code.id }, tx);
    return { clauseId: null };
  });
