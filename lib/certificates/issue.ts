import type { Tx } from "@/lib/db";
import { newCertificateCode } from "./code";

// Issuing, in the caller's transaction: the admin's confirmation that a participant completed their
// cohort (lib/training) issues it; the migration gave experts certified before certificates existed one
// marked "overgenomen". The name and the cohort's name are kept as printed.
// Not marked server-only: the demo seed and the test factories issue certificates the same way.

export interface NewCertificate {
  userId: string;
  name: string;
  cohortId: string | null;
  cohortName: string | null;
  issuedByName: string;
}

export async function createCertificate(tx: Tx, input: NewCertificate) {
  // a unique code; a collision (about 1 in 10^14 per pair) is retried rather than assumed away
  for (let attempt = 0; ; attempt++) {
    const code = newCertificateCode();
    if (attempt < 3 && (await tx.certificate.findUnique({ where: { code }, select: { id: true } }))) continue;
    return tx.certificate.create({ data: { ...input, code } });
  }
}
