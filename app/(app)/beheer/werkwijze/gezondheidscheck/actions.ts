"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { saveTermList } from "@/lib/health-check/term-list";
import { termListSchema } from "@/lib/health-check/schema";

const save = createAction({ schema: termListSchema }, (input, actor) => saveTermList({ actor, input }));
export async function saveTermListAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await save(formData),
    "De woordenlijst is bewaard. De gezondheidscheck gebruikt hem vanaf nu.",
    "/beheer/werkwijze/gezondheidscheck",
  );
}
