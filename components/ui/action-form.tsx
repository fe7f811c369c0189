"use client";

import { useEffect, useRef } from "react";
import { useActionForm } from "./use-action-form";
import type { FormState as State } from "@/lib/actions/result";
import { SubmitButton } from "./submit-button";
import { HealthCheckPrompt, useHealthCheck } from "./health-check-prompt";

/** A form bound to one server action, announcing its result; works without JavaScript too. */
export function ActionForm({
  action,
  children,
  submitLabel,
  labelFor,
  className = "",
  done,
}: {
  action: (prev: State, formData: FormData) => Promise<State>;
  children: React.ReactNode;
  submitLabel: string;
  /** what the form acts on, for a button repeated per row: its name becomes "Verwijderen: …" (WCAG 2.5.3) */
  labelFor?: string;
  className?: string;
  /** once it succeeded, the result's message and this take the form's place (and focus): for a form that works once, like a one-time link's */
  done?: React.ReactNode;
}) {
  const { state, pending, formProps } = useActionForm(action, null);
  const doneRef = useRef<HTMLDivElement>(null);
  const finished = !!done && state?.ok === true;
  const { asking, dismiss } = useHealthCheck(state);
  useEffect(() => {
    if (finished) doneRef.current?.focus();
  }, [finished]);
  if (finished)
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className={className} data-testid="form-done">
        <p className="font-semibold text-brand-800">{state.message}</p>
        {done}
      </div>
    );
  return (
    <form {...formProps} className={className}>
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton size="sm" busy={pending} aria-label={labelFor ? `${submitLabel}: ${labelFor}` : undefined}>
          {submitLabel}
        </SubmitButton>
        <span role="status" aria-live="polite" className={`text-sm ${state?.ok === false ? "text-amber-900" : "text-brand-800"}`}>
          {asking ? null : state?.message}
          {state?.ok === false && state.fieldErrors ? (
            // what exactly to correct, in the field's own words (e.g. "Een KvK-nummer heeft 8 cijfers.")
            <span className="block">
              {[...new Set(Object.values(state.fieldErrors).flat())].filter((m) => m !== state.message).join(" ")}
            </span>
          ) : null}
        </span>
      </div>
      {asking ? <HealthCheckPrompt fields={asking} busy={pending} onAdjust={dismiss} /> : null}
    </form>
  );
}
