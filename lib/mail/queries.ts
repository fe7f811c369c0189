import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { outboxScope } from "@/lib/auth/scopes";

/** Admins see all mail; trainers the mail of their own trajects (lib/auth/scopes.ts). */
export async function listOutboxForActor(actor: Actor, take = 100) {
  assertCapability(actor, "outbox:read");
  return db().outboxMail.findMany({
    where: outboxScope(actor),
    orderBy: { createdAt: "desc" },
    take,
    include: { traject: { select: { id: true, employer: { select: { name: true } } } } },
  });
}
