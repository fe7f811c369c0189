import { inputClass } from "@/components/ui/field";

/** Name, sector, city and KvK number: the same fields for a new employer and an edit. */
export function EmployerFields({
  idPrefix,
  values,
}: {
  idPrefix: string;
  values: { name: string; sector: string; city: string | null; kvkNumber: string | null };
}) {
  const field = (name: keyof typeof values, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div>
      <label htmlFor={`${idPrefix}-${name}`} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <input id={`${idPrefix}-${name}`} name={name} defaultValue={values[name] ?? ""} className={`mt-1 ${inputClass}`} {...extra} />
    </div>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {field("name", "Naam", { required: true, maxLength: 160, autoComplete: "organization" })}
      {field("sector", "Sector", { required: true, maxLength: 120 })}
      {field("city", "Plaats (optioneel)", { maxLength: 120 })}
      {field("kvkNumber", "KvK-nummer (optioneel)", { inputMode: "numeric", maxLength: 12, pattern: "[0-9 .]*" })}
    </div>
  );
}
