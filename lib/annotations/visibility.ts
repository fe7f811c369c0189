import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";

/**
 * Which annotations an actor may read. The expert decides what is shared: PRIVATE notes are only
 * ever visible to their author, TANDEM to the trainer and experts of the traject, EMPLOYER to all.
 */
export function visibleAnnotations(actor: Actor): Prisma.AnnotationWhereInput {
  switch (actor.role) {
    case "EXPERT":
      return { OR: [{ visibility: { in: ["TANDEM", "EMPLOYER"] } }, { authorId: actor.id }] };
    case "TRAINER":
    case "ADMIN":
      return { visibility: { in: ["TANDEM", "EMPLOYER"] } };
    default:
      return { visibility: "EMPLOYER" };
  }
}
