import "server-only";
import { formatDate } from "@/lib/dates";
import { SCAN_CLOSED_MESSAGE } from "./link";
import type { ScanView } from "./view";

/**
 * What the respondent must know first about their link, shown right after each page's h1: sent,
 * closed, or reopened by the trainer (`reopened: false` leaves the last one out, for the theme pages).
 * Null when the link has no such state.
 */
export function scanStatusText(view: ScanView, { reopened = true } = {}): string | null {
  if (view.lockReason === "closed") return SCAN_CLOSED_MESSAGE;
  if (view.lockReason === "submitted") {
    const on = view.response.submittedAt ? ` op ${formatDate(view.response.submittedAt)}` : "";
    return `U heeft de scan${on} verstuurd. U kunt uw antwoorden nog bekijken, maar niet meer wijzigen. Wilt u toch iets aanpassen? Vraag ${view.trainerName} dan om uw scan te heropenen.`;
  }
  if (reopened && view.reopened) {
    const on = view.response.reopenedAt ? ` op ${formatDate(view.response.reopenedAt)}` : "";
    return `${view.trainerName} heeft uw scan${on} heropend. U kunt uw antwoorden weer wijzigen. Verstuur de scan daarna opnieuw, ook als u niets wijzigt.`;
  }
  return null;
}
