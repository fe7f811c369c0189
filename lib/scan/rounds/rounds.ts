// Scan rounds (docs/decisions/016-scan-rounds.md): a traject's first scan is round 1, a follow-up scan
// months later is round 2 (and so on). Invitations, responses and results snapshots belong to a round.
// Not marked server-only: the seeds create rounds too. Whether a round takes answers is one SQL rule,
// ww_scan_round_open (migration 20261202010000), which the scan links use; it is read here through
// the same function, never re-stated in TypeScript.
import { type DbClient } from "@/lib/db";
import { notFound } from "@/lib/errors";

export const FIRST_ROUND = 1;

/** Round 1 exists for every traject from its first use (the migration made it for the older ones). */
export async function ensureFirstRound(client: DbClient, trajectId: string): Promise<{ id: string }> {
  return client.scanRound.upsert({
    where: { trajectId_number: { trajectId, number: FIRST_ROUND } },
    update: {},
    create: { trajectId, number: FIRST_ROUND },
    select: { id: true },
  });
}

export interface RoundState {
  id: string;
  number: number;
  /** the questionnaire version the round uses (round 1: the traject's), or null before one is chosen */
  questionnaireId: string | null;
  deadline: Date | null;
  /** the short version: only the questionnaire's core statements (never round 1; ADR 026) */
  short: boolean;
  /** when it closed; null while it is open (or, for round 1, before the scan closed) */
  closedAt: Date | null;
  /** the round takes answers (ww_scan_round_open) */
  open: boolean;
  startedByName: string | null;
  createdAt: Date;
}

/**
 * A round's settings, for any query that joins "ScanRound" sr to its "Traject" t: round 1's are the
 * traject's columns, a follow-up's are its own. The one home of that rule (the scan link reads it too).
 */
export const ROUND_SETTINGS_SQL = `
    CASE WHEN sr."number" = 1 THEN t."questionnaireId" ELSE sr."questionnaireId" END AS "questionnaireId",
    CASE WHEN sr."number" = 1 THEN t."scanDeadline" ELSE sr."deadline" END AS "deadline",
    sr."short" AND sr."number" <> 1 AS "short",
    CASE WHEN sr."number" = 1 THEN t."scanClosedAt" ELSE sr."closedAt" END AS "closedAt",
    ww_scan_round_open(sr."number", sr."closedAt", t."status") AS "open"`;

const ROUND_STATE_SQL = `
  SELECT sr."id", sr."number", sr."startedByName", sr."createdAt", ${ROUND_SETTINGS_SQL}
  FROM "ScanRound" sr JOIN "Traject" t ON t."id" = sr."trajectId"`;

/** Every round of the traject, first to last (round 1 is made when missing: a write only then, not on every read). */
export async function roundStates(client: DbClient, trajectId: string): Promise<RoundState[]> {
  const read = () => client.$queryRawUnsafe<RoundState[]>(`${ROUND_STATE_SQL} WHERE sr."trajectId" = $1 ORDER BY sr."number"`, trajectId);
  const rounds = await read();
  if (rounds.length > 0) return rounds;
  await ensureFirstRound(client, trajectId);
  return read();
}

/** One round by id, or null. */
export async function roundState(client: DbClient, roundId: string): Promise<RoundState | null> {
  const [row] = await client.$queryRawUnsafe<RoundState[]>(`${ROUND_STATE_SQL} WHERE sr."id" = $1`, roundId);
  return row ?? null;
}

/** The traject's newest round: new invitations go there. */
export async function currentRound(client: DbClient, trajectId: string): Promise<RoundState> {
  const rounds = await roundStates(client, trajectId);
  return rounds[rounds.length - 1]!;
}

/** The ids of every round that takes answers now, across all trajects (the reminder job). */
export async function openRoundIds(client: DbClient): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ id: string }[]>(
    `SELECT sr."id" FROM "ScanRound" sr JOIN "Traject" t ON t."id" = sr."trajectId" WHERE ww_scan_round_open(sr."number", sr."closedAt", t."status")`,
  );
  return rows.map((r) => r.id);
}

export type RoundWithSnapshot = RoundState & { hasSnapshot: boolean };

/** Every round, each with whether an employer's view (a results snapshot) of it exists. */
export async function roundsWithSnapshots(client: DbClient, trajectId: string): Promise<RoundWithSnapshot[]> {
  const rounds = await roundStates(client, trajectId);
  const withSnapshot = await client.resultsSnapshot.findMany({ where: { trajectId }, distinct: ["roundId"], select: { roundId: true } });
  const ids = new Set(withSnapshot.map((s) => s.roundId));
  return rounds.map((r) => ({ ...r, hasSnapshot: ids.has(r.id) }));
}

/**
 * The round asked for (an unknown number is refused), else the newest the reader has results of: the
 * tandem the newest round (live), employers and the admin the newest with a snapshot (else round 1).
 */
export function chooseRound<R extends RoundWithSnapshot>(rounds: R[], number: number | undefined, newestOfAll: boolean): R {
  if (number !== undefined) {
    const asked = rounds.find((r) => r.number === number);
    if (!asked) throw notFound("Deze scanronde");
    return asked;
  }
  const visible = newestOfAll ? rounds : rounds.filter((r) => r.hasSnapshot);
  return visible[visible.length - 1] ?? rounds[0]!;
}

/** "Eerste scan" / "Vervolgscan" (with its number from the third round on). */
export function roundLabel(number: number): string {
  if (number === FIRST_ROUND) return "Eerste scan";
  return number === 2 ? "Vervolgscan" : `Vervolgscan ${number - 1}`;
}
