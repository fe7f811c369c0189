import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability } from "@/lib/auth/guard";

export async function getGedragscodeForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  const [code, nextSteps] = await Promise.all([
    db().gedragscode.findUnique({
      where: { trajectId },
      include: { clauses: { orderBy: [{ section: "asc" }, { position: "asc" }] }, _count: { select: { revisions: true } } },
    }),
    db().nextStep.findMany({ where: { trajectId }, orderBy: { position: "asc" } }),
  ]);
  return { code, nextSteps };
}
