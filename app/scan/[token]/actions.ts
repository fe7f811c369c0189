"use server";

import { redirect } from "next/navigation";
import { HEALTH_CONFIRM_FIELD, HEALTH_CONFIRM_VALUE } from "@/lib/health-check/texts";
import { revalidatePath } from "next/cache";
import { formDataToObject } from "@/lib/actions/form-data";
import { isAppError } from "@/lib/errors";
import { isNoteField } from "@/lib/scan/respondent/field-names";
import { saveClosingForm, saveThemeForm, submitScan } from "@/lib/scan/respondent/forms";
import { saveShareChoice } from "@/lib/scan/respondent/share-choice";
import { pageHref } from "@/lib/scan/respondent/resume";
import { checkScanLoad, SCAN_BUSY_MESSAGE } from "@/lib/scan/respondent/load-limits";
import { requestClientAddress } from "@/lib/security/request-client";
import { refuseWhenBusy } from "./load";

// Respondent actions: the invitation link (re-resolved inside lib on every call) is the actor.
// They redirect with a short message code, so the same flow works with JavaScript switched off.

function messageCode(e: unknown): string {
  if (isAppError(e)) {
    if (e.code === "INVITE_INVALID") return "link";
    if (e.code === "LOCKED") return "verstuurd";
    if (e.code === "HEALTH_CHECK") return "gezondheid";
    // A refused note (invisible characters, too long) has its own message; anything else is about the answers.
    if (e.code === "VALIDATION") return Object.keys(e.fieldErrors ?? {}).some(isNoteField) ? "tekst" : "ongeldig";
  }
  console.error("[scan action] unexpected error", e);
  return "fout";
}

export async function saveThemeAction(token: string, themeIndex: number, formData: FormData) {
  await refuseWhenBusy(token);
  const form = formDataToObject(formData);
  let next: string;
  try {
    const { changed, destination } = await saveThemeForm(token, themeIndex, form);
    next =
      changed.length > 0
        ? `/scan/${token}/thema/${themeIndex + 1}?gewijzigd=${encodeURIComponent(changed.join(","))}`
        : pageHref(token, destination);
  } catch (e) {
    next = `/scan/${token}/thema/${themeIndex + 1}?melding=${messageCode(e)}`;
  }
  revalidatePath(`/scan/${token}`, "layout");
  redirect(next);
}

export async function saveClosingAction(token: string, formData: FormData) {
  await refuseWhenBusy(token);
  const form = formDataToObject(formData);
  let next: string;
  try {
    const { changed, destination } = await saveClosingForm(token, form);
    next = changed.length > 0 ? `/scan/${token}/afronden?gewijzigd=${encodeURIComponent(changed.join(","))}` : pageHref(token, destination);
  } catch (e) {
    next = `/scan/${token}/afronden?melding=${messageCode(e)}`;
  }
  revalidatePath(`/scan/${token}`, "layout");
  redirect(next);
}

export async function submitScanAction(token: string, formData?: FormData) {
  await refuseWhenBusy(token);
  let next: string;
  try {
    // "Toch versturen" after the health-data check's question: the only field this form can send
    await submitScan(token, { confirmed: formData?.get(HEALTH_CONFIRM_FIELD) === HEALTH_CONFIRM_VALUE });
    next = `/scan/${token}/bedankt`;
  } catch (e) {
    next = isAppError(e) && e.code === "LOCKED" ? `/scan/${token}/bedankt` : `/scan/${token}/controle?melding=${messageCode(e)}`;
  }
  revalidatePath(`/scan/${token}`, "layout");
  redirect(next);
}

/** The autosave enhancer's call when the share checkbox changes; the form post saves it too. */
export async function saveShareChoiceAction(token: string, shared: boolean): Promise<{ ok: boolean; message?: string }> {
  if (typeof token !== "string" || typeof shared !== "boolean") return { ok: false, message: "Ongeldige keuze." };
  if (!(await checkScanLoad("page", token, await requestClientAddress())).allowed) return { ok: false, message: SCAN_BUSY_MESSAGE };
  try {
    await saveShareChoice(token, shared);
    return { ok: true };
  } catch (e) {
    if (isAppError(e) && (e.code === "LOCKED" || e.code === "INVITE_INVALID")) return { ok: false, message: e.message };
    console.error("[scan action] share choice", e);
    return { ok: false, message: "Uw keuze is nog niet opgeslagen. Gebruik de knop onderaan om op te slaan." };
  }
}
