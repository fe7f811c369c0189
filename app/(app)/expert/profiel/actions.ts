"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { updateOwnProfile } from "@/lib/experts/profile";
import { ownProfileSchema } from "@/lib/experts/schema";

const save = createAction({ schema: ownProfileSchema }, (input, actor) => updateOwnProfile({ actor, input }));
export async function saveOwnProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await save(formData), "Uw profiel is opgeslagen.", "/expert/profiel");
}
