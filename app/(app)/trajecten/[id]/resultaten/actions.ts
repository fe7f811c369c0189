"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { createAnnotation, deleteAnnotation, updateAnnotation } from "@/lib/annotations/mutations";
import { annotationDeleteSchema, annotationSchema, annotationUpdateSchema } from "@/lib/annotations/schema";

export type AnnotationFormState = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> } | null;

const create = createAction({ schema: annotationSchema, permission: "annotation:write" }, (input, actor) => createAnnotation({ actor, input }));
const update = createAction({ schema: annotationUpdateSchema, permission: "annotation:write" }, (input, actor) => updateAnnotation({ actor, input }));
const remove = createAction({ schema: annotationDeleteSchema, permission: "annotation:write" }, (input, actor) => deleteAnnotation({ actor, annotationId: input.annotationId }));

function done(result: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }, success: string): AnnotationFormState {
  if (!result.ok) return { ok: false, message: result.message ?? "", fieldErrors: result.fieldErrors };
  revalidatePath("/trajecten/[id]/resultaten", "page");
  return { ok: true, message: success };
}

export async function createAnnotationAction(_prev: AnnotationFormState, formData: FormData) {
  return done(await create(formData), "Uw reflectie is bewaard.");
}

export async function updateAnnotationAction(_prev: AnnotationFormState, formData: FormData) {
  return done(await update(formData), "De wijziging is bewaard.");
}

export async function deleteAnnotationAction(_prev: AnnotationFormState, formData: FormData) {
  return done(await remove(formData), "De notitie is verwijderd.");
}
