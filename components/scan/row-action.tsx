"use client";

import { useActionState } from "react";
import type { FormState as State } from "@/lib/actions/result";

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
  variant?: "secondary" | "primary";
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
      <button
        type="submit"
        disabled={pending}
        className={
          variant === "primary"
            ? "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
            : "rounded-md border border-brand-600 bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
        }
      >
        {pending ? "Bezig…" : label}
      </button>
      <span role="status" aria-live="polite" className={`text-xs ${state?.ok === false ? "text-amber-900" : "text-slate-700"}`}>
        {state?.message}
      </span>
    </form>
  );
}
