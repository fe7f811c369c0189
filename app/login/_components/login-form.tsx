"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { useForm } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { LOGIN_ACCOUNT_BUSY, LOGIN_ACCOUNT_LIMITED, LOGIN_RATE_LIMITED, loginSchema, type LoginInput } from "@/lib/auth/login-schema";
import { SubmitButton } from "@/components/ui/submit-button";
import { SECOND_FACTOR_MESSAGES } from "@/lib/auth/second-factor-schema";
import { loginAction } from "../actions";

// The limits on guessing (lib/auth/login-limits.ts), each with what the person can do about it.
const LOGIN_REFUSALS: Record<string, string> = {
  [LOGIN_RATE_LIMITED]:
    "Er is vanaf dit apparaat of netwerk te vaak een verkeerd wachtwoord geprobeerd. Probeer het over een kwartier opnieuw.",
  [LOGIN_ACCOUNT_LIMITED]:
    "Voor dit e-mailadres is de laatste tijd vaak een verkeerd wachtwoord geprobeerd, ook vanaf dit apparaat. Probeer het over een kwartier opnieuw, of vraag via “Wachtwoord vergeten?” een nieuw wachtwoord aan.",
  [LOGIN_ACCOUNT_BUSY]:
    "Voor dit e-mailadres is de laatste tijd vaak een verkeerd wachtwoord geprobeerd. Probeer het over een minuut opnieuw.",
};
const MISMATCH = "Dat e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.";

/** next-auth's answer (or the action's, without JavaScript) in words. */
const answerText = (answer: string) => SECOND_FACTOR_MESSAGES[answer] ?? LOGIN_REFUSALS[answer] ?? MISMATCH;

/**
 * With JavaScript the form calls next-auth's signIn and keeps what was typed. Without it (or before the
 * page's script has loaded on a slow phone) it posts to loginAction, which checks the same way and sets
 * the same session; its answer comes back in the page, with the e-mail address but never the password.
 */
export function LoginForm() {
  const router = useRouter();
  const [posted, formAction] = useActionState(loginAction, null);
  const [formError, setFormError] = useState<string | null>(posted ? (posted.message ?? answerText(posted.code)) : null);
  // the second step appears only after the password proved right and the account has a second factor
  const [askCode, setAskCode] = useState(posted?.askCode ?? false);
  const [code, setCode] = useState("");
  const { register, handleSubmit, formState } = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });
  const fieldError = (name: "email" | "password") => formState.errors[name]?.message ?? posted?.fieldErrors?.[name]?.[0];

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = await signIn("credentials", { ...values, ...(askCode ? { code } : {}), redirect: false });
    if (res?.ok && !res.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    const error = res?.error ?? "";
    if (error in SECOND_FACTOR_MESSAGES) setAskCode(true);
    setFormError(answerText(error));
  });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <div role="status" aria-live="polite">
        {formError ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="login-error">
            {formError}
          </p>
        ) : null}
      </div>
      <Field label="E-mail" error={fieldError("email")}>
        {(p) => (
          <input {...p} type="email" autoComplete="username" defaultValue={posted?.email} className={inputClass} {...register("email")} />
        )}
      </Field>
      <Field
        label="Wachtwoord"
        error={fieldError("password")}
        // the page never holds the password: after a post without JavaScript it is typed again with the code
        hint={posted?.askCode ? "Vul uw wachtwoord opnieuw in, met de code hieronder." : undefined}
      >
        {(p) => <input {...p} type="password" autoComplete="current-password" className={inputClass} {...register("password")} />}
      </Field>
      {askCode ? (
        <Field label="Code uit uw authenticator-app" hint="Zes cijfers. Telefoon niet bij de hand? Vul dan een van uw herstelcodes in.">
          {(p) => (
            <input
              {...p}
              name="code"
              autoComplete="one-time-code"
              spellCheck={false}
              maxLength={40}
              autoFocus
              className={inputClass}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      <SubmitButton className="w-full" busy={formState.isSubmitting} busyLabel="Bezig met inloggen…">
        Inloggen
      </SubmitButton>
      <p className="text-center text-sm">
        <Link href="/wachtwoord-vergeten" className="text-brand-800 underline underline-offset-2">
          Wachtwoord vergeten?
        </Link>
      </p>
    </form>
  );
}
