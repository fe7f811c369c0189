import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FirstAdminForm } from "./_components/first-admin-form";
import { setupLinkUsable } from "@/lib/setup/first-admin";
import { createFirstAdminAction } from "./actions";

export const metadata: Metadata = {
  title: "Eerste beheerder",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

export default async function FirstAdminPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await setupLinkUsable(token))) notFound();
  return (
    <main id="inhoud" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="mb-2 text-center text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
        <h1 className="mb-2 text-center text-3xl font-bold text-brand-800">De eerste beheerder</h1>
        <p className="mb-8 text-center text-slate-700">
          Welkom. Er is nog niemand die de app beheert. Vul uw gegevens in: daarna logt u in en maakt u accounts voor trainers en
          ervaringsdeskundigen.
        </p>
        <div className="rounded-xl border border-brand-100 bg-white p-6 shadow-sm">
          <FirstAdminForm token={token} action={createFirstAdminAction} />
        </div>
      </div>
    </main>
  );
}
