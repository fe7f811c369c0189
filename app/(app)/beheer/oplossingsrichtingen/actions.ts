"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import type { FormState } from "@/lib/actions/result";
import { solutionActiveSchema, solutionCreateSchema, solutionUpdateSchema } from "@/lib/library/schema";
import { createSolution, setSolutionActive, updateSolution } from "@/lib/library/solutions";
import { listPath, type ListNotice } from "./notice";

// Each entry is edited on its own page; a success returns to the list, which says what happened beside
// the entry (./notice.ts). A refusal stays on the form, with what was typed and the Dutch reason.

function backToList(notice: ListNotice, key: string): never {
  revalidatePath("/beheer/oplossingsrichtingen", "layout");
  redirect(listPath(notice, key));
}

const create = createAction({ schema: solutionCreateSchema }, (input, actor) => createSolution({ actor, input }));
export async function createSolutionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await create(formData);
  if (!result.ok) return result;
  backToList("toegevoegd", result.data.key);
}

const update = createAction({ schema: solutionUpdateSchema }, (input, actor) => updateSolution({ actor, input }));
export async function updateSolutionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await update(formData);
  if (!result.ok) return result;
  backToList("opgeslagen", result.data.key);
}

const setActive = createAction({ schema: solutionActiveSchema }, (i, actor) => setSolutionActive({ actor, ...i }));
export async function setSolutionActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await setActive(formData);
  if (!result.ok) return result;
  backToList(formData.get("active") === "true" ? "aangezet" : "uitgezet", result.data.key);
}
