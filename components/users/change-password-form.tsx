"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { useServerSubmit } from "@/components/ui/use-server-submit";
import type { ActionResult } from "@/lib/actions/result";
import { MIN_PASSWORD_LENGTH, passwordChangeSchema, type PasswordChangeInput } from "@/lib/users/schema";

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
      <Field
        label="Nieuw wachtwoord"
        hint={`Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`}
        error={e.password?.message}
      >
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} {...register("password")} />}
      </Field>
      <Field label="Herhaal het nieuwe wachtwoord" error={e.confirm?.message}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} {...register("confirm")} />}
      </Field>
      <p role="status" aria-live="polite" className={message?.ok ? "text-brand-800" : "text-amber-900"} data-testid="password-message">
        {message?.text}
      </p>
      <button type="submit" className={buttonClass} disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Bezig…" : "Wachtwoord wijzigen"}
      </button>
    </form>
  );
}
