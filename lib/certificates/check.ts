import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientLimitKey } from "@/lib/security/client-address";
import { normaliseCertificateCode } from "./code";

// The public check of a certificate (/certificaat/<code>, docs/decisions/036-certificates.md): no login,
// for anyone holding the paper or its QR code. A valid certificate shows its name, cohort (or that it
// was taken over) and date, nothing else. Everything else (a wrong code, a revoked certificate, a code
// of the wrong shape, the certificate of an erased account) is one and the same answer, so an outsider
// cannot tell "revoked" from "never existed". The limit per address counts every check before anything
// is looked up, so a malformed code costs a guesser as much as a well-formed one.

export const CHECKS_PER_ADDRESS = { limit: 30, windowSeconds: 600 };
export const TOO_MANY_CHECKS =
  "U heeft vanaf dit apparaat of netwerk veel codes kort na elkaar gecontroleerd. Wacht tien minuten en probeer het dan opnieuw.";

/** The neutral answer: the very same page for a wrong, revoked, malformed or erased code. */
export const NO_CERTIFICATE = "Er is geen geldig certificaat met deze code.";

export type CertificateCheck =
  { valid: true; code: string; name: string; cohortName: string | null; takenOver: boolean; issuedAt: Date } | { valid: false };

const NONE: CertificateCheck = { valid: false };

export async function checkCertificate({
  code,
  clientAddress,
}: {
  code: unknown;
  clientAddress: string | null;
}): Promise<CertificateCheck> {
  // without a known address (no proxy header in development) all such checks share one counter
  const key = `certificate-check:${clientAddress ? clientLimitKey(clientAddress) : "unknown"}`;
  if (!(await hitRateLimit(key, CHECKS_PER_ADDRESS)).allowed) throw new AppError("RATE_LIMITED", TOO_MANY_CHECKS);
  // only a well-formed code is looked up; the answer for any other is the same "no certificate"
  const normal = normaliseCertificateCode(code);
  if (!normal) return NONE;
  const found = await db().certificate.findUnique({
    where: { code: normal },
    select: { name: true, cohortName: true, takenOver: true, issuedAt: true, revokedAt: true },
  });
  if (!found || found.revokedAt) return NONE;
  return {
    valid: true,
    code: normal,
    name: found.name,
    cohortName: found.cohortName,
    takenOver: found.takenOver,
    issuedAt: found.issuedAt,
  };
}
