import "server-only";
import { db, rawQuery } from "@/lib/db";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import type { AutosaveInput, AutosaveResult } from "./answer-schema";
import { hashLinkToken, isLinkToken } from "@/lib/link-tokens";
import { INVITE_INVALID_MESSAGE, linkState, lockedMessage } from "./link";
import { itemIndex } from "@/lib/questionnaires/item-index";
import { questionnaireForRound } from "@/lib/questionnaires/short";
import { parseNoteKey } from "./field-names";
import { busyResult, SCAN_LOAD_WINDOW_SECONDS, scanLoadWait, type ScanLoadLimits } from "./load-limits";
import { rateLimitWaitSql } from "@/lib/rate-limit";

// Autosave, one answer at a time. Each write is ONE SQL statement that re-checks the link (not
// revoked, not expired), that the response is still a draft (FOR KEY SHARE, so a concurrent submit
// waits for it), and the revision the browser based its change on. A stale revision with a
// different value is a conflict that is reported, never an overwrite; the same value is an
// idempotent retry and succeeds.

const CONFLICT_MESSAGE = "Dit antwoord is intussen ergens anders gewijzigd. We laten nu het bewaarde antwoord zien.";

// tokenHash → ids. Only immutable facts are cached; everything that can change is in the SQL.
const targets = new Map<string, { responseId: string; questionnaireId: string; short: boolean }>();
const MAX_CACHE = 20_000;

async function resolveTarget(token: string) {
  if (!isLinkToken(token)) return null;
  const tokenHash = hashLinkToken(token);
  const hit = targets.get(tokenHash);
  if (hit) return { tokenHash, ...hit };
  const row = await db().scanResponse.findFirst({
    where: { invitation: { tokenHash } },
    // a round's version and whether it is short never change after it started
    select: { id: true, questionnaireId: true, round: { select: { short: true, number: true } } },
  });
  if (!row) return null;
  if (targets.size >= MAX_CACHE) targets.delete(targets.keys().next().value!);
  const target = { responseId: row.id, questionnaireId: row.questionnaireId, short: row.round.short && row.round.number !== 1 };
  targets.set(tokenHash, target);
  return { tokenHash, ...target };
}

/**
 * `limits`: the load-limit counters of this request (./load-limits.ts), counted exactly once on every
 * path; for an answer inside the statement that saves it, so the hot path stays one round trip.
 */
export async function autosave(token: string, input: AutosaveInput, limits: ScanLoadLimits | null = null): Promise<AutosaveResult> {
  const target = await resolveTarget(token);
  const refusal = target
    ? refusalOf(questionnaireForRound(await getQuestionnaireContent(target.questionnaireId), target.short), input)
    : INVITE_INVALID;
  if (refusal || input.type !== "answer") {
    const wait = await scanLoadWait(limits);
    if (wait > 0) return busyResult(wait);
  }
  if (refusal) return refusal;
  const t = target!;
  if (input.type === "answer") return saveAnswer(t, input.itemKey, input.value, input.revision, limits);
  if (input.type === "note") return saveNote(t, input.key, input.text, input.revision);
  return saveSelfGrade(t, input.value, input.revision);
}

const INVITE_INVALID = { ok: false, code: "INVITE_INVALID", message: INVITE_INVALID_MESSAGE } as const;

/** Why this input does not belong to the questionnaire, or null when it does. */
function refusalOf(questionnaire: Awaited<ReturnType<typeof getQuestionnaireContent>>, input: AutosaveInput): AutosaveResult | null {
  if (input.type === "answer") {
    const item = itemIndex(questionnaire).get(input.itemKey);
    if (!item) return { ok: false, code: "VALIDATION", message: "Deze stelling hoort niet bij de vragenlijst." };
    const isScaleValue = input.value === "dontKnow" || questionnaire.scale.options.some((o) => o.value === input.value);
    if (!isScaleValue) return { ok: false, code: "VALIDATION", message: "Kies een van de antwoorden op de schaal, of 'Weet ik niet'." };
  }
  if (input.type === "note") {
    const note = parseNoteKey(input.key);
    const known =
      note?.kind === "theme"
        ? questionnaire.themes.some((t) => t.key === note.themeKey)
        : note?.kind === "open" && questionnaire.openQuestions.some((q) => q.key === note.questionKey);
    if (!known) return { ok: false, code: "VALIDATION", message: "Dit tekstveld hoort niet bij de vragenlijst." };
  }
  if (input.type === "selfGrade" && input.value !== null) {
    const { min, max } = questionnaire.selfGrade;
    if (input.value < min || input.value > max)
      return { ok: false, code: "VALIDATION", message: `Kies een rapportcijfer van ${min} tot en met ${max}.` };
  }
  return null;
}

type Target = { tokenHash: string; responseId: string };

// The link, the draft status, the scan being open and the revision are all checked inside the one
// statement; "takes answers" is the database's own rule (ww_scan_link_takes_answers).
const TAKES_ANSWERS = `r."id" = $1 AND i."tokenHash" = $2 AND ww_scan_link_takes_answers(i."revokedAt", i."expiresAt", r."status", t."status", sr."number", sr."closedAt")`;

