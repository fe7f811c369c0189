import { assignExpertAction, withdrawExpertAction } from "../planning-actions";
import { PhaseSection } from "./phase-section";
import { SessionForm } from "./session-form";
import { RowAction } from "@/components/ui/row-action";
import { isInvitedOrAccepted } from "@/lib/auth/capabilities";
import { ASSIGNMENT_STATUS_LABEL } from "@/lib/tandem/labels";
import type { ExpertOption } from "@/lib/trajecten/expert-matching";
import type { TrajectDetail } from "@/lib/trajecten/queries";
import type { ScanCloseOverview } from "@/lib/trajecten/close-scan";
import { TrajectDetailsForm } from "./details-form";

export function PlanningSection({
  traject,
  experts,
  choices,
  scanClose,
}: {
  traject: TrajectDetail;
  experts: ExpertOption[];
  choices: React.ComponentProps<typeof TrajectDetailsForm>["choices"];
  /** the "Scan sluiten" confirmation's figures, while the scan runs */
  scanClose: ScanCloseOverview | null;
}) {
  return (
    <section aria-labelledby="planning-titel" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="planning-titel" className="text-lg font-semibold text-brand-800">
        Planning
      </h2>

      <details className="mt-4">
        <summary className="cursor-pointer font-semibold text-brand-800 underline underline-offset-2">
          Gegevens wijzigen: werkvloer, aanleiding, vragen aan de ervaringsdeskundige, aantal bijeenkomsten, contactpersoon
        </summary>
        <TrajectDetailsForm traject={traject} choices={choices} />
      </details>

      <PhaseSection traject={traject} scanClose={scanClose} />

      <h3 className="mt-6 font-semibold text-slate-800">Bijeenkomsten</h3>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        {traject.sessions
          .filter((s) => s.number <= traject.plannedSessionCount)
          .map((s) => (
            <SessionForm key={s.id} trajectId={traject.id} session={s} keyPersons={choices.keyPersons} />
          ))}
      </div>

      <h3 className="mt-6 font-semibold text-slate-800">Ervaringsdeskundige</h3>
      <p className="text-sm text-slate-700">
        Vraag iemand wiens ervaring past bij de aandachtspunten uit de scan; wie het best past, staat bovenaan. De ervaringsdeskundige
        krijgt een verzoek en zegt zelf ja of nee.
      </p>
      <ul className="mt-3 divide-y divide-slate-100" data-testid="expert-options">
        {experts.map((e) => {
          const active = e.assignment !== null && isInvitedOrAccepted(e.assignment);
          return (
            <li key={e.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div>
                <p className="font-semibold">
                  {e.name}
                  {e.assignment ? ` · ${ASSIGNMENT_STATUS_LABEL[e.assignment]}` : ""}
                </p>
                <ul className="text-sm text-slate-700" aria-label={`Waarom ${e.name}`}>
                  {e.why.map((reason, i) => (
                    <li key={reason} className={i === 0 && e.matches.length > 0 ? "text-brand-800" : undefined}>
                      {reason}
                    </li>
                  ))}
                </ul>
              </div>
              {active ? (
                <RowAction
                  action={withdrawExpertAction}
                  fields={{ trajectId: traject.id, expertId: e.id }}
                  label={e.assignment === "INVITED" ? "Verzoek intrekken" : "Ontkoppelen"}
                  confirm={`${e.name} ontkoppelen van dit traject?`}
                />
              ) : e.assignment === "STEPPED_BACK" ? null : (
                <RowAction action={assignExpertAction} fields={{ trajectId: traject.id, expertId: e.id }} label="Vragen" />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
