"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { approveClaim, markClaimPaid } from "@/lib/compensation/claims";
import { setCompensationCap, setCompensationRates } from "@/lib/compensation/settings";
import { capSchema, claimActionSchema, ratesSchema } from "@/lib/compensation/schema";

const PAGE = "/beheer/vergoedingen";

const rates = createAction({ schema: ratesSchema }, (input, actor) => setCompensationRates({ actor, input }));
export async function setRatesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await rates(formData),
    "De tarieven zijn bewaard. Ingediende declaraties rekenen ermee tot ze zijn goedgekeurd.",
    PAGE,
  );
}

const cap = createAction({ schema: capSchema }, (input, actor) => setCompensationCap({ actor, input }));
export async function setCapAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await cap(formData), "Het jaarmaximum is bewaard.", PAGE);
}

const approve = createAction({ schema: claimActionSchema }, (input, actor) => approveClaim({ actor, input }));
export async function approveClaimAdminAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await approve(formData), "Goedgekeurd.", PAGE);
}

const paid = createAction({ schema: claimActionSchema }, (input, actor) => markClaimPaid({ actor, input }));
export async function markClaimPaidAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await paid(formData), "Als betaald gemarkeerd.", PAGE);
}
