import { confirmOutcomeAction } from "../planning-actions";
import { ActionForm } from "@/components/ui/action-form";
import { formatDate } from "@/lib/dates";
import { OUTCOME_LABEL, type Outcome } from "@/lib/trajecten/outcome-rules";

/** A closed traject's outcome: derived from what exists, confirmed (or corrected within that) by the trainer. */
export function OutcomeSection({
  trajectId,
  outcome,
  editable,
}: {
  trajectId: string;
  outcome: { outcome: Outcome; derived: Outcome; confirmedAt: Date | null; allowed: Outcome[] };
  editable: boolean;
}) {
  return (
    <section aria-labelledby="uitkomst" className="mb-6 rounded-xl border border-brand-100 bg-white p-5" data-testid="outcome">
      <h2 id="uitkomst" className="text-lg font-semibold text-brand-800">
        Uitkomst van het traject
      </h2>
      <p className="mt-1">
        {OUTCOME_LABEL[outcome.outcome]}.{" "}
        {outcome.confirmedAt
          ? `Bevestigd op ${formatDate(outcome.confirmedAt)}.`
          : "Afgeleid uit wat er is; nog niet bevestigd door de trainer."}
      </p>
      <p className="text-sm text-slate-700">
        Het slot van het rapport volgt de uitkomst: de vastgestelde code met ondertekening, de afspraken, of de vervolgstappen.
      </p>
      {editable ? (
        <ActionForm action={confirmOutcomeAction} submitLabel="Uitkomst bevestigen" className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="trajectId" value={trajectId} />
          <label className="text-sm font-semibold text-slate-800">
            Uitkomst
            <select
              name="outcome"
              defaultValue={outcome.outcome}
              className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
            >
              {outcome.allowed.map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABEL[o]}
                </option>
              ))}
            </select>
          </label>
        </ActionForm>
      ) : null}
    </section>
  );
}
