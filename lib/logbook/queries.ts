import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";

/** The newest audit events (who did what, when). Project lead only. */
export async function listAuditEvents(actor: Actor, take = 200) {
  assertCapability(actor, "audit:read");
  return db().auditEvent.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, actorLabel: true, action: true, entityType: true, entityId: true, trajectId: true, createdAt: true },
  });
}
