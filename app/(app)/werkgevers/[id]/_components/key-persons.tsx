import { RowAction } from "@/components/ui/row-action";
import { ActionForm } from "@/components/ui/action-form";
import type { EmployerDetail } from "@/lib/employers/queries";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";
import {
  addKeyPersonAction,
  confirmFirstDirectieAction,
  giveKeyPersonAccountAction,
  removeKeyPersonAction,
  updateKeyPersonAction,
} from "../../actions";
import { KeyPersonFields } from "./key-person-fields";

const ACCOUNT_LABEL = { active: "heeft een account", invited: "account: uitnodiging verstuurd", off: "account staat uit" } as const;

/** The employer's key persons: the people invitations, attendees and signatories are picked from. */
export function KeyPersons({
  employer,
  canConfirmFirstDirectie,
  ownerName,
}: {
  employer: EmployerDetail;
  canConfirmFirstDirectie: boolean;
  /** the programme owner, as the organisation settings name them (ADR 025) */
  ownerName: string;
}) {
  // ECIO's admin confirms the first directie; after that the confirmed directie confirms the next (issue 20)
  const hasConfirmedDirectie = employer.keyPersons.some((k) => k.function === "DIRECTIE" && k.directieConfirmedAt);
  // the employer's confirmation is the employer's: only the admin (who may confirm a first directie) changes that person
  const lockedForTandem = (k: { function: string; directieConfirmedAt: Date | null }) =>
    !canConfirmFirstDirectie && k.function === "DIRECTIE" && k.directieConfirmedAt !== null;
  return (
    <section aria-labelledby="sleutelpersonen" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="sleutelpersonen" className="text-lg font-semibold text-brand-800">
        Sleutelpersonen ({employer.keyPersons.length})
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Directie, HR, leidinggevenden, de OR: wie bij deze werkgever meedoet. Eén keer invoeren; daarna kiest u ze als contactpersoon. Wie
        een account krijgt, kan de resultaten, de gedragscode en het rapport van de eigen trajecten zien.
      </p>
      {employer.keyPersons.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">Nog niemand toegevoegd.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100" data-testid="key-persons">
          {employer.keyPersons.map((k) => (
            <li key={k.id} className="py-3" data-testid={`key-person-${k.email}`}>
              <p className="font-semibold text-slate-900">
                {k.name} <span className="font-normal text-slate-700">· {EMPLOYER_FUNCTION_LABEL[k.function]}</span>
              </p>
              <p className="text-sm text-slate-700">
                {k.email}
                {k.account ? ` · ${ACCOUNT_LABEL[k.account]}` : ""}
                {k.function === "DIRECTIE"
                  ? k.directieConfirmedAt
                    ? " · bevestigd als directie"
                    : " · nog niet bevestigd als directie"
                  : ""}
              </p>
              <div className="mt-2 flex flex-col items-start gap-3 sm:flex-row sm:gap-4">
                {canConfirmFirstDirectie && !hasConfirmedDirectie && k.function === "DIRECTIE" ? (
                  <RowAction
                    action={confirmFirstDirectieAction}
                    fields={{ keyPersonId: k.id, version: String(k.version) }}
                    label="Bevestigen als directie"
                    confirm={`Heeft u bij ${employer.name} zelf nagegaan dat ${k.name} (${k.email}) de directie is? Na bevestiging tekent deze persoon namens de directie en bevestigt die zelf verdere directieleden.`}
                  />
                ) : null}
                {lockedForTandem(k) ? (
                  <p className="text-sm text-slate-700">
                    De werkgever heeft deze persoon bevestigd als directie. Naam, e-mailadres en functie wijzigt alleen de beheerder (
                    {ownerName}), op verzoek van de werkgever.
                  </p>
                ) : (
                  <details className="w-full min-w-0 sm:flex-1">
                    <summary className="cursor-pointer text-sm font-semibold text-brand-800 underline underline-offset-2">Wijzigen</summary>
                    <ActionForm action={updateKeyPersonAction} submitLabel="Bewaren" className="mt-3 space-y-3">
                      <input type="hidden" name="keyPersonId" value={k.id} />
                      <input type="hidden" name="version" value={k.version} />
                      <KeyPersonFields idPrefix={k.id} values={k} emailLocked={k.account !== null} />
                    </ActionForm>
                  </details>
                )}
                {k.account === null ? (
                  <>
                    <RowAction
                      action={giveKeyPersonAccountAction}
                      fields={{ keyPersonId: k.id }}
                      label="Account geven"
                      confirm={`${k.name} een account geven? Er gaat een e-mail met een link naar ${k.email}.`}
                    />
                    {lockedForTandem(k) ? null : (
                      <RowAction
                        action={removeKeyPersonAction}
                        fields={{ keyPersonId: k.id }}
                        label="Verwijderen"
                        labelFor={k.name}
                        confirm={`${k.name} verwijderen bij ${employer.name}?`}
                      />
                    )}
                  </>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-5 font-semibold text-slate-800">Sleutelpersoon toevoegen</h3>
      <ActionForm action={addKeyPersonAction} submitLabel="Toevoegen" className="mt-2 space-y-3">
        <input type="hidden" name="employerId" value={employer.id} />
        <KeyPersonFields idPrefix="nieuwe-persoon" values={{ name: "", email: "", function: "HR" }} />
      </ActionForm>
    </section>
  );
}
