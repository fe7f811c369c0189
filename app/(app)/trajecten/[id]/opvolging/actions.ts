"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { followUpStepSchema, stepStatusSchema } from "@/lib/followup/schema";
import { addFollowUpStep, setStepStatus } from "@/lib/followup/steps";

const status = createAction({ schema: stepStatusSchema }, (input, actor) => setStepStatus({ actor, input }));
const add = createAction({ schema: followUpStepSchema }, (input, actor) => addFollowUpStep({ actor, input }));

const PAGE = "/trajecten/[id]/opvolging";

export async function setStepStatusAction(_prev: FormState, formData: FormData) {
  const result = await status(formData);
  // someone else updated it meanwhile: show the stand as it is now (their change), so the next try names its version
  if (!result.ok && result.code === "CONFLICT") revalidatePath(PAGE, "page");
  return toFormState(result, "De stand is bewaard.", PAGE);
}

export async function addFollowUpStepAction(_prev: FormState, formData: FormData) {
  return toFormState(await add(formData), "De stap is toegevoegd.", PAGE);
}
