import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { amsterdamInstant } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { publish } from "@/lib/live/events";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";

// Agreed next steps: part of every report, and its heart when no formal code was reached. They are
// not part of the code's signed content, so adding one never voids a signature.

export interface NextStepFields {
  trajectId: string;
  text: string;
  owner?: string;
  dueDate?: string;
  /** "Toch bewaren" of the health-data check */
  gezondheidscheck?: "bewaren";
}

/**
 * Adds a step at the end of the traject's list, audited under `action` and announced to the live
 * board. Unsafe: no capability check of its own; callers made theirs (the session's gedragscode:edit,
 * the follow-up's steps:follow), so only they may call it (tests/unit/actor-functions.test.ts).
 */
export async function unsafeCreateNextStep({ actor, input, action }: { actor: Actor; input: NextStepFields; action: string }) {
  return db().$transaction(async (tx) => {
    const fields = { text: input.text, owner: input.owner };
    const choice = await checkHealthText({ trajectId: input.trajectId, fields, confirmed: input.gezondheidscheck }, tx);
    const position = await tx.nextStep.count({ where: { trajectId: input.trajectId } });
    const step = await tx.nextStep.create({
      data: {
        trajectId: input.trajectId,
        text: input.text,
        owner: input.owner || null,
        dueDate: input.dueDate ? amsterdamInstant(input.dueDate, "12:00") : null,
        position,
      },
    });
    await recordAudit({ actor, action, entityType: "NextStep", entityId: step.id, trajectId: input.trajectId }, tx);
    await recordHealthChoice(choice, actor, { type: "NextStep", id: step.id }, tx);
    await publish(tx, "board", input.trajectId, { kind: "steps", actorName: actor.name });
    return { nextStepId: step.id };
  });
}

export async function addNextStep({ actor, input }: { actor: Actor; input: NextStepFields }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "gedragscode:edit" });
  await unsafeCreateNextStep({ actor, input, action: "nextstep.add" });
}

export async function removeNextStep({ actor, trajectId, nextStepId }: { actor: Actor; trajectId: string; nextStepId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:edit" });
  await db().$transaction(async (tx) => {
    const removed = await tx.nextStep.deleteMany({ where: { id: nextStepId, trajectId } });
    if (removed.count === 0) throw notFound("Deze vervolgstap");
    await recordAudit({ actor, action: "nextstep.remove", entityType: "NextStep", entityId: nextStepId, trajectId }, tx);
    await publish(tx, "board", trajectId, { kind: "steps", actorName: actor.name });
  });
}
