import { reassignTrajectAction } from "../planning-actions";
import { ActionForm } from "@/components/ui/action-form";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

/** The admin hands the traject to another trainer (e.g. when its trainer leaves). */
export function ReassignTrajectForm({
  trajectId,
  trainerId,
  trainers,
}: {
  trajectId: string;
  trainerId: string;
  trainers: { id: string; name: string }[];
}) {
  return (
    <section aria-labelledby="overdragen" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="overdragen" className="text-lg font-semibold text-brand-800">
        Trainer van dit traject
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Draag het traject over als de trainer vertrekt of uitvalt. De nieuwe trainer ziet het direct; de vorige niet meer.
      </p>
      <ActionForm action={reassignTrajectAction} submitLabel="Overdragen" className="mt-3 flex flex-wrap items-end gap-3">
        <input type="hidden" name="trajectId" value={trajectId} />
        <label className="text-sm font-semibold text-slate-800">
          Trainer
          <select name="trainerId" defaultValue={trainerId} className={input}>
            {trainers.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      </ActionForm>
    </section>
  );
}
