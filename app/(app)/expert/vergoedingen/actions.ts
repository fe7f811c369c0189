"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { submitClaim } from "@/lib/compensation/claims";
import { claimSchema, trainingClaimSchema } from "@/lib/compensation/schema";
import { submitTrainingClaim } from "@/lib/compensation/training-claims";

const submit = createAction({ schema: claimSchema }, (input, actor) => submitClaim({ actor, input }));

export async function submitClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await submit(formData),
    ({ warning }) => `Uw declaratie is ingediend. De trainer keurt haar goed.${warning ? ` Let op: ${warning}` : ""}`,
    "/expert/vergoedingen",
  );
}

const submitTraining = createAction({ schema: trainingClaimSchema }, (input, actor) => submitTrainingClaim({ actor, input }));

export async function submitTrainingClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await submitTraining(formData),
    ({ warning }) => `Uw declaratie is ingediend. De beheerder keurt haar goed.${warning ? ` Let op: ${warning}` : ""}`,
    "/expert/vergoedingen",
  );
}
