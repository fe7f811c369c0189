"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { createAnnotation, deleteAnnotation, updateAnnotation } from "@/lib/annotations/mutations";
import { annotationDeleteSchema, annotationSchema, annotationUpdateSchema } from "@/lib/annotations/schema";
import { formatDateTime } from "@/lib/dates";
import { takeResultsSnapshot } from "@/lib/scan/results/snapshot";
import { resultsSnapshotSchema } from "@/lib/scan/results/snapshot-schema";

export type AnnotationFormState = FormState;
const PAGE = "/trajecten/[id]/resultaten";

const create = createAction({ schema: annotationSchema }, (input, actor) => createAnnotation({ actor, input }));
const update = createAction({ schema: annotationUpdateSchema }, (input, actor) => updateAnnotation({ actor, input }));
const snapshot = createAction({ schema: resultsSnapshotSchema }, (input, actor) =>
  takeResultsSnapshot({ actor, trajectId: input.trajectId, round: input.round }),
);
const remove = createAction({ schema: annotationDeleteSchema }, (input, actor) =>
  deleteAnnotation({ actor, annotationId: input.annotationId }),
);

export async function createAnnotationAction(_prev: AnnotationFormState, formData: FormData) {
  return toFormState(await create(formData), "Uw reflectie is bewaard.", PAGE);
}

export async function updateAnnotationAction(_prev: AnnotationFormState, formData: FormData) {
  return toFormState(await update(formData), "De wijziging is bewaard.", PAGE);
}

export async function deleteAnnotationAction(_prev: AnnotationFormState, formData: FormData) {
  return toFormState(await remove(formData), "De notitie is verwijderd.", PAGE);
}

export async function takeResultsSnapshotAction(_prev: AnnotationFormState, formData: FormData) {
  return toFormState(
    await snapshot(formData),
    (d) =>
      d.published ? `De nieuwe stand is vastgelegd (${formatDateTime(d.takenAt)}). De werkgever ziet nu deze uitkomsten.` : d.message,
    PAGE,
  );
}
