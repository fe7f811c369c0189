import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Rates } from "./amounts";
import type { CapInput, RatesInput } from "./schema";
import type { Tx } from "@/lib/db";

// The admin's side of compensation: one hourly rate and one kilometre rate for everyone, and an
// optional yearly maximum per expert (a volunteer allowance has a legal maximum; the admin enters the
// one that applies). Until the admin sets the rates they are zero, and the pages say so.

const RATES_ID = "rates";

export interface CurrentRates extends Rates {
  version: number;
  /** false until the admin saved rates once */
  set: boolean;
}

export async function currentRates(tx: Tx = db()): Promise<CurrentRates> {
  const row = await tx.compensationRates.findUnique({ where: { id: RATES_ID } });
  return row
    ? { hourlyCents: row.hourlyCents, perKmCents: row.perKmCents, version: row.version, set: true }
    : { hourlyCents: 0, perKmCents: 0, version: 1, set: false };
}

export async function setCompensationRates({ actor, input }: { actor: Actor; input: RatesInput }) {
  assertCapability(actor, "compensation:manage");
  await db().$transaction(async (tx) => {
    const data = { hourlyCents: input.hourly, perKmCents: input.perKm };
    const existing = await tx.compensationRates.findUnique({ where: { id: RATES_ID }, select: { version: true } });
    const stale = existing ? existing.version !== input.version : input.version !== 1;
    if (stale) throw new AppError("CONFLICT", "De tarieven zijn intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
    if (existing) await tx.compensationRates.update({ where: { id: RATES_ID }, data: { ...data, version: { increment: 1 } } });
    else await tx.compensationRates.create({ data: { id: RATES_ID, ...data, version: 2 } });
    await recordAudit({ actor, action: "compensation.rates", entityType: "CompensationRates", entityId: RATES_ID, data }, tx);
  });
}

/** Sets or (empty amount) removes an expert's yearly maximum. */
export async function setCompensationCap({ actor, input }: { actor: Actor; input: CapInput }) {
  assertCapability(actor, "compensation:manage");
  await db().$transaction(async (tx) => {
    const expert = await tx.user.findFirst({ where: { id: input.expertId, role: "EXPERT" }, select: { id: true } });
    if (!expert) throw new AppError("NOT_FOUND", "Deze ervaringsdeskundige is niet gevonden.");
    if (input.yearly === 0) await tx.compensationCap.deleteMany({ where: { expertId: expert.id } });
    else
      await tx.compensationCap.upsert({
        where: { expertId: expert.id },
        update: { yearlyCents: input.yearly },
        create: { expertId: expert.id, yearlyCents: input.yearly },
      });
    await recordAudit(
      { actor, action: "compensation.cap", entityType: "User", entityId: expert.id, data: { yearlyCents: input.yearly || null } },
      tx,
    );
  });
}

/** Every expert account with its yearly maximum, for the admin's page. */
export async function listExpertCaps(actor: Actor) {
  assertCapability(actor, "compensation:manage");
  const experts = await db().user.findMany({
    where: { role: "EXPERT" },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, active: true, compensationCap: { select: { yearlyCents: true } } },
  });
  return experts.map((e) => ({ id: e.id, name: e.name, active: e.active, yearlyCents: e.compensationCap?.yearlyCents ?? null }));
}
