import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivateAccountForm } from "./_components/activate-account-form";
import { findAccountLink } from "@/lib/users/accounts";
import { activateAccountAction } from "./actions";

export const metadata: Metadata = {
  title: "Wachtwoord kiezen",
  robots: { index: false, follow: false },
  // the link is personal: never in other sites' referrer logs (same-origin keeps Next's form checks working)
  referrer: "same-origin",
};

export default async function ActivateAccountPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findAccountLink(token);
  if (!link) notFound();
  return (
    <main id="inhoud" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="mb-2 text-center text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
        <h1 className="mb-2 text-center text-3xl font-bold text-brand-800">Kies uw wachtwoord</h1>
        <p className="mb-8 text-center text-slate-700">
          Welkom, {link.user.name}. U logt straks in met <strong>{link.user.email}</strong> en het wachtwoord dat u hier kiest.
        </p>
        <div className="rounded-xl border border-brand-100 bg-white p-6 shadow-sm">
          <ActivateAccountForm token={token} action={activateAccountAction} />
        </div>
      </div>
    </main>
  );
}
