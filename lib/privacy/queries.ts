import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";

/** Every employer with what an export or an erasure would cover, for the admin's AVG page. */
export async function listEmployersForPrivacy(actor: Actor) {
  assertCapability(actor, "privacy:manage");
  const employers = await db().employer.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      sector: true,
      city: true,
      _count: { select: { trajecten: true, users: true } },
      trajecten: { select: { _count: { select: { invitations: true } } } },
    },
  });
  return employers.map((e) => ({
    id: e.id,
    name: e.name,
    sector: e.sector,
    city: e.city,
    trajecten: e._count.trajecten,
    accounts: e._count.users,
    invitations: e.trajecten.reduce((n, t) => n + t._count.invitations, 0),
  }));
}

/** The retention period in force, for the page that explains it. */
export const respondentRetentionDays = (): number => env().RESPONDENT_RETENTION_DAYS;
