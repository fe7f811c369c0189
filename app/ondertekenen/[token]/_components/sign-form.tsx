"use client";

import { useEffect, useRef } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/actions/result";

/**
 * The signing form of a one-time link. Once signed, the page shows that, not the form again (the link
 * is used up: a second press could only fail): the confirmation takes the form's place and focus.
 */
export function LinkSignForm({
  action,
  submitLabel,
  children,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  children: React.ReactNode;
}) {
  const { state, pending, formProps } = useActionForm(action, null);
  const done = useRef<HTMLDivElement>(null);
  const signed = state?.ok === true;
  useEffect(() => {
    if (signed) done.current?.focus();
  }, [signed]);
  if (signed)
    return (
      <div ref={done} tabIndex={-1} role="status" className="mt-3 rounded-lg bg-brand-50 p-4 text-slate-900" data-testid="link-signed">
        <p className="font-semibold text-brand-800">U heeft getekend.</p>
        <p className="mt-1">{state.message}</p>
        <p className="mt-1 text-sm text-slate-700">
          Deze link werkt nu niet meer; dat hoort zo. Zodra de code is vastgesteld, krijgt u hem per e-mail, met de bladzijde met de
          handtekeningen.
        </p>
      </div>
    );
  return (
    <form {...formProps} className="mt-3 space-y-3">
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton size="sm" busy={pending}>
          {submitLabel}
        </SubmitButton>
        <span role="status" aria-live="polite" className="text-sm text-amber-900">
          {state?.ok === false ? state.message : null}
        </span>
      </div>
    </form>
  );
}
