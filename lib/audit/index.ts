import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor, SystemActor } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db";

export interface AuditInput {
  /** The signed-in actor, the scheduler, or the holder of a one-time link (no account session yet). */
  actor: Actor | SystemActor | { id: null; name: string };
  action: string;
  entityType: string;
  entityId: string;
  trajectId?: string | null;
  data?: Prisma.InputJsonValue;
}

/** Records who did what. Pass the transaction client so the event commits with the change itself. */
export async function recordAudit(input: AuditInput, tx: Tx = db()) {
  await tx.auditEvent.create({
    data: {
      actorId: "kind" in input.actor ? null : input.actor.id,
      actorLabel: "kind" in input.actor ? input.actor.label : input.actor.name,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      trajectId: input.trajectId ?? null,
      data: input.data,
    },
  });
}
