import "server-only";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { isAppError } from "@/lib/errors";
import { loadResponseState, openScan } from "./link";
import { countItems } from "@/lib/questionnaires/item-index";

/** What every respondent page needs; null when the link is not (or no longer) valid. */
export async function loadScanView(token: string) {
  try {
    const { invitation, response } = await openScan(token);
    const [questionnaire, state] = await Promise.all([getQuestionnaireContent(response.questionnaireId), loadResponseState(response.id)]);
    const answeredCount = Object.keys(state.answers).length;
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
      answeredCount,
      totalCount: countItems(questionnaire),
    };
  } catch (e) {
    if (isAppError(e) && (e.code === "INVITE_INVALID" || e.code === "NOT_FOUND")) return null;
    throw e;
  }
}
export type ScanView = NonNullable<Awaited<ReturnType<typeof loadScanView>>>;
