import { gedragscodeAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { HealthReminder } from "@/components/ui/health-reminder";
import { formatDate, formatDateTime } from "@/lib/dates";
import { PREAMBLE_SECTION } from "@/lib/gedragscode/sections";
import { EMPLOYER_FUNCTION_LABEL, keyPersonWithFunction } from "@/lib/employers/labels";
import type { signOffState } from "@/lib/gedragscode/signoff";
import { SignerListStatus } from "./signer-list-status";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
type SignOff = Awaited<ReturnType<typeof signOffState>>;

/** Concept or vastgesteld, the preamble, and the preamble form. */
export function GedragscodeStatusPanel({
  trajectId,
  code,
  editable,
}: {
  trajectId: string;
  editable: boolean;
  code: {
    status: string;
    version: number;
    preamble: string | null;
    preambleVersion: number;
    adoptedAt: Date | null;
    adoptedByName: string | null;
  } | null;
}) {
  const adopted = code?.status === "VASTGESTELD";
  return (
    <section aria-labelledby="code-status" className="rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="code-status" className="text-lg font-semibold text-brand-800">
        {adopted ? `Vastgesteld op ${formatDate(code?.adoptedAt)}` : `Concept${code ? `, versie ${code.version}` : ""}`}
      </h2>
      {adopted ? <p className="mt-1 text-sm text-slate-700">Getekend door {code?.adoptedByName}.</p> : null}
      {adopted || !editable ? (
        <>
          <p className="mt-2 text-sm text-slate-600">{PREAMBLE_SECTION.title}</p>
          <p className="mt-1 whitespace-pre-line text-slate-800">{code?.preamble || "Nog geen preambule."}</p>
        </>
      ) : (
        <ActionForm action={gedragscodeAction} submitLabel="Preambule bewaren" className="mt-3 space-y-3">
          <input type="hidden" name="op" value="preamble" />
          <input type="hidden" name="trajectId" value={trajectId} />
          <input type="hidden" name="version" value={code?.preambleVersion ?? 1} />
          <label className="block text-sm font-semibold text-slate-800">
            {PREAMBLE_SECTION.title}: {PREAMBLE_SECTION.description}
            <textarea
              name="preamble"
              rows={3}
              maxLength={4000}
              defaultValue={code?.preamble ?? ""}
              aria-describedby="preambule-herinnering"
              className={input}
            />
          </label>
          <HealthReminder id="preambule-herinnering" />
        </ActionForm>
      )}
    </section>
  );
}

/** Who signs for the employer, where each signature stands, and signing, links and reopening for those who may. */
export function SignOffPanel({
  trajectId,
  state,
  hasClauses,
  ownerName,
}: {
  trajectId: string;
  state: SignOff;
  hasClauses: boolean;
  /** the programme owner, as the organisation settings name them (ADR 025) */
  ownerName: string;
}) {
  const adopted = state.status === "VASTGESTELD";
  const me = state.signers.find((s) => s.isActor);
  const chosen = new Set(state.signers.map((s) => s.keyPerson.id));
  return (
    <section aria-labelledby="ondertekening" className="rounded-xl border border-brand-100 bg-white p-5" data-testid="signoff">
      <h2 id="ondertekening" className="text-lg font-semibold text-brand-800">
        Ondertekening door de werkgever
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        De code is van de werkgever. De begeleiders stellen voor wie er tekent; de directie bevestigt die lijst. De code is vastgesteld
        zodra iedereen op de bevestigde lijst dezelfde tekst heeft ondertekend, met ten minste de directie en, als de organisatie een
        ondernemingsraad heeft, de OR. Verandert de tekst na een handtekening, dan vervalt die handtekening en tekent men opnieuw.
      </p>
      {state.signers.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">Er is nog niemand gekozen die namens de werkgever tekent.</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {state.signers.map((s) => (
            <li key={s.keyPerson.id} className="rounded-lg bg-sand-100 p-3">
              <p className="font-semibold">
                {s.keyPerson.name} <span className="font-normal text-slate-700">· namens {EMPLOYER_FUNCTION_LABEL[s.signsAs]}</span>
              </p>
              <p className="text-sm text-slate-600">
                {s.keyPerson.email}
                {s.keyPerson.function === "DIRECTIE" && !s.keyPerson.directieConfirmedAt ? " · nog niet bevestigd als directie" : ""}
              </p>
              <p className="text-sm" data-testid="signature-state">
                {s.valid
                  ? `Getekend op ${formatDateTime(s.valid.signedAt)} als ${s.valid.function}${s.valid.sentTo ? `, via de link aan ${s.valid.sentTo}` : ""}.`
                  : s.lastVoided
                    ? `Handtekening vervallen: ${s.lastVoided.voidReason} Nog opnieuw te tekenen.`
                    : "Nog niet getekend."}
                {!s.valid && s.requestedAt
                  ? ` Gevraagd op ${formatDate(s.requestedAt)}${s.remindedAt ? `, herinnerd op ${formatDate(s.remindedAt)}` : ""}.`
                  : ""}
              </p>
              {!adopted &&
              !s.valid &&
              !s.keyPerson.userId &&
              state.signingLinks &&
              state.capabilities.manageSigners &&
              hasClauses &&
              (state.list.inEffect || (s.keyPerson.function === "DIRECTIE" && s.keyPerson.directieConfirmedAt)) ? (
                <ActionForm
                  action={gedragscodeAction}
                  submitLabel={s.link ? "Nieuwe ondertekenlink sturen" : "Ondertekenlink sturen"}
                  className="mt-2"
                >
                  <input type="hidden" name="op" value="signingLink" />
                  <input type="hidden" name="trajectId" value={trajectId} />
                  <input type="hidden" name="keyPersonId" value={s.keyPerson.id} />
                  {s.link ? (
                    <p className="text-sm text-slate-600">
                      Link verstuurd naar {s.link.sentTo}, geldig tot {formatDate(s.link.expiresAt)}.
                    </p>
                  ) : null}
                </ActionForm>
              ) : null}
              {!s.keyPerson.userId && !s.valid ? (
                <p className="text-sm text-slate-600">
                  {state.signingLinks
                    ? "Heeft geen account: tekent via een persoonlijke link."
                    : "Heeft nog geen account: tekent na het inloggen met een eigen account."}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {!adopted && !state.signingLinks && state.signers.some((s) => !s.keyPerson.userId && !s.valid) ? (
        <p className="mt-3 rounded-lg bg-sand-100 p-3 text-sm text-slate-800" data-testid="no-signing-links">
          Er is geen mailserver ingesteld. Daardoor kan een ondertekenlink niet veilig bij de ondertekenaar komen, en sturen we die niet.
          Wie nog geen account heeft, tekent na het inloggen met een eigen account. De beheerder ({ownerName}) maakt dat account en geeft de
          activeringslink zelf door.
        </p>
      ) : null}
      {!adopted ? <SignerListStatus trajectId={trajectId} state={state} /> : null}
      {!adopted && hasClauses ? <ReadyToSign trajectId={trajectId} state={state} /> : null}
      {state.missingDefaults.length > 0 && !adopted ? (
        <p className="mt-3 text-sm text-slate-700">
          Er is nog geen sleutelpersoon voor: {state.missingDefaults.map((f) => EMPLOYER_FUNCTION_LABEL[f]).join(", ")}. Voeg die toe bij de
          werkgever, of kies hieronder iemand anders die tekent.
        </p>
      ) : null}

      {me?.valid && !adopted ? (
        <p className="mt-4 rounded-lg bg-brand-50 p-3 text-sm text-slate-900" data-testid="my-signature">
          U heeft deze tekst getekend op {formatDateTime(me.valid.signedAt)}. Zodra iedereen op de lijst heeft getekend, is de code
          vastgesteld; dan krijgt u hem per e-mail, met de bladzijde met de handtekeningen.
        </p>
      ) : null}
      {me && !me.valid && !adopted && state.capabilities.sign && state.hash && state.list.inEffect ? (
        <ActionForm action={gedragscodeAction} submitLabel="Ondertekenen" className="mt-4 space-y-2 rounded-lg border border-brand-200 p-3">
          <input type="hidden" name="op" value="sign" />
          <input type="hidden" name="trajectId" value={trajectId} />
          <input type="hidden" name="contentHash" value={state.hash} />
          <p className="text-sm">U tekent voor de tekst zoals die nu op deze pagina staat.</p>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="consentToReuse" value="on" className="mt-0.5 size-4 accent-brand-700" />
            De code mag zonder naam van onze organisatie worden gebruikt om codes van werkgevers te vergelijken. (Alleen als iedereen die
            tekent dit aanvinkt.)
          </label>
        </ActionForm>
      ) : null}

      {state.capabilities.manageSigners && !adopted ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-semibold text-brand-800">Voorstellen wie namens de werkgever tekent</summary>
          <ActionForm action={gedragscodeAction} submitLabel="Voorstel bewaren" className="mt-3 space-y-2">
            <input type="hidden" name="op" value="signers" />
            <input type="hidden" name="trajectId" value={trajectId} />
            <fieldset>
              <legend className="text-sm font-semibold text-slate-800">Sleutelpersonen</legend>
              {state.keyPersons.map((k) => (
                <label key={k.id} className="mt-1 flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="signers"
                    value={k.id}
                    defaultChecked={chosen.has(k.id)}
                    className="size-4 accent-brand-700"
                  />
                  {keyPersonWithFunction(k)}
                </label>
              ))}
            </fieldset>
          </ActionForm>
        </details>
      ) : null}

      {adopted && state.capabilities.reopen ? (
        <ActionForm action={gedragscodeAction} submitLabel="Code heropenen" className="mt-4 space-y-2">
          <input type="hidden" name="op" value="reopen" />
          <input type="hidden" name="trajectId" value={trajectId} />
          <p className="text-sm text-slate-700">
            Als directie kunt u de code heropenen om hem aan te passen. Alle handtekeningen vervallen dan; daarna tekent iedereen opnieuw.
            Wie getekend heeft, krijgt daar bericht van.
          </p>
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" name="confirm" required className="mt-1 h-4 w-4" />
            <span>Ik weet dat daarna opnieuw moet tekenen: {state.signedBy.join(", ") || "iedereen op de lijst"}.</span>
          </label>
        </ActionForm>
      ) : null}
    </section>
  );
}

/** "Klaar om te tekenen": when the tandem said so, or the button that says so (once the directie confirmed the list). */
function ReadyToSign({ trajectId, state }: { trajectId: string; state: SignOff }) {
  if (state.requested) {
    const asked = state.signers.filter((s) => s.requestedAt && !s.valid).map((s) => s.keyPerson.name);
    return (
      <p className="mt-3 rounded-lg bg-sand-100 p-3 text-sm text-slate-800" data-testid="signing-requested">
        Klaar om te tekenen sinds {formatDate(state.requested.at)}
        {state.requested.byName ? ` (gezet door ${state.requested.byName})` : ""}.{" "}
        {asked.length > 0 ? `Gevraagd om te tekenen en nog niet getekend: ${asked.join(", ")}. ` : ""}
        Wie na {state.reminderDays} dagen nog niet heeft getekend, krijgt een herinnering (ten hoogste twee).
      </p>
    );
  }
  if (!state.capabilities.requestSignatures) return null;
  if (!state.list.inEffect)
    return (
      <p className="mt-3 text-sm text-slate-700" data-testid="ready-waits">
        Zodra de directie de lijst van wie er tekent heeft bevestigd, zet u hier de code klaar om te tekenen.
      </p>
    );
  const notAsked = state.signers.filter((s) => !s.valid && s.notAskedBecause);
  return (
    <ActionForm
      action={gedragscodeAction}
      submitLabel="Klaar om te tekenen"
      className="mt-4 space-y-2 rounded-lg border border-brand-200 p-3"
    >
      <input type="hidden" name="op" value="requestSignatures" />
      <input type="hidden" name="trajectId" value={trajectId} />
      <p className="text-sm text-slate-800">
        Is de tekst af? Dan krijgt iedereen op de lijst die nog niet tekende een verzoek om te tekenen: met een account een e-mail die naar
        deze pagina leidt, zonder account een persoonlijke ondertekenlink. Op hun startpagina staat het dan ook als taak. Wie na{" "}
        {state.reminderDays} dagen nog niet heeft getekend, krijgt een herinnering.
      </p>
      {notAsked.length > 0 ? (
        <ul className="list-disc pl-5 text-sm text-slate-700" aria-label="Wie geen verzoek krijgt">
          {notAsked.map((s) => (
            <li key={s.keyPerson.id}>{s.notAskedBecause}</li>
          ))}
        </ul>
      ) : null}
    </ActionForm>
  );
}
