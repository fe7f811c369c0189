"use client";

import { useActionState } from "react";
import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/actions/result";

/** "Overal uitloggen": one button; afterwards it says what happened and how to get back in. */
export function EndAllLoginsForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const done = state?.ok === true;
  return (
    <form action={formAction} className="max-w-md space-y-3 rounded-xl border border-brand-100 bg-white p-5">
      <p className="text-slate-700">
        Bent u nog ingelogd op een ander apparaat, bijvoorbeeld een computer op het werk of een telefoon die u kwijt bent? Met deze knop
        logt u overal uit, ook hier. Daarna logt u gewoon opnieuw in.
      </p>
      <p role="status" aria-live="polite" className={done ? "text-brand-800" : "text-amber-900"} data-testid="sessions-message">
        {state?.message}
      </p>
      {done ? (
        <Link href="/login" className="inline-block font-semibold text-brand-800 underline underline-offset-2">
          Opnieuw inloggen
        </Link>
      ) : (
        <SubmitButton variant="secondary" size="sm" busy={pending}>
          Overal uitloggen
        </SubmitButton>
      )}
    </form>
  );
}
