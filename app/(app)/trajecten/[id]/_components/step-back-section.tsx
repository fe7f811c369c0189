import { stepBackAction } from "@/app/(app)/expert/verzoeken/actions";
import { ActionForm } from "@/components/ui/action-form";

/** The accepted expert may step back at any time, without explaining; they decide what happens to what they shared. */
export function StepBackSection({ trajectId }: { trajectId: string }) {
  return (
    <section aria-labelledby="terugtrekken" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="terugtrekken" className="text-lg font-semibold text-brand-800">
        Terugtrekken
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        U kunt op elk moment stoppen met dit traject, zonder uitleg. De trainer krijgt bericht en vraagt zo nodig iemand anders. Uw
        privénotities verdwijnen; u kiest wat er gebeurt met wat u al deelde.
      </p>
      <ActionForm action={stepBackAction} submitLabel="Mij terugtrekken" className="mt-3 space-y-3">
        <input type="hidden" name="trajectId" value={trajectId} />
        <fieldset>
          <legend className="text-sm font-semibold text-slate-800">Wat ik deelde met de trainer of de werkgever</legend>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" name="notes" value="keep" required className="size-4 accent-brand-700" />
            mag blijven staan
          </label>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" name="notes" value="remove" required className="size-4 accent-brand-700" />
            haal ik weg
          </label>
        </fieldset>
      </ActionForm>
    </section>
  );
}
