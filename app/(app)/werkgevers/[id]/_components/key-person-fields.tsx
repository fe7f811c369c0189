import { inputClass } from "@/components/ui/field";
import { EMPLOYER_FUNCTIONS } from "@/lib/employers/schema";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";

/** Name, e-mail address and function of a key person (new or edited). */
export function KeyPersonFields({
  idPrefix,
  values,
  emailLocked = false,
}: {
  idPrefix: string;
  values: { name: string; email: string; function: (typeof EMPLOYER_FUNCTIONS)[number] };
  /** The address is also their login: only the admin changes it. */
  emailLocked?: boolean;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <div>
        <label htmlFor={`${idPrefix}-name`} className="block text-sm font-semibold text-slate-800">
          Naam
        </label>
        <input id={`${idPrefix}-name`} name="name" required maxLength={120} defaultValue={values.name} className={`mt-1 ${inputClass}`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-email`} className="block text-sm font-semibold text-slate-800">
          E-mailadres
        </label>
        <input
          id={`${idPrefix}-email`}
          name="email"
          type="email"
          required
          maxLength={254}
          defaultValue={values.email}
          readOnly={emailLocked}
          aria-describedby={emailLocked ? `${idPrefix}-email-hint` : undefined}
          className={`mt-1 ${inputClass} read-only:bg-slate-100`}
        />
        {emailLocked ? (
          <p id={`${idPrefix}-email-hint`} className="mt-1 text-xs text-slate-600">
            Ook het inlogadres; alleen de beheerder wijzigt het.
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${idPrefix}-function`} className="block text-sm font-semibold text-slate-800">
          Functie
        </label>
        <select id={`${idPrefix}-function`} name="function" defaultValue={values.function} className={`mt-1 ${inputClass}`}>
          {EMPLOYER_FUNCTIONS.map((f) => (
            <option key={f} value={f}>
              {EMPLOYER_FUNCTION_LABEL[f]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
