"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { createGuideline, updateGuideline } from "@/lib/guidance/guidelines";
import { guidelineCreateSchema, guidelineUpdateSchema } from "@/lib/guidance/schema";

const PAGE = "/beheer/werkwijze";

const create = createAction({ schema: guidelineCreateSchema }, (input, actor) => createGuideline({ actor, input }));
export async function createGuidelineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await create(formData), "De afspraak is toegevoegd en staat op elke nieuwe voorbereidingskaart.", PAGE);
}

const update = createAction({ schema: guidelineUpdateSchema }, (input, actor) => updateGuideline({ actor, input }));
export async function updateGuidelineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await update(formData), "Bewaard.", PAGE);
}
