"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { useServerSubmit } from "@/components/ui/use-server-submit";
import type { ActionResult } from "@/lib/actions/result";
import { passwordChangeSchema, type PasswordChangeInput } from "@/lib/users/schema";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordFields } from "@/components/users/new-password-fields";

export function ChangePasswordForm({ action }: { action: (input: PasswordChangeInput) => Promise<ActionResult<void>> }) {
  const form = useForm<PasswordChangeInput>({
    resolver: zodResolver(passwordChangeSchema),
    defaultValues: { current: "", password: "", confirm: "" },
  });
  const { register, reset, formState } = form;
  const { onSubmit, message } = useServerSubmit(form, action, () => {
    reset();
    return "Uw wachtwoord is gewijzigd. Gebruik voortaan het nieuwe wachtwoord. Op andere apparaten bent u uitgelogd.";
  });
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4 rounded-xl border border-brand-100 bg-white p-5">
      <Field label="Huidig wachtwoord" error={e.current?.message}>
        {(p) => <input {...p} type="password" autoComplete="current-password" className={inputClass} {...register("current")} />}
      </Field>
      <NewPasswordFields
        label="Nieuw wachtwoord"
        confirmLabel="Herhaal het nieuwe wachtwoord"
        password={register("password")}
        confirm={register("confirm")}
        errors={{ password: e.password?.message, confirm: e.confirm?.message }}
      />
      <p role="status" aria-live="polite" className={message?.ok ? "text-brand-800" : "text-amber-900"} data-testid="password-message">
        {message?.text}
      </p>
      <SubmitButton busy={formState.isSubmitting}>Wachtwoord wijzigen</SubmitButton>
    </form>
  );
}
