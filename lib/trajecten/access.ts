import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";

/**
 * The one definition of "which trajects may this actor see". Every traject read or write is scoped
 * by it, so out of scope looks exactly like not found.
 */
export function trajectScope(actor: Actor): Prisma.TrajectWhereInput {
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "TRAINER":
      return { trainerId: actor.id };
    case "EXPERT":
      return { assignments: { some: { expertId: actor.id, status: { in: ["INVITED", "ACCEPTED"] } } } };
    case "EMPLOYER":
      return actor.employerId ? { employerId: actor.employerId } : { id: "__none__" };
    default:
      return { id: "__none__" };
  }
}

/** Throws NOT_FOUND unless the traject exists and is in the actor's scope; FORBIDDEN without the permission. */
export async function assertTrajectAccess({ actor, trajectId, permission }: { actor: Actor; trajectId: string; permission: Permission }) {
  assertCan(actor, permission);
  const found = await db().traject.findFirst({ where: { AND: [{ id: trajectId }, trajectScope(actor)] }, select: { id: true } });
  if (!found) throw notFound("Dit traject");
  return found;
}
