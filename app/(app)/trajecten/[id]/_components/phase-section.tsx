import { setStatusAction } from "../planning-actions";
import { ActionForm } from "@/components/ui/action-form";
import { TRAJECT_STATUS_LABEL } from "@/lib/trajecten/labels";
import type { TrajectDetail } from "@/lib/trajecten/queries";
import { PHASE_CHOICE, allowedNextStatuses } from "@/lib/trajecten/status";

/** Closing is the normal end after the sessions: its own step on the overview, not an exception. */
export const closesNormally = (traject: Pick<TrajectDetail, "status">) =>
  traject.status === "SESSION_1_DONE" || traject.status === "SESSION_2_DONE";

/**
 * "Traject afronden" after the sessions: what it does, then one button. (The same server action as
 * the exceptions below; the server decides what is allowed.)
 */
export function CloseTrajectSection({ traject }: { traject: TrajectDetail }) {
  const choice = PHASE_CHOICE.CLOSED!;
  return (
    <section aria-labelledby="afronden" className="mb-8 rounded-xl border border-brand-100 bg-white p-5" data-testid="close-traject">
      <h2 id="afronden" className="text-lg font-semibold text-brand-800">
        Traject afronden
      </h2>
      <p className="mt-1 text-sm text-slate-700">{choice.consequence}</p>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-semibold text-brand-800 underline underline-offset-2">Het traject afronden</summary>
        <ActionForm action={setStatusAction} submitLabel="Ja, traject afronden" className="mt-2 space-y-3">
          <input type="hidden" name="trajectId" value={traject.id} />
          <input type="hidden" name="version" value={traject.version} />
          <input type="hidden" name="status" value="CLOSED" />
        </ActionForm>
      </details>
    </section>
  );
}

/**
 * The phase: set by facts (the first invitation, "Scan sluiten", a session saved as held); by hand
 * only the exceptions, each with what it does. Closing after the sessions is CloseTrajectSection.
 */
export function PhaseExceptions({ traject }: { traject: TrajectDetail }) {
  const choices = allowedNextStatuses(traject.status).filter((s) => PHASE_CHOICE[s] && !(s === "CLOSED" && closesNormally(traject)));
  return (
    <section aria-labelledby="fase" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="fase" className="text-lg font-semibold text-brand-800">
        Fase
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Nu: {TRAJECT_STATUS_LABEL[traject.status]}. De fase volgt uit wat er gebeurt: de eerste uitnodiging opent de scan, &lsquo;Scan
        sluiten&rsquo; sluit hem, en een bijeenkomst die u als gehouden bewaart, zet de fase door.
      </p>
      {choices.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold text-brand-800 underline underline-offset-2">
            Uitzondering: de fase met de hand wijzigen
          </summary>
          <ActionForm action={setStatusAction} submitLabel="Fase wijzigen" className="mt-2 space-y-3">
            <input type="hidden" name="trajectId" value={traject.id} />
            <input type="hidden" name="version" value={traject.version} />
            <fieldset>
              <legend className="text-sm font-semibold text-slate-800">Wat wilt u doen?</legend>
              {choices.map((s) => (
                <div key={s} className="mt-2 flex items-start gap-2 text-sm">
                  <input
                    type="radio"
                    id={`fase-${s}`}
                    name="status"
                    value={s}
                    required
                    aria-describedby={`fase-${s}-gevolg`}
                    className="mt-1 size-4 accent-brand-700"
                  />
                  <span>
                    <label htmlFor={`fase-${s}`} className="font-semibold">
                      {PHASE_CHOICE[s]!.label}
                    </label>
                    <span id={`fase-${s}-gevolg`} className="block text-slate-700">
                      {PHASE_CHOICE[s]!.consequence}
                    </span>
                  </span>
                </div>
              ))}
            </fieldset>
          </ActionForm>
        </details>
      ) : null}
    </section>
  );
}
