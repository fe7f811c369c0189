import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db";

/**
 * Who did it, as the log writes it down: a signed-in person (lib/auth's Actor fits), the scheduler or
 * another system actor, or the holder of a one-time link (no account session yet). Structural, so the
 * log below the features needs nothing from lib/auth.
 */
export type AuditActor = { id: string; name: string } | { kind: "system"; label: string } | { id: null; name: string };

export interface AuditInput {
  actor: AuditActor;
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
