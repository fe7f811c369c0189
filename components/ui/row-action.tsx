"use client";

import { useActionState } from "react";
import type { FormState as State } from "@/lib/actions/result";
import { Button, type ButtonVariant } from "./button";

/** A small form that runs one server action and announces its result; works without JavaScript. */
export function RowAction({
  action,
  fields,
  label,
  confirm,
  variant = "secondary",
}: {
  action: (prev: State, formData: FormData) => Promise<State>;
  fields: Record<string, string>;
  label: string;
  confirm?: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
      className="inline-flex flex-col items-start gap-1"
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" variant={variant} size="sm" disabled={pending}>
        {pending ? "Bezig…" : label}
      </Button>
      <span role="status" aria-live="polite" className={`text-xs ${state?.ok === false ? "text-amber-900" : "text-slate-700"}`}>
        {state?.message}
      </span>
    </form>
  );
}
