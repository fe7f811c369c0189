import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { normaliseCertificateCode } from "@/lib/certificates/code";
import { CheckForm } from "./_components/check-form";

export const metadata: Metadata = { title: "Certificaat controleren", robots: { index: false, follow: false }, referrer: "same-origin" };

/**
 * Where the certificate says to type its code (the QR code goes straight to the code's page). Any code
 * typed goes to that page, which alone answers: the same neutral answer for every code that is not a
 * valid certificate, whatever is wrong with it (docs/decisions/036-certificates.md).
 */
export default async function CheckCertificate({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code } = await searchParams;
  const typed = typeof code === "string" ? code.trim() : "";
  if (typed) {
    // a code of the wrong shape still gets the code page (and counts against the limit there), not a hint here
    const target = normaliseCertificateCode(typed) ?? (typed.replace(/[^A-Za-z0-9-]/g, "").slice(0, 40) || "onbekend");
    redirect(`/certificaat/${target}`);
  }
  return (
    <main id="inhoud" className="mx-auto max-w-md px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
      <h1 className="mt-1 text-2xl font-bold text-brand-800">Certificaat controleren</h1>
      <p className="mt-3 text-slate-700">
        Ervaringsdeskundigen van Weerbare Werkgever krijgen na hun training een certificaat. Vul de code van het certificaat in om te zien
        of het geldig is. U heeft geen account nodig.
      </p>
      <CheckForm />
    </main>
  );
}
