import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findEmailChangeLink } from "@/lib/users/email-change";
import { ConfirmEmailForm } from "./_components/confirm-email-form";
import { confirmEmailChangeAction } from "./actions";

export const metadata: Metadata = {
  title: "Nieuw e-mailadres bevestigen",
  robots: { index: false, follow: false },
  // the link is personal: never in other sites' referrer logs (same-origin keeps Next's form checks working)
  referrer: "same-origin",
};

// Opening the link changes nothing: the person confirms with the button (docs/decisions/020-admin-changes-email.md).
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const change = await findEmailChangeLink(token);
  if (!change) notFound();
  return (
    <main id="inhoud" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="mb-2 text-center text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
        <h1 className="mb-2 text-center text-3xl font-bold text-brand-800">Bevestig uw nieuwe e-mailadres</h1>
        <p className="mb-8 text-center text-slate-700">
          {change.user.name}, na uw bevestiging logt u in met <strong>{change.newEmail}</strong> en gaat de e-mail van de app naar dat
          adres. Uw wachtwoord blijft hetzelfde.
        </p>
        <div className="rounded-xl border border-brand-100 bg-white p-6 shadow-sm">
          <ConfirmEmailForm token={token} action={confirmEmailChangeAction} />
        </div>
      </div>
    </main>
  );
}
