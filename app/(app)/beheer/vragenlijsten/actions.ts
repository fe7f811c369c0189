"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import type { ActionResult } from "@/lib/actions/result";
import { importQuestionnaireVersion, type ImportedQuestionnaire } from "@/lib/questionnaires/import";
import { questionnaireImportSchema } from "@/lib/questionnaires/import-schema";

export type ImportQuestionnaireState = ActionResult<ImportedQuestionnaire> | null;

const runImport = createAction({ schema: questionnaireImportSchema }, async ({ file }, actor) => {
  const imported = await importQuestionnaireVersion({ actor, fileName: file.name, text: await file.text() });
  revalidatePath("/beheer/vragenlijsten");
  return imported;
});

/** Shaped for useActionState. Only the file is passed on: turning the whole FormData into an object would replace the File by its name. */
export async function importQuestionnaireAction(_previous: ImportQuestionnaireState, form: FormData): Promise<ImportQuestionnaireState> {
  return runImport({ file: form.get("file") });
}
