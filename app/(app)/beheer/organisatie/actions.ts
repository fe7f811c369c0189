"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { logoRemoveSchema, logoSchema, organisationSchema } from "@/lib/organisation/schema";
import { removeOrganisationLogo, saveOrganisation, setOrganisationLogo } from "@/lib/organisation/settings";

const PAGE = "/beheer/organisatie";

const save = createAction({ schema: organisationSchema }, (input, actor) => saveOrganisation({ actor, input }));
export async function saveOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await save(formData),
    "De gegevens van de organisatie zijn bewaard. Nieuwe e-mails, agenda's en rapporten gebruiken ze.",
    PAGE,
  );
}

const logo = createAction({ schema: logoSchema }, (input, actor) => setOrganisationLogo({ actor, input }));
/** Only the version and the file are passed on: turning the whole FormData into an object would replace the File by its name. */
export async function setLogoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await logo({ version: formData.get("version"), file: formData.get("logo") }), "Het logo is bewaard.", PAGE);
}

const removeLogo = createAction({ schema: logoRemoveSchema }, (input, actor) => removeOrganisationLogo({ actor, input }));
export async function removeLogoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await removeLogo(formData), "Het logo is verwijderd.", PAGE);
}
