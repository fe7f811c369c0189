"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useServerSubmit } from "@/components/ui/use-server-submit";
import type { ActionResult } from "@/lib/actions/result";
import { accountActivationSchema, type AccountActivationInput } from "@/lib/users/schema";
import { LinkButton } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordFields } from "@/components/users/new-password-fields";

export function ActivateAccountForm({
  token,
  action,
}: {
  token: string;
  action: (input: AccountActivationInput) => Promise<ActionResult<{ email: string }>>;
}) {
  const form = useForm<AccountActivationInput>({
    resolver: zodResolver(accountActivationSchema),
    defaultValues: { token, password: "", confirm: "" },
  });
  const { register, formState } = form;
  const { onSubmit, message: result } = useServerSubmit(form, action, () => "Uw wachtwoord is ingesteld. U kunt nu inloggen.");
  if (result?.ok) {
    return (
      <div role="status" className="space-y-4">
        <p className="text-brand-800">{result.text}</p>
        <LinkButton href="/login">Naar inloggen</LinkButton>
      </div>
    );
  }
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" {...register("token")} />
      <NewPasswordFields
        label="Nieuw wachtwoord"
        confirmLabel="Herhaal het wachtwoord"
        password={register("password")}
        confirm={register("confirm")}
        errors={{ password: e.password?.message, confirm: e.confirm?.message }}
      />
      <p role="status" aria-live="polite" className="text-amber-900" data-testid="activate-message">
        {result && !result.ok ? result.text : null}
      </p>
      <SubmitButton className="w-full" busy={formState.isSubmitting}>
        Wachtwoord opslaan
      </SubmitButton>
    </form>
  );
}
