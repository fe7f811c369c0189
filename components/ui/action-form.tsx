"use client";

import { useActionForm } from "./use-action-form";
import type { FormState as State } from "@/lib/actions/result";
import { Button } from "./button";

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
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Bezig…" : submitLabel}
        </Button>
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
