"use client";

import { useActionForm } from "./use-action-form";
import type { FormState as State } from "@/lib/actions/result";

/** A form bound to one server action, announcing its result; works without JavaScript too. */
export function ActionForm({
  action,
  children,
  submitLabel,
  className = "",
}: {
  action: (prev: State, formData: FormData) => Promise<State>;
  children: React.ReactNode;
  submitLabel: string;
  className?: string;
}) {
  const { state, pending, formProps } = useActionForm(action, null);
  return (
    <form {...formProps} className={className}>
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? "Bezig…" : submitLabel}
        </button>
        <span role="status" aria-live="polite" className={`text-sm ${state?.ok === false ? "text-amber-900" : "text-brand-800"}`}>
          {state?.message}
          {state?.ok === false && state.fieldErrors ? (
            // what exactly to correct, in the field's own words (e.g. "Een KvK-nummer heeft 8 cijfers.")
            <span className="block">
              {[...new Set(Object.values(state.fieldErrors).flat())].filter((m) => m !== state.message).join(" ")}
            </span>
          ) : null}
        </span>
      </div>
    </form>
  );
}
