import type { Metadata } from "next";
import Link from "next/link";
import { NO_CERTIFICATE, checkCertificate, type CertificateCheck } from "@/lib/certificates/check";
import { formatCertificateCode } from "@/lib/certificates/code";
import { cohortText } from "@/lib/certificates/labels";
import { formatDate } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { requestClientAddress } from "@/lib/security/request-client";

export const metadata: Metadata = { title: "Certificaat controleren", robots: { index: false, follow: false }, referrer: "same-origin" };

const link = "font-medium text-brand-700 underline underline-offset-4";

/**
 * The public check of a certificate, reached from its QR code or the form on /certificaat: no login, no
 * JavaScript. A valid certificate shows only the name, the cohort (or "overgenomen") and the date.
 */
export default async function CertificateCheckPage({ params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code;
  const result: CertificateCheck | string = await checkCertificate({ code, clientAddress: await requestClientAddress() }).catch((e) => {
    if (isAppError(e) && e.code === "RATE_LIMITED") return e.message;
    throw e;
  });
  return (
    <main id="inhoud" className="mx-auto max-w-md px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
      <h1 className="mt-1 text-2xl font-bold text-brand-800">Certificaat controleren</h1>
      {typeof result === "string" ? (
        <p className="mt-4 text-slate-800" data-testid="certificate-check" data-result="limited">
          {result}
        </p>
      ) : result.valid ? (
        <div className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-4" data-testid="certificate-check" data-result="valid">
          <p className="font-semibold text-slate-900">Dit certificaat is geldig.</p>
          <dl className="mt-3 space-y-1 text-slate-800">
            <div className="flex gap-2">
              <dt className="text-slate-600">Naam:</dt>
              <dd>{result.name}</dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-slate-600">Cohort:</dt>
              <dd>{cohortText(result)}</dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-slate-600">Datum:</dt>
              <dd>{formatDate(result.issuedAt)}</dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-slate-600">Code:</dt>
              <dd className="font-mono">{formatCertificateCode(result.code)}</dd>
            </div>
          </dl>
        </div>
      ) : (
        <p className="mt-4 text-slate-800" data-testid="certificate-check" data-result="none">
          {NO_CERTIFICATE}
        </p>
      )}
      <p className="mt-6">
        <Link href="/certificaat" className={link}>
          Een andere code controleren
        </Link>
      </p>
    </main>
  );
}
