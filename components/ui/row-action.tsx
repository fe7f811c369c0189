"use client";

import { useActionState, useRef } from "react";
import { useKeepFocusOnRemoval } from "./use-keep-focus";
import type { FormState as State } from "@/lib/actions/result";
import type { ButtonVariant } from "./button";
import { SubmitButton } from "./submit-button";

/** A small form that runs one server action and announces its result; works without JavaScript. */
export function RowAction({
  action,
  fields,
  label,
  labelFor,
  confirm,
  variant = "secondary",
}: {
  action: (prev: State, formData: FormData) => Promise<State>;
  fields: Record<string, string>;
  label: string;
  /** what the row is ("Jan Jansen"): the button's name becomes "Verwijderen: Jan Jansen", so it says which (WCAG 2.5.3) */
  labelFor?: string;
  confirm?: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const ref = useRef<HTMLFormElement>(null);
  useKeepFocusOnRemoval(ref);
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
      className="inline-flex flex-col items-start gap-1"
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <SubmitButton variant={variant} size="sm" busy={pending} aria-label={labelFor ? `${label}: ${labelFor}` : undefined}>
        {label}
      </SubmitButton>
      <span role="status" aria-live="polite" className={`text-xs ${state?.ok === false ? "text-amber-900" : "text-slate-700"}`}>
        {state?.message}
      </span>
    </form>
  );
}
