import { inputClass } from "@/components/ui/field";

export interface SolutionValues {
  title: string;
  description: string;
  themes: string[];
  forAllThemes: boolean;
}

/** The fields of one entry, for adding and for editing (no-JS friendly: plain inputs and checkboxes). */
export function SolutionFields({
  idPrefix,
  values,
  themes,
}: {
  idPrefix: string;
  values: SolutionValues;
  themes: { key: string; title: string }[];
}) {
  return (
    <>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-title`} className="block text-sm font-semibold text-slate-800">
          Titel
        </label>
        <input id={`${idPrefix}-title`} name="title" required defaultValue={values.title} className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-description`} className="block text-sm font-semibold text-slate-800">
          Beschrijving
        </label>
        <textarea
          id={`${idPrefix}-description`}
          name="description"
          required
          rows={3}
          defaultValue={values.description}
          className={inputClass}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-800">Past bij de thema&rsquo;s</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {themes.map((t) => (
            <label key={t.key} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="themes"
                value={t.key}
                defaultChecked={values.themes.includes(t.key)}
                className="mt-1 size-4 shrink-0 accent-brand-700"
              />
              <span>{t.title}</span>
            </label>
          ))}
        </div>
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="forAllThemes"
            defaultChecked={values.forAllThemes}
            className="mt-1 size-4 shrink-0 accent-brand-700"
          />
          <span>Past bij elk thema (wordt altijd aangeboden)</span>
        </label>
      </fieldset>
    </>
  );
}
