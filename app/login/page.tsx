import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "./_components/login-form";
import { getActor } from "@/lib/auth/session";
import { homeOf } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Inloggen" };

export default async function LoginPage() {
  const actor = await getActor();
  if (actor) redirect(homeOf(actor));
  return (
    <main id="inhoud" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="mb-2 text-center text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
        <h1 className="mb-2 text-center text-3xl font-bold text-brand-800">Inloggen</h1>
        <p className="mb-8 text-center text-slate-700">Samen werken aan een werkvloer waar iedereen mentaal mee kan doen.</p>
        <div className="rounded-xl border border-brand-100 bg-white p-6 shadow-sm">
          <LoginForm />
        </div>
        <p className="mt-6 text-center text-sm text-slate-600">
          Heeft u een uitnodiging voor de bedrijfsscan gekregen? Dan heeft u geen account nodig: gebruik de link uit uw e-mail.
        </p>
        <p className="mt-3 text-center text-sm">
          <a href="/privacy" className="text-brand-800 underline underline-offset-2">
            Privacy: hoe we met uw gegevens omgaan
          </a>
        </p>
      </div>
    </main>
  );
}
