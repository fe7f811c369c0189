import type { FormState } from "@/lib/actions/result";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";

/** The admin hands a record (an employer, a traject) to another trainer, e.g. when its trainer leaves. */
export function TrainerHandover({
  title,
  intro,
  action,
  record,
  trainerId,
  trainers,
  placeholder,
}: {
  title: string;
  intro: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** The hidden field that names the record, e.g. { name: "trajectId", value: "…" }. */
  record: { name: string; value: string };
  trainerId: string | null;
  trainers: { id: string; name: string }[];
  /** An empty first option, for a record that may have no trainer yet. */
  placeholder?: string;
}) {
  return (
    <section aria-labelledby="overdragen" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="overdragen" className="text-lg font-semibold text-brand-800">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{intro}</p>
      <ActionForm action={action} submitLabel="Overdragen" className="mt-3 flex flex-wrap items-end gap-3">
        <input type="hidden" name={record.name} value={record.value} />
        <label htmlFor="overdragen-trainer" className="text-sm font-semibold text-slate-800">
          Trainer
          <select id="overdragen-trainer" name="trainerId" defaultValue={trainerId ?? ""} className={`mt-1 ${inputClass}`}>
            {placeholder ? <option value="">{placeholder}</option> : null}
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
