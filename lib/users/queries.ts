import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";

/** Every account, for the admin's user page. Never the password hash. */
export async function listUsers(actor: Actor) {
  assertCapability(actor, "user:manage");
  const users = await db().user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      keyPerson: { select: { function: true } },
      passwordHash: true,
      employer: { select: { name: true } },
      expertProfile: { select: { paused: true } },
      // the certified state is a certificate that is not revoked (lib/certificates/status.ts)
      certificates: { select: { id: true, takenOver: true, revokedAt: true } },
      totpSecret: true,
      totpEnabledAt: true,
      emailChange: { select: { newEmail: true, expiresAt: true } },
    },
  });
  // whether a second factor is on or being set up; never the secret itself
  const now = new Date();
  return users.map(({ passwordHash, totpSecret, emailChange, certificates, ...u }) => ({
    ...u,
    certificates: {
      valid: certificates.filter((c) => c.revokedAt === null).length,
      revoked: certificates.filter((c) => c.revokedAt).length,
    },
    // a new login address waiting for its confirmation (lib/users/email-change.ts); an expired one is none
    pendingEmail: emailChange && emailChange.expiresAt > now ? emailChange.newEmail : null,
    hasPassword: passwordHash !== "",
    hasSecondFactor: totpSecret !== null,
  }));
}

export async function listEmployerChoices(actor: Actor) {
  assertCapability(actor, "user:manage");
  return db().employer.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
