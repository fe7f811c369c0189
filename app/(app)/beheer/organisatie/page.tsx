import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { Field, inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { RowAction } from "@/components/ui/row-action";
import { requireActorPage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { readOrganisation, readOrganisationLogo } from "@/lib/organisation/settings";
import { initiativeSentence, mailFrom, ownerLabel } from "@/lib/organisation/texts";
import type { OrganisationTexts } from "@/lib/organisation/defaults";
import { removeLogoAction, saveOrganisationAction, setLogoAction } from "./actions";
import { LogoInput } from "./_components/logo-input";

export const metadata: Metadata = { title: "Organisatie · Beheer" };

const h2 = "mb-3 text-xl font-semibold text-brand-800";

type TextField = { name: keyof OrganisationTexts; label: string; hint?: string; type?: "email" | "url" | "tel" };

const NAMES: TextField[] = [
  { name: "programmeName", label: "Naam van het programma", hint: "In de titel van het rapport en in agenda's." },
  { name: "name", label: "Naam van de organisatie van de trainers", hint: "Onder e-mails die een trainer ondertekent en in het rapport." },
  { name: "shortName", label: "Korte naam", hint: "Voor plekken met weinig ruimte, zoals straks de certificaten." },
  { name: "ownerName", label: "Beheerder van het programma", hint: "Zo noemt de app de beheerder, bijvoorbeeld ‘de beheerder (…)’." },
  {
    name: "initiativeLine",
    label: "Wie staat erachter",
    hint: "Eén zin die begint met ‘Een’, bijvoorbeeld ‘Een initiatief van …’. Staat onderaan het voorblad van het rapport.",
  },
];

const CONTACT: TextField[] = [
  {
    name: "contactEmail",
    label: "Contactadres (e-mail)",
    type: "email",
    hint: "Leeg laten mag. Staat in het rapport bij de contactgegevens.",
  },
  { name: "contactPhone", label: "Telefoonnummer", type: "tel", hint: "Leeg laten mag." },
  { name: "website", label: "Website", type: "url", hint: "Begint met https://. Leeg laten mag." },
  { name: "mailFromName", label: "Naam van de afzender", hint: "Zo heet de afzender van elke e-mail. Leeg: de instelling van de server." },
  {
    name: "mailFromAddress",
    label: "Adres van de afzender",
    type: "email",
    hint: "Moet een adres zijn waarvandaan de mailserver mag versturen. Leeg: de instelling van de server.",
  },
  {
    name: "replyToAddress",
    label: "Antwoordadres",
    type: "email",
    hint: "Waar een antwoord op een e-mail heen gaat. E-mails die een trainer ondertekent, gaan altijd naar die trainer.",
  },
];

function TextInputs({ fields, values }: { fields: TextField[]; values: OrganisationTexts }) {
  return fields.map((f) => (
    <Field key={f.name} label={f.label} hint={f.hint}>
      {(p) => <input {...p} name={f.name} type={f.type ?? "text"} defaultValue={values[f.name] ?? ""} className={inputClass} />}
    </Field>
  ));
}

export default async function OrganisationPage() {
  await requireActorPage("organisation:manage");
  const [org, logo] = await Promise.all([readOrganisation(), readOrganisationLogo()]);
  const from = mailFrom(org, env().MAIL_FROM);
  return (
    <>
      <PageHeader
        title="Organisatie"
        intro="De namen en gegevens die de app gebruikt in e-mails, agenda's, het rapport en de privacyverklaring. Wat u hier bewaart, geldt meteen voor alles wat daarna wordt gemaakt of verstuurd."
      />
      {!org.saved ? (
        <p className="mb-6 max-w-prose rounded-md bg-sand-100 p-3 text-slate-800" data-testid="organisation-defaults">
          Er is nog niets bewaard: de app gebruikt nu de standaardteksten hieronder.
        </p>
      ) : null}
      <section aria-labelledby="namen" className="mb-10 rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="namen" className={h2}>
          Namen en gegevens
        </h2>
        <ActionForm action={saveOrganisationAction} submitLabel="Gegevens bewaren" className="max-w-2xl space-y-4">
          <input type="hidden" name="version" value={org.version} />
          <TextInputs fields={NAMES} values={org} />
          <h3 className="pt-2 font-semibold text-slate-900">Contact en e-mail</h3>
          <TextInputs fields={CONTACT} values={org} />
        </ActionForm>
        <h3 className="mt-6 font-semibold text-slate-900">Zo ziet het eruit</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800" data-testid="organisation-preview">
          <li>Onder het rapport: {initiativeSentence(org)}</li>
          <li>Onder e-mails van een trainer: “…, trainer bij {org.name}”</li>
          <li>De beheerder heet in de app: {ownerLabel(org)}</li>
          <li>Afzender van e-mails: {typeof from === "string" ? from : `${from.name} <${from.address}>`}</li>
        </ul>
      </section>
      <section aria-labelledby="logo" className="mb-10 rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="logo" className={h2}>
          Logo
        </h2>
        <p className="mb-3 max-w-prose text-slate-700">
          Het logo staat op het voorblad van het rapport. Een PNG of JPEG van hoogstens 512 kB.
        </p>
        {logo ? (
          <div className="mb-4 flex flex-wrap items-end gap-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- bytes from the database as a data: URL, no image route */}
            <img
              src={`data:${logo.type};base64,${Buffer.from(logo.bytes).toString("base64")}`}
              alt={`Logo van ${org.name}`}
              className="max-h-24 max-w-xs rounded border border-slate-200 bg-white p-2"
              data-testid="logo-preview"
            />
            <RowAction action={removeLogoAction} fields={{ version: String(org.version) }} label="Logo verwijderen" />
          </div>
        ) : (
          <p className="mb-4 text-sm text-slate-700">Er is nog geen logo.</p>
        )}
        <ActionForm action={setLogoAction} submitLabel={logo ? "Ander logo bewaren" : "Logo bewaren"} className="max-w-2xl space-y-3">
          <input type="hidden" name="version" value={org.version} />
          <Field label="Bestand met het logo (PNG of JPEG)">{(p) => <LogoInput {...p} />}</Field>
        </ActionForm>
      </section>
    </>
  );
}
