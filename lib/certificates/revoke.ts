import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError, notFound } from "@/lib/errors";
import type { CertificateIdInput } from "./schema";

// The admin revokes a certificate (the page asks to confirm first). From then on the expert is no
// longer certified (lib/certificates/status.ts): not offered for new trajects, and the public check
// gives the neutral "no certificate" answer. Revoked stays revoked: a new certificate is issued anew.

export async function revokeCertificate({ actor, input }: { actor: Actor; input: CertificateIdInput }) {
  assertCapability(actor, "user:manage");
  return db().$transaction(async (tx) => {
    // only a certificate still valid: two admins revoking at once, the second is told, nothing overwritten
    const updated = await tx.certificate.updateMany({
      where: { id: input.certificateId, revokedAt: null },
      data: { revokedAt: new Date(), revokedByName: actor.name },
    });
    const certificate = await tx.certificate.findUnique({ where: { id: input.certificateId }, select: { userId: true, name: true } });
    if (!certificate) throw notFound("Dit certificaat");
    if (updated.count === 0) throw new AppError("CONFLICT", "Dit certificaat was al ingetrokken.");
    await recordAudit({ actor, action: "certificate.revoke", entityType: "Certificate", entityId: input.certificateId }, tx);
    return { userId: certificate.userId, name: certificate.name };
  });
}
