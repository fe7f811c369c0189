import { RowAction } from "@/components/ui/row-action";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import type { EmployerDetail } from "@/lib/employers/queries";
import { addWerkvloerAction, renameWerkvloerAction, setWerkvloerArchivedAction } from "../../actions";

/** Werkvloeren and locations: add, rename, archive (no longer offered for new trajects) and restore. */
export function Werkvloeren({ employer }: { employer: EmployerDetail }) {
  return (
    <section aria-labelledby="werkvloeren" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="werkvloeren" className="text-lg font-semibold text-brand-800">
        Werkvloeren en locaties
      </h2>
      <ul className="mt-3 divide-y divide-slate-100" data-testid="werkvloeren">
        {employer.werkvloeren.map((w) => (
          <li key={w.id} className="py-3">
            <p className="font-semibold text-slate-900">
              {w.name}
              {w.archivedAt ? (
                <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">gearchiveerd</span>
              ) : null}
            </p>
            <div className="mt-2 flex flex-col items-start gap-3 sm:flex-row sm:gap-4">
              <details className="w-full min-w-0 sm:flex-1">
                <summary className="cursor-pointer text-sm font-semibold text-brand-800 underline underline-offset-2">
                  Naam wijzigen
                </summary>
                <ActionForm action={renameWerkvloerAction} submitLabel="Bewaren" className="mt-2 space-y-2">
                  <input type="hidden" name="werkvloerId" value={w.id} />
                  <label htmlFor={`wv-${w.id}`} className="block text-sm font-semibold text-slate-800">
                    Nieuwe naam
                  </label>
                  <input id={`wv-${w.id}`} name="name" required maxLength={160} defaultValue={w.name} className={inputClass} />
                </ActionForm>
              </details>
              <RowAction
                action={setWerkvloerArchivedAction}
                fields={{ werkvloerId: w.id, archived: w.archivedAt ? "false" : "true" }}
                label={w.archivedAt ? "Weer in gebruik nemen" : "Archiveren"}
              />
            </div>
          </li>
        ))}
      </ul>
      <ActionForm action={addWerkvloerAction} submitLabel="Werkvloer toevoegen" className="mt-4 space-y-2">
        <input type="hidden" name="employerId" value={employer.id} />
        <label htmlFor="nieuwe-werkvloer" className="block text-sm font-semibold text-slate-800">
          Nieuwe werkvloer of locatie
        </label>
        <input id="nieuwe-werkvloer" name="name" required maxLength={160} className={inputClass} />
      </ActionForm>
    </section>
  );
}
