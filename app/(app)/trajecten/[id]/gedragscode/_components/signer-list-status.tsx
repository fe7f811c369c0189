import { gedragscodeAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { formatDateTime } from "@/lib/dates";
import type { signOffState } from "@/lib/gedragscode/signoff";

type SignOff = Awaited<ReturnType<typeof signOffState>>;

/**
 * Whose list it is (issue 20): proposed by the begeleiders or an employer user, in effect once the
 * employer's confirmed directie confirmed it. The directie confirms the list, confirms other directie
 * members and says whether the organisation has an OR.
 */
export function SignerListStatus({ trajectId, state }: { trajectId: string; state: SignOff }) {
  const { list, capabilities: can } = state;
  return (
    <div className="mt-3 space-y-3" data-testid="signer-list">
      {list.inEffect ? (
        <p className="text-sm text-slate-800" data-testid="list-confirmed">
          Bevestigd door de directie ({list.confirmedByName}) op {formatDateTime(list.confirmedAt)}. Iedereen op de lijst kan nu tekenen.
        </p>
      ) : (
        <p className="rounded-lg bg-sand-100 p-3 text-sm text-slate-800">
          {list.proposedByName ? `Voorgesteld door ${list.proposedByName}` : "Voorgesteld door de begeleiders"} — wacht op bevestiging door
          de directie. Pas als de directie deze lijst heeft bevestigd, kan er getekend worden.
          {list.changedSinceConfirmed ? " De lijst (of iemand erop) is veranderd sinds de directie hem bevestigde." : ""}
        </p>
      )}
      {list.problems.length > 0 ? (
        <ul className="list-disc pl-5 text-sm text-slate-800">
          {list.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {can.confirmSigners && !list.inEffect && list.problems.length === 0 && state.signers.length > 0 ? (
        <ActionForm action={gedragscodeAction} submitLabel="Lijst bevestigen" className="space-y-2 rounded-lg border border-brand-200 p-3">
          <input type="hidden" name="op" value="confirmSigners" />
          <input type="hidden" name="trajectId" value={trajectId} />
          <input type="hidden" name="signersHash" value={list.hash} />
          <p className="text-sm">
            Als directie bevestigt u dat precies deze mensen namens uw organisatie tekenen (met de e-mailadressen hierboven).
          </p>
        </ActionForm>
      ) : null}
      {can.stateWorksCouncil ? (
        <ActionForm action={gedragscodeAction} submitLabel="Bewaren" className="space-y-2">
          <input type="hidden" name="op" value="worksCouncil" />
          <input type="hidden" name="trajectId" value={trajectId} />
          <fieldset>
            <legend className="text-sm font-semibold text-slate-800">Heeft uw organisatie een ondernemingsraad (OR)?</legend>
            <p className="text-sm text-slate-700">Zo ja, dan tekent ook iemand van de OR de code.</p>
            {(["ja", "nee"] as const).map((v) => (
              <label key={v} className="mr-4 inline-flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="hasWorksCouncil"
                  value={v}
                  defaultChecked={state.worksCouncil.stated === (v === "ja")}
                  className="size-4 accent-brand-700"
                />
                {v === "ja" ? "Ja" : "Nee"}
              </label>
            ))}
          </fieldset>
        </ActionForm>
      ) : null}
      {can.confirmDirectie && state.unconfirmedDirectie.length > 0 ? (
        <div className="space-y-2">
          <p className="text-sm font-semibold text-slate-800">Nog niet bevestigd als directie</p>
          {state.unconfirmedDirectie.map((k) => (
            <ActionForm key={k.id} action={gedragscodeAction} submitLabel={`${k.name} bevestigen als directie`} className="text-sm">
              <input type="hidden" name="op" value="confirmDirectie" />
              <input type="hidden" name="trajectId" value={trajectId} />
              <input type="hidden" name="keyPersonId" value={k.id} />
              <input type="hidden" name="version" value={k.version} />
              <p>
                {k.name} ({k.email}) staat als directie in de app. Alleen als u bevestigt dat dit klopt, kan deze persoon namens de directie
                tekenen en beslissen.
              </p>
            </ActionForm>
          ))}
        </div>
      ) : null}
    </div>
  );
}
