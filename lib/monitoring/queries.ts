import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { certifiedWhere } from "@/lib/certificates/status";

/** Project-lead figures. Counts only: no per-employer scan data leaves its traject here. */
export async function getMonitoringSummary(actor: Actor) {
  assertCapability(actor, "user:manage");
  const prisma = db();
  const [usersByRole, trajectsByStatus, invitations, submitted, codes, certifiedExperts] = await Promise.all([
    prisma.user.groupBy({ by: ["role"], _count: { _all: true } }),
    prisma.traject.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.scanInvitation.count({ where: { revokedAt: null } }),
    prisma.scanResponse.count({ where: { status: "SUBMITTED" } }),
    prisma.gedragscode.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.user.count({ where: { role: "EXPERT", ...certifiedWhere } }),
  ]);
  return {
    usersByRole: Object.fromEntries(usersByRole.map((r) => [r.role, r._count._all])) as Record<string, number>,
    trajectsByStatus: Object.fromEntries(trajectsByStatus.map((r) => [r.status, r._count._all])) as Record<string, number>,
    invitations,
    submitted,
    codesByStatus: Object.fromEntries(codes.map((r) => [r.status, r._count._all])) as Record<string, number>,
    certifiedExperts,
  };
}
