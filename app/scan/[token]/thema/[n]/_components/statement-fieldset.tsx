import { answerField, revisionField } from "@/lib/scan/respondent/field-names";
import { statementAnchor } from "@/lib/scan/respondent/resume";
import type { QuestionnaireItem } from "@/lib/scan/scoring/types";

type Option = { value: number | "dontKnow"; label: string };

// One statement: a fieldset whose legend is the statement, radios as large touch targets.
// Uncontrolled inputs (defaultChecked): the page works as a plain HTML form without JavaScript.
export function StatementFieldset({
  item,
  number,
  options,
  current,
  disabled,
  highlight,
}: {
  item: QuestionnaireItem;
  number: number;
  options: Option[];
  current: { value: number | "dontKnow"; revision: number } | undefined;
  disabled: boolean;
  highlight?: string;
}) {
  const name = answerField(item.key);
  return (
    <fieldset
      id={statementAnchor(item.key)}
      className="scroll-mt-4 rounded-xl border border-brand-100 bg-white p-4 sm:p-5"
      data-item={item.key}
      aria-describedby={`status-${item.key}`}
    >
      <legend className="float-left mb-3 w-full text-base font-semibold text-slate-900">
        <span className="sr-only">Stelling {number}: </span>
        {item.text}
      </legend>
      <input type="hidden" name={revisionField(item.key)} value={current?.revision ?? 0} data-rev-for={item.key} />
      <div className="clear-both grid gap-2 sm:grid-cols-2">
        {options.map((o) => {
          const id = `${item.key}-${o.value}`;
          return (
            <label
              key={String(o.value)}
              htmlFor={id}
              className={`flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-blue-700 ${o.value === "dontKnow" ? "border-dashed border-slate-400 sm:col-span-2" : "border-slate-300"}`}
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={String(o.value)}
                defaultChecked={current?.value === o.value}
                disabled={disabled}
                className="size-5 accent-brand-700"
              />
              <span>{o.label}</span>
            </label>
          );
        })}
      </div>
      <p id={`status-${item.key}`} className="mt-2 min-h-5 text-sm text-slate-700" data-status-for={item.key}>
        {highlight ?? ""}
      </p>
    </fieldset>
  );
}
