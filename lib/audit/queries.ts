import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";

/** The newest audit events (who did what, when). Project lead only. */
export async function listAuditEvents(actor: Actor, take = 200) {
  assertCan(actor, "audit:read");
  return db().auditEvent.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, actorLabel: true, action: true, entityType: true, entityId: true, trajectId: true, createdAt: true },
  });
}
