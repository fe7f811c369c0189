import { VISIBILITIES, VISIBILITY_LABEL } from "@/lib/annotations/schema";

/** The expert decides what is shared: private is the default, sharing is an explicit choice. */
export function VisibilityChoice({ name, defaultValue, idPrefix }: { name: string; defaultValue: string; idPrefix: string }) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-semibold text-slate-800">Wie mag dit lezen?</legend>
      {VISIBILITIES.map((v) => (
        <label key={v} htmlFor={`${idPrefix}-${v}`} className="flex items-center gap-2 text-sm">
          <input
            id={`${idPrefix}-${v}`}
            type="radio"
            name={name}
            value={v}
            defaultChecked={defaultValue === v}
            className="size-4 accent-brand-700"
          />
          {VISIBILITY_LABEL[v]}
        </label>
      ))}
    </fieldset>
  );
}
