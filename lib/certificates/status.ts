import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type DbClient } from "@/lib/db";

// The certified state of an expert (issue 27): a certificate that is not revoked, nothing else. Every
// place that asks "is this expert certified?" asks it here, as a Prisma filter on User (certifiedWhere)
// or as a lookup; there is no flag to drift out of step. Erasing the account removes its certificates
// (onDelete: Cascade), and with them the state.

/** A User filter: holds a certificate that is not revoked. */
export const certifiedWhere = { certificates: { some: { revokedAt: null } } } satisfies Prisma.UserWhereInput;

/** A User filter: holds no certificate that is not revoked (none at all, or only revoked ones). */
export const uncertifiedWhere = { certificates: { none: { revokedAt: null } } } satisfies Prisma.UserWhereInput;

export async function isCertified(userId: string, client: DbClient = db()): Promise<boolean> {
  return (await client.certificate.count({ where: { userId, revokedAt: null } })) > 0;
}

/** Which of these users are certified. */
export async function certifiedIds(userIds: string[], client: DbClient = db()): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await client.certificate.findMany({
    where: { userId: { in: userIds }, revokedAt: null },
    select: { userId: true },
    distinct: ["userId"],
  });
  return new Set(rows.map((r) => r.userId));
}
