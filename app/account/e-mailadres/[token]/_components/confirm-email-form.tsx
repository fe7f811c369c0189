"use client";

import { LinkButton } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/actions/result";

/** One button: the change happens on this POST, never on opening the link (a mail scanner may open it). */
export function ConfirmEmailForm({
  token,
  action,
}: {
  token: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const { state, pending, formProps } = useActionForm(action, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <p role="status" className="text-brand-800" data-testid="email-change-message">
          {state.message}
        </p>
        <LinkButton href="/login">Naar inloggen</LinkButton>
      </div>
    );
  }
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <p role="status" aria-live="polite" className="text-amber-900" data-testid="email-change-message">
        {state?.message}
      </p>
      <SubmitButton className="w-full" busy={pending}>
        Ja, dit is mijn nieuwe e-mailadres
      </SubmitButton>
    </form>
  );
}
