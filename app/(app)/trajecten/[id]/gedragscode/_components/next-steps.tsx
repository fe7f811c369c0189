import { gedragscodeAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { HealthReminder } from "@/components/ui/health-reminder";
import { formatDate } from "@/lib/dates";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

/** Agreed next steps: part of every report, and its heart when no formal code was reached. */
export function NextSteps({
  trajectId,
  steps,
  editable,
}: {
  trajectId: string;
  steps: { id: string; text: string; owner: string | null; dueDate: Date | null }[];
  editable: boolean;
}) {
  return (
    <section aria-labelledby="vervolgstappen" className="rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="vervolgstappen" className="text-lg font-semibold text-brand-800">
        Afgesproken vervolgstappen
      </h2>
      {steps.length === 0 ? <p className="mt-2 text-sm text-slate-600">Nog geen vervolgstappen.</p> : null}
      <ol className="mt-3 list-decimal space-y-2 pl-5">
        {steps.map((s) => (
          <li key={s.id}>
            <span className="font-semibold">{s.text}</span>
            <span className="block text-sm text-slate-600">
              {[s.owner ? `Wie: ${s.owner}` : null, s.dueDate ? `Wanneer: ${formatDate(s.dueDate)}` : null].filter(Boolean).join(" · ")}
            </span>
            {editable ? (
              <ActionForm action={gedragscodeAction} submitLabel="Verwijderen" labelFor={s.text} className="mt-1">
                <input type="hidden" name="op" value="removeStep" />
                <input type="hidden" name="trajectId" value={trajectId} />
                <input type="hidden" name="nextStepId" value={s.id} />
              </ActionForm>
            ) : null}
          </li>
        ))}
      </ol>
      {editable ? (
        <ActionForm action={gedragscodeAction} submitLabel="Vervolgstap toevoegen" className="mt-4 space-y-3">
          <input type="hidden" name="op" value="addStep" />
          <input type="hidden" name="trajectId" value={trajectId} />
          <label className="block text-sm font-semibold text-slate-800">
            Vervolgstap
            <input name="text" required maxLength={500} aria-describedby="vervolgstap-herinnering" className={input} />
          </label>
          <HealthReminder id="vervolgstap-herinnering" />
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="block text-sm font-semibold text-slate-800">
              Wie
              <input name="owner" maxLength={120} className={input} />
            </label>
            <label className="block text-sm font-semibold text-slate-800">
              Wanneer
              <input type="date" name="dueDate" className={input} />
            </label>
          </div>
        </ActionForm>
      ) : null}
    </section>
  );
}
