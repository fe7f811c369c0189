import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { RESET_NEEDS_ADMIN_MESSAGE, canMailResetLinks } from "@/lib/users/password-reset";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Wachtwoord vergeten" };

export default function ForgotPasswordPage() {
  return (
    <main id="inhoud" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="mb-2 text-center text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
        <h1 className="mb-2 text-center text-3xl font-bold text-brand-800">Wachtwoord vergeten?</h1>
        {canMailResetLinks() ? (
          <p className="mb-8 text-center text-slate-700">
            Geen probleem. Vul uw e-mailadres in; u krijgt een link om een nieuw wachtwoord te kiezen.
          </p>
        ) : (
          <p className="mb-8 rounded-xl border border-brand-100 bg-white p-6 text-slate-800 shadow-sm" data-testid="reset-ask-admin">
            {RESET_NEEDS_ADMIN_MESSAGE}
          </p>
        )}
        {canMailResetLinks() ? (
          <div className="rounded-xl border border-brand-100 bg-white p-6 shadow-sm">
            <ActionForm action={requestPasswordResetAction} submitLabel="Stuur mij een link" className="space-y-4">
              <div className="space-y-1">
                <label htmlFor="reset-email" className="block text-sm font-semibold text-slate-800">
                  E-mailadres
                </label>
                <input id="reset-email" name="email" type="email" autoComplete="email" required className={inputClass} />
              </div>
            </ActionForm>
          </div>
        ) : null}
        <p className="mt-6 text-center text-sm">
          <Link href="/login" className="text-brand-800 underline underline-offset-2">
            Terug naar inloggen
          </Link>
        </p>
      </div>
    </main>
  );
}
