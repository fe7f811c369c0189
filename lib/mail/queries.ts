import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { trajectScope } from "@/lib/trajecten/access";

/** Admins see all mail; trainers the mail of their own trajects. */
export async function listOutboxForActor(actor: Actor, take = 100) {
  assertCan(actor, "outbox:read");
  return db().outboxMail.findMany({
    where: actor.role === "ADMIN" ? {} : { traject: trajectScope(actor) },
    orderBy: { createdAt: "desc" },
    take,
    include: { traject: { select: { id: true, employer: { select: { name: true } } } } },
  });
}
