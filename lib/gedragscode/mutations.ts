import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { amsterdamInstant } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { ClauseInput } from "./schema";

// The employer and the tandem draft the code together. Every change names the version it was based
// on: two people saving at once get a conflict, never a silent overwrite. Each change is kept as a
// numbered revision (a snapshot), so the history of the code is never lost.

type Tx = Prisma.TransactionClient;
const CONFLICT = "De gedragscode is intussen door iemand anders gewijzigd. Laad de pagina opnieuw en probeer het nog eens.";

async function change(actor: Actor, trajectId: string, version: number, action: string, apply: (tx: Tx, codeId: string) => Promise<void>) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:edit" });
  await db().$transaction(async (tx) => {
    const code =
      (await tx.gedragscode.findUnique({ where: { trajectId } })) ??
      (version === 0 ? await tx.gedragscode.create({ data: { trajectId, version: 0 } }) : null);
    if (!code || code.version !== version) throw new AppError("CONFLICT", CONFLICT);
    if (code.status === "VASTGESTELD" && action !== "gedragscode.reopen")
      throw new AppError("CONFLICT", "De code is vastgesteld. Zet hem eerst terug naar concept om te wijzigen.");
    await apply(tx, code.id);
    const bumped = await tx.gedragscode.updateMany({ where: { id: code.id, version }, data: { version: { increment: 1 } } });
    if (bumped.count === 0) throw new AppError("CONFLICT", CONFLICT);
    const snapshot = await tx.gedragscode.findUniqueOrThrow({
      where: { id: code.id },
      include: { clauses: { orderBy: [{ section: "asc" }, { position: "asc" }] } },
    });
    await tx.gedragscodeRevision.create({
      data: { gedragscodeId: code.id, number: snapshot.version, snapshot: JSON.parse(JSON.stringify(snapshot)), authorId: actor.id },
    });
    await recordAudit({ actor, action, entityType: "Gedragscode", entityId: code.id, trajectId }, tx);
  });
}

export const addClause = ({ actor, input }: { actor: Actor; input: ClauseInput }) =>
  change(actor, input.trajectId, input.version, "gedragscode.clause.add", async (tx, codeId) => {
    const position = await tx.gedragscodeClause.count({ where: { gedragscodeId: codeId, section: input.section } });
    await tx.gedragscodeClause.create({
      data: {
        gedragscodeId: codeId,
        section: input.section,
        title: input.title,
        body: input.body,
        themeKey: input.themeKey || null,
        owner: input.owner || null,
        position,
      },
    });
  });

export const removeClause = ({
  actor,
  trajectId,
  version,
  clauseId,
}: {
  actor: Actor;
  trajectId: string;
  version: number;
  clauseId: string;
}) =>
  change(actor, trajectId, version, "gedragscode.clause.remove", async (tx, codeId) => {
    const removed = await tx.gedragscodeClause.deleteMany({ where: { id: clauseId, gedragscodeId: codeId } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "Deze afspraak is niet gevonden.");
  });

export const setPreamble = ({
  actor,
  trajectId,
  version,
  preamble,
}: {
  actor: Actor;
  trajectId: string;
  version: number;
  preamble: string;
}) =>
  change(actor, trajectId, version, "gedragscode.preamble", async (tx, codeId) => {
    await tx.gedragscode.update({ where: { id: codeId }, data: { preamble: preamble || null } });
  });

export const adoptCode = ({
  actor,
  trajectId,
  version,
  adoptedByName,
}: {
  actor: Actor;
  trajectId: string;
  version: number;
  adoptedByName: string;
}) =>
  change(actor, trajectId, version, "gedragscode.adopt", async (tx, codeId) => {
    if ((await tx.gedragscodeClause.count({ where: { gedragscodeId: codeId } })) === 0)
      throw new AppError("VALIDATION", "Een code zonder afspraken kan niet worden vastgesteld.");
    await tx.gedragscode.update({ where: { id: codeId }, data: { status: "VASTGESTELD", adoptedAt: new Date(), adoptedByName } });
    await tx.traject.update({ where: { id: trajectId }, data: { outcome: "FORMELE_CODE" } });
  });

export const reopenCode = ({ actor, trajectId, version }: { actor: Actor; trajectId: string; version: number }) =>
  change(actor, trajectId, version, "gedragscode.reopen", async (tx, codeId) => {
    await tx.gedragscode.update({ where: { id: codeId }, data: { status: "CONCEPT", adoptedAt: null, adoptedByName: null } });
  });

export async function addNextStep({
  actor,
  input,
}: {
  actor: Actor;
  input: { trajectId: string; text: string; owner?: string; dueDate?: string };
}) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "gedragscode:edit" });
  const position = await db().nextStep.count({ where: { trajectId: input.trajectId } });
  const step = await db().nextStep.create({
    data: {
      trajectId: input.trajectId,
      text: input.text,
      owner: input.owner || null,
      dueDate: input.dueDate ? amsterdamInstant(input.dueDate, "12:00") : null,
      position,
    },
  });
  await recordAudit({ actor, action: "nextstep.add", entityType: "NextStep", entityId: step.id, trajectId: input.trajectId });
}

export async function removeNextStep({ actor, trajectId, nextStepId }: { actor: Actor; trajectId: string; nextStepId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:edit" });
  const removed = await db().nextStep.deleteMany({ where: { id: nextStepId, trajectId } });
  if (removed.count === 0) throw new AppError("NOT_FOUND", "Deze vervolgstap is niet gevonden.");
  await recordAudit({ actor, action: "nextstep.remove", entityType: "NextStep", entityId: nextStepId, trajectId });
}
