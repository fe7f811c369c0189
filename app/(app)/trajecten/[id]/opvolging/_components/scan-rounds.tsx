import Link from "next/link";
import { RowAction } from "@/components/scan/row-action";
import { ActionForm } from "@/components/ui/action-form";
import { formatDate } from "@/lib/dates";
import type { ScanRoundsView } from "@/lib/followup/rounds";
import { roundLabel } from "@/lib/scan/rounds/rounds";
import { closeFollowUpRoundAction, startFollowUpRoundAction } from "../follow-up-actions";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
const link = "font-medium text-brand-700 underline underline-offset-4";

function roundState(r: ScanRoundsView["rounds"][number]): string {
  if (r.open) return r.deadline ? `loopt, graag ingevuld vóór ${formatDate(r.deadline)}` : "loopt";
  return r.closedAt ? `afgesloten op ${formatDate(r.closedAt)}` : "afgesloten";
}

/** The traject's scan rounds; the trainer starts a follow-up scan from a closed traject and closes it. */
export function ScanRounds({
  trajectId,
  view,
  closed,
  canPlan,
  canInvite,
}: {
  trajectId: string;
  view: ScanRoundsView;
  closed: boolean;
  canPlan: boolean;
  canInvite: boolean;
}) {
  const openFollowUp = view.rounds.find((r) => r.number > 1 && r.open);
  return (
    <section aria-labelledby="scanrondes" className="rounded-xl border border-brand-100 bg-white p-5" data-testid="scan-rounds">
      <h2 id="scanrondes" className="text-lg font-semibold text-brand-800">
        Scans
      </h2>
      <p className="mt-1 text-slate-700">
        Een vervolgscan laat zien wat er sinds de bijeenkomsten is veranderd: per thema het cijfer toen en nu. Dat is geen oordeel, maar een
        nieuw startpunt voor het gesprek.
      </p>
      <ul className="mt-3 space-y-2">
        {view.rounds.map((r) => (
          <li key={r.number} className="rounded-lg bg-sand-100 p-3">
            <p>
              <strong>{roundLabel(r.number)}</strong>: {roundState(r)}. {r.submitted} van {r.invited} uitgenodigden hebben de scan ingevuld.{" "}
              <Link href={`/trajecten/${trajectId}/resultaten?ronde=${r.number}`} className={link}>
                Resultaten
                <span className="sr-only"> van de {roundLabel(r.number).toLowerCase()}</span>
              </Link>
            </p>
            {canPlan && r.number > 1 && r.open ? (
              <div className="mt-2 flex flex-wrap items-start gap-3">
                {canInvite ? (
                  <Link href={`/trajecten/${trajectId}#scan-titel`} className={link}>
                    Uitnodigingen van de vervolgscan beheren
                  </Link>
                ) : null}
                <RowAction
                  action={closeFollowUpRoundAction}
                  fields={{ trajectId, round: String(r.number) }}
                  label="Vervolgscan afsluiten"
                  confirm="Na het afsluiten slaan de links geen antwoorden meer op en ziet de werkgever de voortgang. Doorgaan?"
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {canPlan && !closed ? <p className="mt-3 text-sm text-slate-600">Een vervolgscan start u als het traject is afgerond.</p> : null}
      {canPlan && closed && openFollowUp ? (
        <p className="mt-3 text-sm text-slate-600">Sluit de lopende vervolgscan af voordat u een nieuwe start.</p>
      ) : null}
      {view.canStart ? (
        <div className="mt-5">
          <h3 className="font-semibold text-brand-800">Een vervolgscan starten</h3>
          <ActionForm action={startFollowUpRoundAction} submitLabel="Vervolgscan starten" className="mt-2 space-y-3">
            <input type="hidden" name="trajectId" value={trajectId} />
            <div className="grid gap-3 sm:grid-cols-2">
              <label className="block text-sm font-semibold text-slate-800">
                Vragenlijst
                <select name="questionnaireId" defaultValue={view.questionnaires[0]?.id} className={input}>
                  {view.questionnaires.map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.title} (versie {q.version})
                    </option>
                  ))}
                </select>
              </label>
              <label className="block text-sm font-semibold text-slate-800">
                Graag ingevuld vóór
                <input
                  type="date"
                  name="deadline"
                  required
                  defaultValue={view.defaultDeadline}
                  min="2000-01-01"
                  max="2100-12-31"
                  className={input}
                />
              </label>
            </div>
            <label className="flex items-start gap-2 text-sm text-slate-800">
              <input type="checkbox" name="reinvite" value="on" defaultChecked className="mt-1 h-4 w-4" />
              <span>Dezelfde mensen opnieuw uitnodigen (iedereen die de vorige scan kreeg en van wie de gegevens nog bewaard zijn)</span>
            </label>
            <p className="text-sm text-slate-600">
              Een nieuwere versie van de vragenlijst kan ook: thema’s met dezelfde sleutel worden vergeleken, nieuwe thema’s staan apart.
            </p>
          </ActionForm>
        </div>
      ) : null}
    </section>
  );
}
