import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { publish } from "@/lib/live/events";
import { AppError, notFound } from "@/lib/errors";
import { unsafeCreateNextStep, type NextStepFields } from "@/lib/gedragscode/next-steps";
import { isoDate } from "@/lib/zod";
import type { FollowUpKind, StepStatusKey } from "./labels";
import { INITIAL_FOLLOW_UP } from "./queries";
import type { Tx } from "@/lib/db";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";

export { followUpItems, openStepsForEmployerUser, type FollowUpItem, type OpenStep } from "./queries";

// Next steps that live on after the sessions (issue 13): the traject's next steps and every afspraak
// of its gedragscode that has an owner, as one list whose status the employer and the trainer keep up
// to date, also after closing. An afspraak's status lives in ClauseFollowUp, outside the clause, so it
// is never part of the signed content (lib/gedragscode/content-hash.ts) and never voids a signature.
//
// Versions: every status change raises the item's version; a form names the version it showed, and a
// different one is a CONFLICT, never a silent overwrite. An afspraak whose status nobody set yet has
// no ClauseFollowUp row and is at version 1, the column's default: the first change posts 1, creates
// the row and raises it to 2, exactly like a step.

const FOLLOW = "steps:follow";

export interface StepStatusChange {
  trajectId: string;
  kind: FollowUpKind;
  id: string;
  status: StepStatusKey;
  /** undefined keeps the note; "" removes it */
  note?: string;
  /** "Toch bewaren" of the health-data check */
  gezondheidscheck?: "bewaren";
  version: number;
}

const CONFLICT_MESSAGE: Record<FollowUpKind, string> = {
  step: "Iemand anders heeft deze stap intussen bijgewerkt. U ziet nu de nieuwe stand; uw wijziging is niet bewaard. Kies opnieuw als die nog nodig is.",
  clause:
    "Iemand anders heeft deze afspraak intussen bijgewerkt. U ziet nu de nieuwe stand; uw wijziging is niet bewaard. Kies opnieuw als die nog nodig is.",
};

/** Sets how a step or an afspraak is going, with a note; refused as CONFLICT when the version moved on. */
export async function setStepStatus({ actor, input }: { actor: Actor; input: StepStatusChange }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: FOLLOW });
  const data = {
    status: input.status,
    ...(input.note === undefined ? {} : { statusNote: input.note || null }),
    statusChangedAt: new Date(),
    statusChangedByName: actor.name,
    version: { increment: 1 },
  };
  return db().$transaction(async (tx) => {
    const { from, note } = input.kind === "step" ? await changeStep(tx, input, data) : await changeClause(tx, input, data);
    // the note reaches the employer, the report and the trainer: the health-data check reads it (a note
    // left as it was is not asked about again). After the write, in its transaction: a question rolls it back.
    const choice = await checkHealthText(
      { trajectId: input.trajectId, fields: { note: input.note }, stored: { note }, confirmed: input.gezondheidscheck },
      tx,
    );
    await recordHealthChoice(choice, actor, { type: input.kind === "step" ? "NextStep" : "GedragscodeClause", id: input.id }, tx);
    await recordAudit(
      {
        actor,
        action: "step.status",
        entityType: input.kind === "step" ? "NextStep" : "GedragscodeClause",
        entityId: input.id,
        trajectId: input.trajectId,
        // never the note: free text stays out of the log
        data: { from, to: input.status },
      },
      tx,
    );
    await publish(tx, "board", input.trajectId, { kind: "steps", actorName: actor.name });
    return { version: input.version + 1 };
  });
}

type StatusData = Prisma.NextStepUpdateManyMutationInput & Prisma.ClauseFollowUpUpdateManyMutationInput;

const conflict = (kind: FollowUpKind) => new AppError("CONFLICT", CONFLICT_MESSAGE[kind]);

// Both changes compare and set: the update names the version the form showed, so of two crossing
// updates exactly one matches; the other changes nothing and is a conflict. Each returns the status and
// the note as they were before.
type Before = { from: string; note: string | null };

async function changeStep(tx: Tx, input: StepStatusChange, data: StatusData): Promise<Before> {
  const step = await tx.nextStep.findFirst({
    where: { id: input.id, trajectId: input.trajectId },
    select: { status: true, version: true, statusNote: true },
  });
  if (!step) throw notFound("Deze stap");
  if (step.version !== input.version) throw conflict(input.kind);
  const changed = await tx.nextStep.updateMany({ where: { id: input.id, version: input.version }, data });
  if (changed.count === 0) throw conflict(input.kind);
  return { from: step.status, note: step.statusNote };
}

async function changeClause(tx: Tx, input: StepStatusChange, data: StatusData): Promise<Before> {
  const clause = await tx.gedragscodeClause.findFirst({
    where: { id: input.id, owner: { not: null }, gedragscode: { trajectId: input.trajectId } },
    select: { followUp: { select: { status: true, version: true, statusNote: true } } },
  });
  if (!clause) throw notFound("Deze afspraak");
  const current = clause.followUp ?? INITIAL_FOLLOW_UP;
  if (current.version !== input.version) throw conflict(input.kind);
  // the row at version 1 if there is none yet (two first changes at once: one creates, both compare)
  await tx.clauseFollowUp.createMany({ data: [{ clauseId: input.id }], skipDuplicates: true });
  const changed = await tx.clauseFollowUp.updateMany({ where: { clauseId: input.id, version: input.version }, data });
  if (changed.count === 0) throw conflict(input.kind);
  return { from: current.status, note: clause.followUp?.statusNote ?? null };
}

/**
 * A step added after the sessions, by the employer or the trainer, also once the traject is closed
 * (the session's own addNextStep needs gedragscode:edit and stays for the session).
 */
export async function addFollowUpStep({ actor, input }: { actor: Actor; input: NextStepFields }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: FOLLOW });
  // the form's schema refuses an impossible date already; a direct call is held to the same rule
  const due = isoDate({ optional: true }).safeParse(input.dueDate);
  if (!due.success) {
    const message = due.error.issues[0]?.message ?? "Kies een bestaande datum.";
    throw new AppError("VALIDATION", message, { dueDate: [message] });
  }
  return unsafeCreateNextStep({ actor, input, action: "step.add" });
}
