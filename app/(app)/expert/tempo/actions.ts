"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { endOwnPause, setOwnLimit, setOwnPause } from "@/lib/experts/pacing";
import { endOwnPauseSchema, ownLimitSchema, ownPauseSchema } from "@/lib/experts/pacing-schema";

const PAGE = "/expert/tempo";

const pause = createAction({ schema: ownPauseSchema }, (input, actor) => setOwnPause({ actor, input }));
export async function setOwnPauseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await pause(formData), "Uw pauze staat erin.", PAGE);
}

const end = createAction({ schema: endOwnPauseSchema }, (input, actor) => endOwnPause({ actor, input }));
export async function endOwnPauseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await end(formData), "Uw pauze is beëindigd.", PAGE);
}

const limit = createAction({ schema: ownLimitSchema }, (input, actor) => setOwnLimit({ actor, input }));
export async function setOwnLimitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await limit(formData), "Opgeslagen.", PAGE);
}
