import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getLatestQuestionnaire } from "@/lib/questionnaires/queries";
import { LINK_TOKEN_PATTERN } from "@/lib/link-token-pattern";
import { hashLinkToken } from "@/lib/link-tokens";

// The invitation link is the respondent's only credential: resolve it on every request and action.
// Invalid, unknown, expired and revoked all give the same answer, so a link reveals nothing.
export const INVITE_INVALID_MESSAGE = "Deze link werkt niet (meer).";

export function inviteInvalid() {
  return new AppError("INVITE_INVALID", INVITE_INVALID_MESSAGE);
}

export async function resolveInvitation(token: string) {
  if (typeof token !== "string" || !LINK_TOKEN_PATTERN.test(token)) throw inviteInvalid();
  const invitation = await db().scanInvitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    include: {
      response: {
        select: {
          id: true,
          status: true,
          questionnaireId: true,
          lastThemeIndex: true,
          selfGrade: true,
          selfGradeRevision: true,
          submittedAt: true,
        },
      },
      traject: {
        select: {
          id: true,
          questionnaireId: true,
          scanDeadline: true,
          status: true,
          employer: { select: { name: true } },
          trainer: { select: { name: true } },
        },
      },
    },
  });
  if (!invitation || invitation.revokedAt || invitation.expiresAt <= new Date()) throw inviteInvalid();
  if (invitation.traject.status === "CANCELLED") throw inviteInvalid();
  return invitation;
}
export type ResolvedInvitation = Awaited<ReturnType<typeof resolveInvitation>>;

/**
 * Opening the link: records the first open and makes sure a draft response exists, tied to the
 * questionnaire version of the traject (or the newest version when the traject has none yet).
 */
export async function openScan(token: string) {
  const invitation = await resolveInvitation(token);
  if (invitation.response) {
    if (!invitation.openedAt) await db().scanInvitation.update({ where: { id: invitation.id }, data: { openedAt: new Date() } });
    return { invitation, response: invitation.response };
  }
  const questionnaireId = invitation.traject.questionnaireId ?? (await getLatestQuestionnaire())?.id;
  if (!questionnaireId) throw new AppError("NOT_FOUND", "Er is nog geen vragenlijst beschikbaar.");
  const response = await db().$transaction(async (tx) => {
    await tx.scanInvitation.update({ where: { id: invitation.id }, data: { openedAt: invitation.openedAt ?? new Date() } });
    // upsert: two tabs opening the link at once must not create two responses
    return tx.scanResponse.upsert({
      where: { invitationId: invitation.id },
      update: {},
      create: { invitationId: invitation.id, trajectId: invitation.trajectId, questionnaireId },
      select: {
        id: true,
        status: true,
        questionnaireId: true,
        lastThemeIndex: true,
        selfGrade: true,
        selfGradeRevision: true,
        submittedAt: true,
      },
    });
  });
  return { invitation, response };
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
