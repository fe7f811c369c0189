"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import {
  addWerkvloer,
  createEmployer,
  reassignEmployer,
  renameWerkvloer,
  setWerkvloerArchived,
  updateEmployer,
} from "@/lib/employers/employers";
import { addKeyPerson, removeKeyPerson, updateKeyPerson } from "@/lib/employers/key-persons";
import { giveKeyPersonAccount } from "@/lib/users/employer-accounts";
import { confirmFirstDirectie } from "@/lib/employers/directie";
import {
  employerCreateSchema,
  employerReassignSchema,
  directieFirstSchema,
  employerUpdateSchema,
  keyPersonCreateSchema,
  keyPersonIdSchema,
  keyPersonUpdateSchema,
  werkvloerArchiveSchema,
  werkvloerCreateSchema,
  werkvloerRenameSchema,
} from "@/lib/employers/schema";

const PAGE = "/werkgevers/[id]";

const create = createAction({ schema: employerCreateSchema }, (input, actor) => createEmployer({ actor, input }));
/** Success goes to the new employer's page, where the key persons are added. */
export async function createEmployerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await create(formData);
  if (!result.ok) return result;
  redirect(`/werkgevers/${result.data.id}`);
}

const update = createAction({ schema: employerUpdateSchema }, (input, actor) => updateEmployer({ actor, input }));
export async function updateEmployerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await update(formData), "De gegevens zijn bewaard.", PAGE);
}

const reassign = createAction({ schema: employerReassignSchema }, (input, actor) => reassignEmployer({ actor, input }));
export async function reassignEmployerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await reassign(formData), "De werkgever is overgedragen.", PAGE);
}

const werkvloerAdd = createAction({ schema: werkvloerCreateSchema }, (input, actor) => addWerkvloer({ actor, input }));
export async function addWerkvloerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await werkvloerAdd(formData), "De werkvloer is toegevoegd.", PAGE);
}

const werkvloerRename = createAction({ schema: werkvloerRenameSchema }, (input, actor) => renameWerkvloer({ actor, input }));
export async function renameWerkvloerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await werkvloerRename(formData), "De naam is bewaard.", PAGE);
}

const werkvloerArchive = createAction({ schema: werkvloerArchiveSchema }, (input, actor) => setWerkvloerArchived({ actor, input }));
export async function setWerkvloerArchivedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await werkvloerArchive(formData),
    formData.get("archived") === "true" ? "Gearchiveerd: niet meer te kiezen voor nieuwe trajecten." : "Weer in gebruik.",
    PAGE,
  );
}

const personAdd = createAction({ schema: keyPersonCreateSchema }, (input, actor) => addKeyPerson({ actor, input }));
export async function addKeyPersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await personAdd(formData), (p) => `${p.name} is toegevoegd.`, PAGE);
}

const personUpdate = createAction({ schema: keyPersonUpdateSchema }, (input, actor) => updateKeyPerson({ actor, input }));
export async function updateKeyPersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await personUpdate(formData), "Bewaard.", PAGE);
}

const personRemove = createAction({ schema: keyPersonIdSchema }, (input, actor) => removeKeyPerson({ actor, ...input }));
export async function removeKeyPersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await personRemove(formData), "Verwijderd.", PAGE);
}

const directieFirst = createAction({ schema: directieFirstSchema }, (input, actor) => confirmFirstDirectie({ actor, ...input }));
export async function confirmFirstDirectieAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await directieFirst(formData),
    "Bevestigd als directie. Nieuwe directieleden bevestigt deze directie voortaan zelf.",
    PAGE,
  );
}

const personAccount = createAction({ schema: keyPersonIdSchema }, (input, actor) => giveKeyPersonAccount({ actor, ...input }));
export async function giveKeyPersonAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await personAccount(formData),
    (u) =>
      u.linkVia === "mail"
        ? `${u.name} krijgt een e-mail met een link om een wachtwoord te kiezen (7 dagen geldig).`
        : u.linkVia === "outbox"
          ? `Het account is aangemaakt. De link om een wachtwoord te kiezen staat voor u bij Uitgaande e-mail (7 dagen geldig).`
          : `Het account is aangemaakt. Er is geen mailserver, dus de beheerder geeft de activeringslink door aan ${u.name}.`,
    PAGE,
  );
}
