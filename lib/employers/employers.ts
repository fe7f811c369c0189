import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability, assertEmployerCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError, notFound } from "@/lib/errors";
import type {
  EmployerCreateInput,
  EmployerReassignInput,
  EmployerUpdateInput,
  WerkvloerArchiveInput,
  WerkvloerCreateInput,
  WerkvloerRenameInput,
} from "./schema";
import type { Tx } from "@/lib/db";

// An employer and its werkvloeren. Whoever creates an employer is its responsible trainer; the admin
// can hand it to another trainer. Trainers with a traject there may edit it too (ADR 004). Edits are
// versioned: one based on an older version is refused, never an overwrite.

const CONFLICT_MESSAGE =
  "Iemand anders heeft deze werkgever intussen gewijzigd. Laad de pagina opnieuw en kijk of uw wijziging nog nodig is.";
const DUPLICATE_MESSAGE =
  "Deze werkgever staat al in de app (dezelfde naam of hetzelfde KvK-nummer). Vraag de beheerder om hem aan u toe te wijzen.";

/** Same name (ignoring case) or same KvK number as another employer: one employer, one record. */
async function assertNoDuplicate(tx: Tx, input: { name: string; kvkNumber: string }, exceptId?: string) {
  const same = await tx.employer.findFirst({
    where: {
      id: exceptId ? { not: exceptId } : undefined,
      OR: [{ name: { equals: input.name, mode: "insensitive" } }, ...(input.kvkNumber ? [{ kvkNumber: input.kvkNumber }] : [])],
    },
    select: { name: true, kvkNumber: true },
  });
  if (!same) return;
  const field = same.name.toLowerCase() === input.name.toLowerCase() ? "name" : "kvkNumber";
  throw new AppError("VALIDATION", DUPLICATE_MESSAGE, {
    [field]: [field === "name" ? "Deze naam is al in gebruik." : "Dit KvK-nummer is al in gebruik."],
  });
}

const detailsOf = (input: { name: string; sector: string; city: string; kvkNumber: string }) => ({
  name: input.name,
  sector: input.sector,
  city: input.city || null,
  kvkNumber: input.kvkNumber || null,
});

export async function createEmployer({ actor, input }: { actor: Actor; input: EmployerCreateInput }) {
  assertCapability(actor, "employer:create");
  return db().$transaction(async (tx) => {
    // one at a time, so two trainers typing the same new employer cannot both create it
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7140003)`;
    await assertNoDuplicate(tx, input);
    const employer = await tx.employer.create({
      data: { ...detailsOf(input), responsibleTrainerId: actor.id, werkvloeren: { create: { name: input.werkvloerName } } },
    });
    await recordAudit(
      { actor, action: "employer.create", entityType: "Employer", entityId: employer.id, data: { name: employer.name } },
      tx,
    );
    return { id: employer.id };
  });
}

export async function updateEmployer({ actor, input }: { actor: Actor; input: EmployerUpdateInput }) {
  await assertEmployerCapability({ actor, employerId: input.employerId, capability: "employer:edit" });
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7140003)`;
    await assertNoDuplicate(tx, input, input.employerId);
    const updated = await tx.employer.updateMany({
      where: { id: input.employerId, version: input.version },
      data: { ...detailsOf(input), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    await recordAudit(
      { actor, action: "employer.update", entityType: "Employer", entityId: input.employerId, data: { name: input.name } },
      tx,
    );
    return { id: input.employerId };
  });
}

/** The admin hands an employer to another (active) trainer, e.g. when its trainer leaves. */
export async function reassignEmployer({ actor, input }: { actor: Actor; input: EmployerReassignInput }) {
  await assertEmployerCapability({ actor, employerId: input.employerId, capability: "employer:reassign" });
  await db().$transaction(async (tx) => {
    await assertActiveTrainer(tx, input.trainerId);
    await tx.employer.update({
      where: { id: input.employerId },
      data: { responsibleTrainerId: input.trainerId, version: { increment: 1 } },
    });
    await recordAudit(
      { actor, action: "employer.reassign", entityType: "Employer", entityId: input.employerId, data: { trainerId: input.trainerId } },
      tx,
    );
  });
}

/** Only an active trainer can be made responsible for an employer or a traject. */
export async function assertActiveTrainer(tx: Tx, trainerId: string) {
  const trainer = await tx.user.findFirst({ where: { id: trainerId, role: "TRAINER", active: true }, select: { id: true } });
  if (!trainer) throw new AppError("VALIDATION", "Kies een trainer uit de lijst.", { trainerId: ["Kies een trainer uit de lijst."] });
}

async function assertWerkvloerNameFree(tx: Tx, employerId: string, name: string, exceptId?: string) {
  const same = await tx.werkvloer.findFirst({
    where: { employerId, id: exceptId ? { not: exceptId } : undefined, name: { equals: name, mode: "insensitive" } },
    select: { id: true },
  });
  if (same) throw new AppError("VALIDATION", "Deze werkvloer bestaat al bij deze werkgever.", { name: ["Deze naam is al in gebruik."] });
}

export async function addWerkvloer({ actor, input }: { actor: Actor; input: WerkvloerCreateInput }) {
  await assertEmployerCapability({ actor, employerId: input.employerId, capability: "employer:edit" });
  return db().$transaction(async (tx) => {
    await assertWerkvloerNameFree(tx, input.employerId, input.name);
    const werkvloer = await tx.werkvloer.create({ data: { employerId: input.employerId, name: input.name } });
    await recordAudit(
      { actor, action: "werkvloer.create", entityType: "Werkvloer", entityId: werkvloer.id, data: { name: input.name } },
      tx,
    );
    return { id: werkvloer.id };
  });
}

/** The werkvloer and the actor's right to edit its employer; NOT_FOUND for a werkvloer of an employer they cannot see. */
async function editableWerkvloer(actor: Actor, werkvloerId: string) {
  const werkvloer = await db().werkvloer.findUnique({ where: { id: werkvloerId }, select: { id: true, employerId: true } });
  if (!werkvloer) throw notFound("Deze werkvloer");
  await assertEmployerCapability({ actor, employerId: werkvloer.employerId, capability: "employer:edit" });
  return werkvloer;
}

export async function renameWerkvloer({ actor, input }: { actor: Actor; input: WerkvloerRenameInput }) {
  const werkvloer = await editableWerkvloer(actor, input.werkvloerId);
  await db().$transaction(async (tx) => {
    await assertWerkvloerNameFree(tx, werkvloer.employerId, input.name, werkvloer.id);
    await tx.werkvloer.update({ where: { id: werkvloer.id }, data: { name: input.name } });
    await recordAudit(
      { actor, action: "werkvloer.rename", entityType: "Werkvloer", entityId: werkvloer.id, data: { name: input.name } },
      tx,
    );
  });
}

/** Archived werkvloeren are no longer offered for new trajects; trajects that have one keep it. */
export async function setWerkvloerArchived({ actor, input }: { actor: Actor; input: WerkvloerArchiveInput }) {
  const werkvloer = await editableWerkvloer(actor, input.werkvloerId);
  await db().$transaction(async (tx) => {
    await tx.werkvloer.update({ where: { id: werkvloer.id }, data: { archivedAt: input.archived ? new Date() : null } });
    await recordAudit(
      { actor, action: input.archived ? "werkvloer.archive" : "werkvloer.restore", entityType: "Werkvloer", entityId: werkvloer.id },
      tx,
    );
  });
}
