"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { noFieldsSchema, SECOND_FACTOR_PAGE, totpConfirmSchema, totpDisableSchema } from "@/lib/auth/second-factor-schema";
import { confirmTotpEnrolment, disableTotp, regenerateRecoveryCodes, startTotpEnrolment } from "@/lib/users/second-factor";
import type { CodesState } from "./codes-state";

// The only actions an admin or trainer without their required second factor can use: setting it up.

const start = createAction({ schema: noFieldsSchema, allowMissingSecondFactor: true }, (_i, actor) => startTotpEnrolment(actor));
export async function startTotpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await start(formData),
    "Koppel nu uw authenticator-app met de QR-code of de geheime sleutel hieronder.",
    SECOND_FACTOR_PAGE,
  );
}

// No revalidation after the codes: the page would re-render without them before they were written down.
const confirm = createAction({ schema: totpConfirmSchema, allowMissingSecondFactor: true }, (input, actor) =>
  confirmTotpEnrolment({ actor, input }),
);
export async function confirmTotpAction(_prev: CodesState, formData: FormData): Promise<CodesState> {
  const result = await confirm(formData);
  return result.ok ? { ok: true, message: "De tweede stap staat aan.", codes: result.data.recoveryCodes } : result;
}

const regenerate = createAction({ schema: noFieldsSchema }, (_i, actor) => regenerateRecoveryCodes(actor));
export async function regenerateRecoveryCodesAction(_prev: CodesState, formData: FormData): Promise<CodesState> {
  const result = await regenerate(formData);
  return result.ok ? { ok: true, message: "Er zijn tien nieuwe herstelcodes.", codes: result.data.recoveryCodes } : result;
}

const disable = createAction({ schema: totpDisableSchema }, (input, actor) => disableTotp({ actor, input }));
export async function disableTotpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await disable(formData), "De tweede stap staat uit.", SECOND_FACTOR_PAGE);
}
