import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

type Tx = Prisma.TransactionClient;

export interface AuditInput {
  actor: Actor | { id: null; name: string };
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
      actorId: input.actor.id,
      actorLabel: input.actor.name,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      trajectId: input.trajectId ?? null,
      data: input.data,
    },
  });
}
