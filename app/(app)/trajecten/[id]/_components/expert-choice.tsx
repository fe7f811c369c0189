import { assignExpertAction, withdrawExpertAction } from "../planning-actions";
import { RowAction } from "@/components/ui/row-action";
import { isInvitedOrAccepted } from "@/lib/auth/capabilities";
import { ASSIGNMENT_STATUS_LABEL } from "@/lib/tandem/labels";
import type { ExpertOption } from "@/lib/trajecten/expert-matching";

/** Who to ask as the tandem's experience expert, the best fit first; they say yes or no themselves. */
export function ExpertChoice({ trajectId, experts }: { trajectId: string; experts: ExpertOption[] }) {
  return (
    <section aria-labelledby="ervaringsdeskundige" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="ervaringsdeskundige" className="text-lg font-semibold text-brand-800">
        Ervaringsdeskundige
      </h2>
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
                  fields={{ trajectId: trajectId, expertId: e.id }}
                  label={e.assignment === "INVITED" ? "Verzoek intrekken" : "Ontkoppelen"}
                  confirm={`${e.name} ontkoppelen van dit traject?`}
                />
              ) : e.assignment === "STEPPED_BACK" || !e.askable ? null : (
                <RowAction action={assignExpertAction} fields={{ trajectId: trajectId, expertId: e.id }} label="Vragen" />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
