"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useServerSubmit } from "@/components/ui/use-server-submit";
import type { ActionResult } from "@/lib/actions/result";
import { firstAdminSchema, type FirstAdminInput } from "@/lib/setup/schema";
import { LinkButton } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordFields } from "@/components/users/new-password-fields";

export function FirstAdminForm({
  token,
  action,
}: {
  token: string;
  action: (input: FirstAdminInput) => Promise<ActionResult<{ email: string }>>;
}) {
  const form = useForm<FirstAdminInput>({
    resolver: zodResolver(firstAdminSchema),
    defaultValues: { token, name: "", email: "", password: "", confirm: "" },
  });
  const { register, formState } = form;
  const { onSubmit, message: result } = useServerSubmit(form, action, (r) => `U bent beheerder. Log nu in met ${r.email}.`);
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
      <Field label="Naam" error={e.name?.message}>
        {(p) => <input {...p} autoComplete="name" className={inputClass} {...register("name")} />}
      </Field>
      <Field label="E-mailadres" hint="Hiermee logt u in." error={e.email?.message}>
        {(p) => <input {...p} type="email" autoComplete="email" className={inputClass} {...register("email")} />}
      </Field>
      <NewPasswordFields
        label="Wachtwoord"
        confirmLabel="Herhaal het wachtwoord"
        password={register("password")}
        confirm={register("confirm")}
        errors={{ password: e.password?.message, confirm: e.confirm?.message }}
      />
      <p role="status" aria-live="polite" className="text-amber-900">
        {result && !result.ok ? result.text : null}
      </p>
      <SubmitButton className="w-full" busy={formState.isSubmitting}>
        Beheerder worden
      </SubmitButton>
    </form>
  );
}
