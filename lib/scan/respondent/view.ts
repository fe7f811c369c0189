import "server-only";
import { isAppError } from "@/lib/errors";
import { loadResponseState, openScan, scanQuestionnaire } from "./link";
import { countItems } from "@/lib/questionnaires/item-index";
import { resumePlace } from "./resume";

/** What every respondent page needs; null when the link is not (or no longer) valid. */
export async function loadScanView(token: string) {
  try {
    const { invitation, response } = await openScan(token);
    const [questionnaire, state] = await Promise.all([scanQuestionnaire(invitation, response), loadResponseState(response.id)]);
    const answered = new Set(Object.keys(state.answers));
    return {
      token,
      name: invitation.name,
      employerName: invitation.traject.employer.name,
      trainerName: invitation.traject.trainer.name,
      deadline: invitation.round.deadline,
      response,
      /** The link takes no answers (sent, or the scan closed): the pages show the answers read-only. */
      isLocked: !invitation.takesAnswers,
      lockReason: invitation.lockReason,
      questionnaire,
      state,
      answeredCount: answered.size,
      totalCount: countItems(questionnaire),
      /** The respondent has been here before: answered something, or moved on from the first theme. */
      started: answered.size > 0 || response.lastThemeIndex > 0,
      /** "Verder waar u was" (./resume.ts) */
      resume: resumePlace(questionnaire.themes, answered, response.lastThemeIndex),
      /** The trainer reopened the sent response and the link takes answers again. */
      reopened: invitation.takesAnswers && response.status === "DRAFT" && response.reopenedAt !== null,
    };
  } catch (e) {
    if (isAppError(e) && (e.code === "INVITE_INVALID" || e.code === "NOT_FOUND")) return null;
    throw e;
  }
}
export type ScanView = NonNullable<Awaited<ReturnType<typeof loadScanView>>>;
