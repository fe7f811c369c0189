"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { createUser, sendAccountLink, setUserActive } from "@/lib/users/accounts";
import { emailChangeRequestSchema, userActiveSchema, userCreateSchema, userIdSchema } from "@/lib/users/schema";
import { EMAIL_CHANGE_HOURS, requestEmailChange } from "@/lib/users/email-change";
import { setExpertStatus } from "@/lib/experts/profile";
import { resetSecondFactor } from "@/lib/users/second-factor";
import { expertStatusSchema } from "@/lib/experts/schema";
import { certificateIdSchema } from "@/lib/certificates/schema";
import { revokeCertificate } from "@/lib/certificates/revoke";

const USERS_PAGE = "/beheer/gebruikers";

const create = createAction({ schema: userCreateSchema }, (input, actor) => createUser({ actor, input }));
export async function createUserAction(raw: unknown) {
  const result = await create(raw);
  if (result.ok) revalidatePath(USERS_PAGE);
  return result;
}

const sendLink = createAction({ schema: userIdSchema }, (i, actor) => sendAccountLink({ actor, userId: i.userId }));
export async function sendAccountLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await sendLink(formData), "Er is een nieuwe link verstuurd (zie Uitgaande e-mail).", USERS_PAGE);
}

const setActive = createAction({ schema: userActiveSchema }, (i, actor) => setUserActive({ actor, userId: i.userId, active: i.active }));
export async function setUserActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await setActive(formData);
  return toFormState(
    result,
    formData.get("active") === "true" ? "Het account staat weer aan." : "Het account staat uit; inloggen kan niet meer.",
    USERS_PAGE,
  );
}

const resetFactor = createAction({ schema: userIdSchema }, (i, actor) => resetSecondFactor({ actor, userId: i.userId }));
export async function resetSecondFactorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await resetFactor(formData),
    "De tweede stap is gewist; de gebruiker stelt hem bij de volgende keer inloggen opnieuw in en krijgt hierover een e-mail.",
    USERS_PAGE,
  );
}

const expertStatus = createAction({ schema: expertStatusSchema }, (input, actor) => setExpertStatus({ actor, input }));
export async function setExpertStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const message = formData.get("value") === "true" ? "Staat op pauze: wordt niet meer voorgesteld." : "Wordt weer voorgesteld.";
  return toFormState(await expertStatus(formData), message, USERS_PAGE);
}

const emailChange = createAction({ schema: emailChangeRequestSchema }, (input, actor) => requestEmailChange({ actor, input }));
export async function requestEmailChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await emailChange(formData),
    (r) =>
      `Er is een link gestuurd naar ${r.newEmail} (zie Uitgaande e-mail; ${EMAIL_CHANGE_HOURS} uur geldig). Het adres verandert pas als ${r.name} die link gebruikt.`,
    "/beheer/gebruikers/[id]/e-mailadres",
  );
}

const revoke = createAction({ schema: certificateIdSchema }, (input, actor) => revokeCertificate({ actor, input }));
export async function revokeCertificateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await revoke(formData),
    (r) => `Het certificaat van ${r.name} is ingetrokken. De controlepagina bevestigt het niet meer.`,
    "/beheer/gebruikers/[id]/certificaten",
  );
}
