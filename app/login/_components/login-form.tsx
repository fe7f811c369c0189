"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { LOGIN_RATE_LIMITED, loginSchema, type LoginInput } from "@/lib/auth/login-schema";
import { Button } from "@/components/ui/button";

export function LoginForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (res?.ok && !res.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    setFormError(
      res?.error === LOGIN_RATE_LIMITED
        ? "Er is vanaf dit apparaat of netwerk te vaak een verkeerd wachtwoord geprobeerd. Probeer het over een kwartier opnieuw."
        : "Dat e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.",
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div role="status" aria-live="polite">
        {formError ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="login-error">
            {formError}
          </p>
        ) : null}
      </div>
      <Field label="E-mail" error={formState.errors.email?.message}>
        {(p) => <input {...p} type="email" autoComplete="username" className={inputClass} {...register("email")} />}
      </Field>
      <Field label="Wachtwoord" error={formState.errors.password?.message}>
        {(p) => <input {...p} type="password" autoComplete="current-password" className={inputClass} {...register("password")} />}
      </Field>
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Bezig met inloggen…" : "Inloggen"}
      </Button>
      <p className="text-center text-sm">
        <Link href="/wachtwoord-vergeten" className="text-brand-800 underline underline-offset-2">
          Wachtwoord vergeten?
        </Link>
      </p>
    </form>
  );
}
