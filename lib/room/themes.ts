import "server-only";
import { db, type Tx } from "@/lib/db";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { readLatestSnapshot } from "@/lib/scan/results/snapshot-store";
import { ensureFirstRound } from "@/lib/scan/rounds/rounds";

// The aandachtspunten the room works on: those of the first scan as the employer sees them (the closed
// scan's snapshot, never a live per-respondent view: phones and the projector show them to the room),
// titles only. Cards go under one of these, or under "Overig".

export interface RoomTheme {
  key: string;
  title: string;
}

export async function roomThemes(trajectId: string, tx: Tx = db()): Promise<RoomTheme[]> {
  const round = await ensureFirstRound(tx, trajectId);
  const snapshot = await readLatestSnapshot(tx, round.id);
  if (!snapshot) return [];
  const themes = (await getQuestionnaireContent(snapshot.view.questionnaireId)).themes;
  return snapshot.view.result.aandachtspunten.map((a) => ({
    key: a.theme,
    title: themes.find((t) => t.key === a.theme)?.title ?? a.theme,
  }));
}

export const OVERIG_TITLE = "Overig";
