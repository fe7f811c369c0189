"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { removeDemoData } from "@/lib/demo/remove";
import { removeDemoSchema } from "@/lib/demo/schema";

const remove = createAction({ schema: removeDemoSchema }, (_input, actor) => removeDemoData({ actor }));
export async function removeDemoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await remove(formData),
    (c) => `De demo is verwijderd: ${c.users} accounts, ${c.employers} werkgevers, ${c.trajecten} trajecten en ${c.mails} e-mails.`,
    "/beheer",
  );
}
