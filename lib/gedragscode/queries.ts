import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { assertTrajectAccess } from "@/lib/trajecten/access";

export async function getGedragscodeForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectAccess({ actor, trajectId, permission: "traject:read" });
  const [code, nextSteps] = await Promise.all([
    db().gedragscode.findUnique({
      where: { trajectId },
      include: { clauses: { orderBy: [{ section: "asc" }, { position: "asc" }] }, _count: { select: { revisions: true } } },
    }),
    db().nextStep.findMany({ where: { trajectId }, orderBy: { position: "asc" } }),
  ]);
  return { code, nextSteps };
}
