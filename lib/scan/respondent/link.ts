import "server-only";
import { db, rawQuery } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { getLatestQuestionnaire, getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { questionnaireForRound } from "@/lib/questionnaires/short";
import { resolveLinkToken } from "@/lib/link-tokens";
import { ROUND_SETTINGS_SQL } from "../rounds/rounds";

// The invitation link is the respondent's only credential: resolve it on every request and action.
// Invalid, unknown, expired, revoked and a cancelled traject all give the same answer, so a link
// reveals nothing. Whether a link is valid and whether it takes answers is decided in SQL, by the same
// two functions the autosave statements use (migration 20261201090000_scan_link_takes_answers).
export const INVITE_INVALID_MESSAGE = "Deze link werkt niet (meer).";
export const SUBMITTED_MESSAGE = "Uw antwoorden zijn al verstuurd en kunnen niet meer worden gewijzigd.";
export const SCAN_CLOSED_MESSAGE = "De scan is gesloten. Wat u al had ingevuld, blijft bewaard; nieuwe antwoorden slaan we niet meer op.";

/** Why a valid link takes no answers: the response was sent, or the scan was closed. */
export type LockReason = "submitted" | "closed";

export interface LinkState {
  invitationId: string;
  valid: boolean;
  takesAnswers: boolean;
  lockReason: LockReason | null;
  /** the settings of the invitation's scan round (ROUND_SETTINGS_SQL) */
  round: { questionnaireId: string | null; deadline: Date | null; short: boolean };
}

// One query shape for the link's state; the rule itself is the two SQL functions.
const LINK_STATE_SELECT = `
  SELECT i."id" AS "invitationId",
    ww_scan_link_valid(i."revokedAt", i."expiresAt", t."status") AS "valid",
    ww_scan_link_takes_answers(i."revokedAt", i."expiresAt", r."status", t."status", sr."number", sr."closedAt") AS "takesAnswers",
    coalesce(r."status" = 'SUBMITTED', false) AS "submitted", ${ROUND_SETTINGS_SQL}
  FROM "ScanInvitation" i
    JOIN "Traject" t ON t."id" = i."trajectId"
    JOIN "ScanRound" sr ON sr."id" = i."roundId"
    LEFT JOIN "ScanResponse" r ON r."invitationId" = i."id"`;

type LinkStateRow = {
  invitationId: string;
  valid: boolean;
  takesAnswers: boolean;
  submitted: boolean;
  questionnaireId: string | null;
  deadline: Date | null;
  short: boolean;
};

function toLinkState(row: LinkStateRow): LinkState {
  const lockReason = row.takesAnswers ? null : row.submitted ? "submitted" : "closed";
  const round = { questionnaireId: row.questionnaireId, deadline: row.deadline, short: row.short };
  return { invitationId: row.invitationId, valid: row.valid, takesAnswers: row.takesAnswers, lockReason, round };
}

/** The state of the link with this token hash, or null when no invitation has it. */
export async function linkState(tokenHash: string): Promise<LinkState | null> {
  const [row] = await rawQuery<LinkStateRow>(`${LINK_STATE_SELECT} WHERE i."tokenHash" = $1`, [tokenHash]);
  return row ? toLinkState(row) : null;
}

/**
 * The same state for a response, holding its row FOR UPDATE until the transaction ends: autosaves
 * hold FOR KEY SHARE on it, so none can slip in after a submit has checked it.
 */
export async function lockResponseLinkState(tx: Prisma.TransactionClient, responseId: string): Promise<LinkState | null> {
  // the round and the traject too (shared): a round closing, or the traject moving on, waits for this
  // submit, and a submit after it sees the round closed (never a response in a frozen round's gap)
  const [row] = await tx.$queryRawUnsafe<LinkStateRow[]>(
    `${LINK_STATE_SELECT} WHERE r."id" = $1 FOR UPDATE OF r FOR SHARE OF sr, t`,
    responseId,
  );
  return row ? toLinkState(row) : null;
}

export const lockedMessage = (reason: LockReason) => (reason === "submitted" ? SUBMITTED_MESSAGE : SCAN_CLOSED_MESSAGE);

/** What the respondent's pages need of a response. */
const RESPONSE_FIELDS = {
  id: true,
  status: true,
  questionnaireId: true,
  lastThemeIndex: true,
  selfGrade: true,
  selfGradeRevision: true,
  submittedAt: true,
  reopenedAt: true,
  shareTextWithEmployer: true,
} as const;

export function inviteInvalid() {
  return new AppError("INVITE_INVALID", INVITE_INVALID_MESSAGE);
}

export async function resolveInvitation(token: string) {
  const state = await resolveLinkToken(token, linkState);
  if (!state?.valid) throw inviteInvalid();
  const invitation = await db().scanInvitation.findUnique({
    where: { id: state.invitationId },
    include: {
      response: { select: RESPONSE_FIELDS },
      traject: {
        select: {
          id: true,
          status: true,
          employer: { select: { name: true } },
          trainer: { select: { name: true } },
        },
      },
    },
  });
  if (!invitation) throw inviteInvalid();
  return { ...invitation, takesAnswers: state.takesAnswers, lockReason: state.lockReason, round: state.round };
}
export type ResolvedInvitation = Awaited<ReturnType<typeof resolveInvitation>>;

/**
 * Opening the link: records the first open and makes sure a draft response exists, tied to the
 * questionnaire version of the traject (or the newest version when the traject has none yet).
 * With `toAnswer` (the no-JavaScript forms), a link that takes no answers is LOCKED first.
 */
export async function openScan(token: string, options: { toAnswer?: boolean } = {}) {
  const invitation = await resolveInvitation(token);
  // a write through a link that takes no answers is refused before anything is recorded
  if (options.toAnswer && invitation.lockReason) throw new AppError("LOCKED", lockedMessage(invitation.lockReason));
  if (invitation.response) {
    if (!invitation.openedAt) await db().scanInvitation.update({ where: { id: invitation.id }, data: { openedAt: new Date() } });
    return { invitation, response: invitation.response };
  }
  const questionnaireId = invitation.round.questionnaireId ?? (await getLatestQuestionnaire())?.id;
  if (!questionnaireId) throw new AppError("NOT_FOUND", "Er is nog geen vragenlijst beschikbaar.");
  const response = await db().$transaction(async (tx) => {
    await tx.scanInvitation.update({ where: { id: invitation.id }, data: { openedAt: invitation.openedAt ?? new Date() } });
    // upsert: two tabs opening the link at once must not create two responses
    return tx.scanResponse.upsert({
      where: { invitationId: invitation.id },
      update: {},
      create: { invitationId: invitation.id, trajectId: invitation.trajectId, roundId: invitation.roundId, questionnaireId },
      select: RESPONSE_FIELDS,
    });
  });
  return { invitation, response };
}

/** The questions the respondent answers: the response's version, only its core statements in a short round. */
export async function scanQuestionnaire(invitation: { round: { short: boolean } }, response: { questionnaireId: string }) {
  return questionnaireForRound(await getQuestionnaireContent(response.questionnaireId), invitation.round.short);
}

/** Everything the respondent has saved so far, keyed for the forms. */
export async function loadResponseState(responseId: string) {
  const [answers, notes] = await Promise.all([
    db().scanAnswer.findMany({ where: { responseId }, select: { itemKey: true, value: true, dontKnow: true, revision: true } }),
    db().scanNote.findMany({ where: { responseId }, select: { key: true, text: true, revision: true } }),
  ]);
  return {
    answers: Object.fromEntries(
      answers.map((a) => [a.itemKey, { value: a.dontKnow ? ("dontKnow" as const) : a.value!, revision: a.revision }]),
    ),
    notes: Object.fromEntries(notes.map((n) => [n.key, { text: n.text, revision: n.revision }])),
  };
}
export type ResponseState = Awaited<ReturnType<typeof loadResponseState>>;
