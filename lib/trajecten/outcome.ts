import "server-only";
import type { DbClient } from "@/lib/db";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { allowedOutcomes, deriveOutcome, type Outcome, type OutcomeFacts } from "./outcome-rules";

export async function outcomeFacts(client: DbClient, trajectId: string): Promise<OutcomeFacts> {
  const [code, nextSteps] = await Promise.all([
    client.gedragscode.findUnique({ where: { trajectId }, select: { status: true, _count: { select: { clauses: true } } } }),
    client.nextStep.count({ where: { trajectId } }),
  ]);
  return { codeAdopted: code?.status === "VASTGESTELD", clauses: code?._count.clauses ?? 0, nextSteps };
}

/** The outcome as the report and the traject page read it: the recorded one, else what exists now. */
export async function currentOutcome(client: DbClient, trajectId: string) {
  const [traject, facts] = await Promise.all([
    client.traject.findUniqueOrThrow({ where: { id: trajectId }, select: { outcome: true, outcomeConfirmedAt: true } }),
    outcomeFacts(client, trajectId),
  ]);
  return {
    outcome: (traject.outcome ?? deriveOutcome(facts)) as Outcome,
    derived: deriveOutcome(facts),
    confirmedAt: traject.outcomeConfirmedAt,
    allowed: allowedOutcomes(facts),
  };
}

/** The outcome for the traject page: whoever sees the traject sees its outcome. */
export async function trajectOutcomeForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "traject:view" });
  return currentOutcome(db(), trajectId);
}

/** At closing: the outcome is derived from what exists (the trainer confirms it afterwards). */
export async function recordDerivedOutcome(client: DbClient, trajectId: string) {
  const outcome = deriveOutcome(await outcomeFacts(client, trajectId));
  await client.traject.update({ where: { id: trajectId }, data: { outcome, outcomeConfirmedAt: null } });
}

/** The trainer confirms (or corrects) the outcome of a closed traject, within what exists. */
export async function confirmOutcome({ actor, trajectId, outcome }: { actor: Actor; trajectId: string; outcome: Outcome }) {
  await assertTrajectCapability({ actor, trajectId, capability: "traject:plan" });
  await db().$transaction(async (tx) => {
    const traject = await tx.traject.findUniqueOrThrow({ where: { id: trajectId }, select: { status: true } });
    if (traject.status !== "CLOSED") throw new AppError("VALIDATION", "De uitkomst legt u vast als het traject is afgerond.");
    if (!allowedOutcomes(await outcomeFacts(tx, trajectId)).includes(outcome))
      throw new AppError(
        "VALIDATION",
        "Deze uitkomst past niet bij wat er is: een formele code moet eerst door de werkgever zijn vastgesteld.",
        {
          outcome: ["Kies een uitkomst die past bij wat er is."],
        },
      );
    await tx.traject.update({ where: { id: trajectId }, data: { outcome, outcomeConfirmedAt: new Date() } });
    await recordAudit({ actor, action: "traject.outcome", entityType: "Traject", entityId: trajectId, trajectId, data: { outcome } }, tx);
  });
}