// Answers are the hot path (every click): the statement lives in the database function
// ww_autosave_answer (migrations 20261122130000 and 20261201090000), whose plan PostgreSQL keeps per
// connection, and the load limits are counted first in the same statement (MATERIALIZED: once, and
// before the answer, which is only saved when the wait is 0). Notes and the self-grade are rarer and stay inline.
const UPSERT_ANSWER = `
  WITH load AS MATERIALIZED (SELECT ${rateLimitWaitSql(7, 8, 9)} AS "wait")
  SELECT load."wait", CASE WHEN load."wait" = 0 THEN ww_autosave_answer($1::text, $2::text, $3::text, $4::int, $5::boolean, $6::int) END AS "revision"
  FROM load`;

const UPSERT_NOTE = `
  INSERT INTO "ScanNote" ("responseId", "key", "text", "revision", "updatedAt")
  SELECT r."id", $3::text, $4::text, 1, now()
  FROM "ScanResponse" r JOIN "ScanInvitation" i ON i."id" = r."invitationId" JOIN "Traject" t ON t."id" = r."trajectId"
    JOIN "ScanRound" sr ON sr."id" = r."roundId"
  WHERE ${TAKES_ANSWERS}
  FOR KEY SHARE OF r
  ON CONFLICT ("responseId", "key") DO UPDATE SET
    "text" = EXCLUDED."text", "updatedAt" = now(),
    "revision" = CASE WHEN "ScanNote"."text" = EXCLUDED."text" THEN "ScanNote"."revision" ELSE "ScanNote"."revision" + 1 END
  WHERE "ScanNote"."revision" = $5::int OR "ScanNote"."text" = EXCLUDED."text"
  RETURNING "revision"`;

const UPDATE_SELF_GRADE = `
  UPDATE "ScanResponse" r SET "selfGrade" = $3::int, "updatedAt" = now(),
    "selfGradeRevision" = CASE WHEN r."selfGrade" IS NOT DISTINCT FROM $3::int THEN r."selfGradeRevision" ELSE r."selfGradeRevision" + 1 END
  FROM "ScanInvitation" i, "Traject" t, "ScanRound" sr
  WHERE i."id" = r."invitationId" AND t."id" = r."trajectId" AND sr."id" = r."roundId" AND ${TAKES_ANSWERS}
    AND (r."selfGradeRevision" = $4::int OR r."selfGrade" IS NOT DISTINCT FROM $3::int)
  RETURNING r."selfGradeRevision" AS "revision"`;

async function saveAnswer(
  t: Target,
  itemKey: string,
  value: number | "dontKnow",
  base: number,
  limits: ScanLoadLimits | null,
): Promise<AutosaveResult> {
  const dontKnow = value === "dontKnow";
  const numeric = dontKnow ? null : value;
  const rows = await rawQuery<{ wait: number; revision: number | null }>(UPSERT_ANSWER, [
    t.responseId,
    t.tokenHash,
    itemKey,
    numeric,
    dontKnow,
    base,
    [...(limits?.keys() ?? [])],
    [...(limits?.values() ?? [])],
    SCAN_LOAD_WINDOW_SECONDS,
  ]);
  if (Number(rows[0]?.wait) > 0) return busyResult(Number(rows[0]!.wait));
  if (rows[0]?.revision != null) return { ok: true, revision: Number(rows[0].revision) };
  return explainRejection(t, async () => {
    const current = await db().scanAnswer.findUnique({ where: { responseId_itemKey: { responseId: t.responseId, itemKey } } });
    return current ? { value: current.dontKnow ? "dontKnow" : current.value, revision: current.revision } : null;
  });
}

async function saveNote(t: Target, key: string, text: string, base: number): Promise<AutosaveResult> {
  const rows = await rawQuery<{ revision: number }>(UPSERT_NOTE, [t.responseId, t.tokenHash, key, text, base]);
  if (rows[0]) return { ok: true, revision: Number(rows[0].revision) };
  return explainRejection(t, async () => {
    const current = await db().scanNote.findUnique({ where: { responseId_key: { responseId: t.responseId, key } } });
    return current ? { value: current.text, revision: current.revision } : null;
  });
}

async function saveSelfGrade(t: Target, value: number | null, base: number): Promise<AutosaveResult> {
  const rows = await rawQuery<{ revision: number }>(UPDATE_SELF_GRADE, [t.responseId, t.tokenHash, value, base]);
  if (rows[0]) return { ok: true, revision: Number(rows[0].revision) };
  return explainRejection(t, async () => {
    const r = await db().scanResponse.findUnique({ where: { id: t.responseId }, select: { selfGrade: true, selfGradeRevision: true } });
    return r ? { value: r.selfGrade, revision: r.selfGradeRevision } : null;
  });
}

/** Slow path, only after a write was refused: say why, in the respondent's terms. */
async function explainRejection(
  t: Target,
  current: () => Promise<{ value: number | "dontKnow" | string | null; revision: number } | null>,
): Promise<AutosaveResult> {
  const state = await linkState(t.tokenHash);
  if (!state?.valid) return { ok: false, code: "INVITE_INVALID", message: INVITE_INVALID_MESSAGE };
  if (state.lockReason) return { ok: false, code: "LOCKED", message: lockedMessage(state.lockReason) };
  const cur = await current();
  return { ok: false, code: "CONFLICT", message: CONFLICT_MESSAGE, current: cur ?? { value: null, revision: 0 } };
}
