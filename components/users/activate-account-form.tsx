"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { useServerSubmit } from "@/components/ui/use-server-submit";
import type { ActionResult } from "@/lib/actions/result";
import { MIN_PASSWORD_LENGTH, accountActivationSchema, type AccountActivationInput } from "@/lib/users/schema";

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
        <Link href="/login" className={buttonClass}>
          Naar inloggen
        </Link>
      </div>
    );
  }
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" {...register("token")} />
      <Field
        label="Nieuw wachtwoord"
        hint={`Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`}
        error={e.password?.message}
      >
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} {...register("password")} />}
      </Field>
      <Field label="Herhaal het wachtwoord" error={e.confirm?.message}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} {...register("confirm")} />}
      </Field>
      <p role="status" aria-live="polite" className="text-amber-900" data-testid="activate-message">
        {result && !result.ok ? result.text : null}
      </p>
      <button type="submit" className={`${buttonClass} w-full`} disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Bezig…" : "Wachtwoord opslaan"}
      </button>
    </form>
  );
}
