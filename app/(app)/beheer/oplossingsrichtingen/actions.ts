"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { solutionActiveSchema, solutionCreateSchema, solutionUpdateSchema } from "@/lib/library/schema";
import { createSolution, setSolutionActive, updateSolution } from "@/lib/library/solutions";

const LIBRARY_PAGE = "/beheer/oplossingsrichtingen";

const create = createAction({ schema: solutionCreateSchema }, (input, actor) => createSolution({ actor, input }));
export async function createSolutionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await create(formData), (r) => `Toegevoegd als ${r.key}.`, LIBRARY_PAGE);
}

const update = createAction({ schema: solutionUpdateSchema }, (input, actor) => updateSolution({ actor, input }));
export async function updateSolutionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await update(formData), "Opgeslagen.", LIBRARY_PAGE);
}

const setActive = createAction({ schema: solutionActiveSchema }, (i, actor) => setSolutionActive({ actor, ...i }));
export async function setSolutionActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await setActive(formData),
    formData.get("active") === "true" ? "Staat weer aan: wordt weer aangeboden." : "Staat uit: wordt niet meer aangeboden.",
    LIBRARY_PAGE,
  );
}
