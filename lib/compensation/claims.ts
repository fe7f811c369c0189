import "server-only";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, isUniqueViolation } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability, assertTrajectCapability } from "@/lib/auth/guard";
import { claimableSessionScope, wasInTandemAt } from "@/lib/auth/scopes";
import type { Actor } from "@/lib/auth/roles";
import { amsterdamInstant, isoDay } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { claimAmountCents, formatEuro, type ClaimQuantities, type Rates } from "./amounts";
import { currentRates } from "./settings";
import type { ClaimActionInput, ClaimInput, ClaimQuantitiesInput, PeriodInput } from "./schema";
import type { Tx } from "@/lib/db";

// An expert's time and travel per held session: submitted by the expert → approved by the traject's
// trainer or the admin → paid (the admin, after finance paid it). A submitted claim is priced with
// the current rates and can still be changed by the expert; approval fixes the rates and the amount
// on the claim. A yearly maximum per expert gives a warning, never a refusal: the admin decides.

const CONFLICT_MESSAGE = "Deze declaratie is intussen gewijzigd. Laad de pagina opnieuw.";
const SESSION_NOT_FOUND = "Deze bijeenkomst is niet gevonden, of u kunt er geen vergoeding voor vragen.";

/** The Amsterdam calendar year a claim counts in: the year of its session. */
export const claimYear = (sessionDate: Date) => Number(isoDay(sessionDate).slice(0, 4));

type Priced = ClaimQuantities & { status: string; amountCents: number | null };

/** A claim's amount: fixed once approved, otherwise what the current rates give. */
export const amountOf = (claim: Priced, rates: Rates) => claim.amountCents ?? claimAmountCents(claim, rates);

const QUANTITIES = {
  preparationMinutes: true,
  sessionMinutes: true,
  travelMinutes: true,
  travelMode: true,
  distanceTenthKm: true,
  transitCents: true,
} as const;

/** What an expert's claims in one year add up to (submitted ones at the current rates). */
async function yearTotalCents(tx: Tx, expertId: string, year: number, rates: Rates): Promise<number> {
  const claims = await tx.compensationClaim.findMany({
    where: { expertId, sessionDate: { gte: amsterdamInstant(`${year}-01-01`), lt: amsterdamInstant(`${year + 1}-01-01`) } },
    select: { ...QUANTITIES, status: true, amountCents: true },
  });
  return claims.reduce((sum, c) => sum + amountOf(c, rates), 0);
}

/** "Hiermee komen uw vergoedingen in 2026 op € 2.150,00, boven het jaarmaximum van € 2.000,00." when the year passes the cap. */
export function capWarning(whose: string, year: number, totalCents: number, capCents: number | null): string | null {
  if (capCents === null || totalCents <= capCents) return null;
  return `Hiermee komen ${whose} in ${year} op ${formatEuro(totalCents)}, boven het jaarmaximum van ${formatEuro(capCents)}.`;
}

/** A claimable session with what the claim needs and the expert's own assignment (for wasInTandemAt). */
const claimableSessionSelect = (actor: Actor) =>
  ({
    id: true,
    number: true,
    scheduledAt: true,
    trajectId: true,
    traject: {
      select: {
        employer: { select: { name: true } },
        assignments: { where: { expertId: actor.id }, select: { status: true, respondedAt: true } },
      },
    },
  }) as const;

/** The held sessions the expert may claim for, with their claim, the current rates and the year totals. */
export async function claimsOverviewForExpert(actor: Actor) {
  assertCapability(actor, "compensation:claim");
  const rates = await currentRates();
  const sessions = await db().trajectSession.findMany({
    where: claimableSessionScope(actor),
    orderBy: { scheduledAt: "desc" },
    select: claimableSessionSelect(actor),
  });
  const claims = await db().compensationClaim.findMany({ where: { expertId: actor.id }, orderBy: { sessionDate: "desc" } });
  const cap = await db().compensationCap.findUnique({ where: { expertId: actor.id }, select: { yearlyCents: true } });
  const claimOf = new Map(claims.filter((c) => c.sessionId).map((c) => [c.sessionId!, c]));
  const claimable = sessions.filter((s) => s.traject.assignments.some((a) => wasInTandemAt(a, s)));
  const years = new Map<number, number>();
  for (const c of claims) years.set(claimYear(c.sessionDate), (years.get(claimYear(c.sessionDate)) ?? 0) + amountOf(c, rates));
  return {
    rates,
    capCents: cap?.yearlyCents ?? null,
    years: [...years].sort(([a], [b]) => b - a).map(([year, totalCents]) => ({ year, totalCents })),
    sessions: claimable.map((s) => {
      const claim = claimOf.get(s.id) ?? null;
      return {
        trajectId: s.trajectId,
        number: s.number,
        scheduledAt: s.scheduledAt!,
        employerName: s.traject.employer.name,
        claim: claim ? { ...claim, amount: amountOf(claim, rates) } : null,
      };
    }),
    /** Claims whose session went with its employer's erasure (or whose cohort was removed): still theirs to see. */
    detached: claims.filter((c) => !c.sessionId && !c.trainingSessionId).map((c) => ({ ...c, amount: amountOf(c, rates) })),
  };
}

/** Submits or (while not yet approved) changes the expert's claim for one held session; returns a cap warning, if any. */
export async function submitClaim({ actor, input }: { actor: Actor; input: ClaimInput }): Promise<{ warning: string | null }> {
  assertCapability(actor, "compensation:claim");
  const session = await db().trajectSession.findFirst({
    where: { ...claimableSessionScope(actor), trajectId: input.trajectId, number: input.number },
    select: claimableSessionSelect(actor),
  });
  if (!session || !session.traject.assignments.some((a) => wasInTandemAt(a, session))) throw new AppError("NOT_FOUND", SESSION_NOT_FOUND);
  return saveClaim({
    actor,
    input,
    trajectId: input.trajectId,
    action: "compensation.submit",
    existing: { sessionId_expertId: { sessionId: session.id, expertId: actor.id } },
    create: {
      sessionId: session.id,
      sessionDate: session.scheduledAt!,
      sessionNumber: session.number,
      employerName: session.traject.employer.name,
    },
  });
}

/**
 * The one way a claim is stored, for a traject session or a training session (./training-claims.ts):
 * the health-data check on the note, the version check, the audit, and the year's cap warning.
 */
export async function saveClaim({
  actor,
  input,
  trajectId,
  action,
  existing: where,
  create,
}: {
  actor: Actor;
  input: ClaimQuantitiesInput;
  trajectId: string | null;
  action: "compensation.submit" | "compensation.submitTraining";
  existing: Prisma.CompensationClaimWhereUniqueInput;
  create: Pick<
    Prisma.CompensationClaimUncheckedCreateInput,
    "sessionId" | "trainingSessionId" | "sessionDate" | "sessionNumber" | "employerName"
  >;
}): Promise<{ warning: string | null }> {
  const travel = input.travelMode;
  const data = {
    preparationMinutes: input.preparationHours,
    sessionMinutes: input.sessionHours,
    travelMinutes: input.travelHours,
    travelMode: travel,
    distanceTenthKm: travel === "CAR" ? input.kilometres : 0,
    transitCents: travel === "PUBLIC_TRANSPORT" ? input.transitCosts : 0,
    note: input.note,
  };
  try {
    return await db().$transaction(async (tx) => {
      const existing = await tx.compensationClaim.findUnique({ where, select: { id: true, status: true, version: true, note: true } });
      // the note reaches the admin and finance: the health-data check reads it
      const choice = await checkHealthText(
        { trajectId, fields: { note: input.note }, stored: { note: existing?.note }, confirmed: input.gezondheidscheck },
        tx,
      );
      let claimId: string;
      if (existing) {
        if (existing.status !== "SUBMITTED")
          throw new AppError(
            "VALIDATION",
            "Deze declaratie is al goedgekeurd en verandert niet meer. Klopt er iets niet? Neem contact op met uw trainer.",
          );
        if (input.version !== existing.version) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
        await tx.compensationClaim.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } });
        claimId = existing.id;
      } else {
        if (input.version !== undefined) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
        claimId = (await tx.compensationClaim.create({ data: { ...data, ...create, expertId: actor.id }, select: { id: true } })).id;
      }
      await recordAudit({ actor, action, entityType: "CompensationClaim", entityId: claimId, trajectId }, tx);
      await recordHealthChoice(choice, actor, { type: "CompensationClaim", id: claimId }, tx);
      const year = claimYear(create.sessionDate as Date);
      const cap = await tx.compensationCap.findUnique({ where: { expertId: actor.id }, select: { yearlyCents: true } });
      const total = await yearTotalCents(tx, actor.id, year, await currentRates(tx));
      return { warning: capWarning("uw vergoedingen", year, total, cap?.yearlyCents ?? null) };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    throw e;
  }
}

/** The claim and who may approve it: the traject's trainer (compensation:approve) or, always, the admin. */
async function claimForApproval(actor: Actor, claimId: string) {
  const claim = await db().compensationClaim.findUnique({
    where: { id: claimId },
    select: { id: true, status: true, version: true, ...QUANTITIES, session: { select: { trajectId: true } } },
  });
  if (!claim) throw notFound("Deze declaratie");
  if (claim.session) await assertTrajectCapability({ actor, trajectId: claim.session.trajectId, capability: "compensation:approve" });
  else assertCapability(actor, "compensation:manage");
  return claim;
}

export async function approveClaim({ actor, input }: { actor: Actor; input: ClaimActionInput }) {
  const claim = await claimForApproval(actor, input.claimId);
  if (claim.status !== "SUBMITTED") throw new AppError("VALIDATION", "Deze declaratie is al goedgekeurd.");
  // the amount is priced from what the approver saw: that version, or a conflict (the update checks it again)
  if (claim.version !== input.version) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
  await db().$transaction(async (tx) => {
    const rates = await currentRates(tx);
    const updated = await tx.compensationClaim.updateMany({
      where: { id: claim.id, version: input.version, status: "SUBMITTED" },
      data: {
        status: "APPROVED",
        hourlyCents: rates.hourlyCents,
        perKmCents: rates.perKmCents,
        amountCents: claimAmountCents(claim, rates),
        approvedById: actor.id,
        approvedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    await recordAudit(
      { actor, action: "compensation.approve", entityType: "CompensationClaim", entityId: claim.id, trajectId: claim.session?.trajectId },
      tx,
    );
  });
}

/** After finance paid it: the admin marks an approved claim paid. */
export async function markClaimPaid({ actor, input }: { actor: Actor; input: ClaimActionInput }) {
  assertCapability(actor, "compensation:manage");
  await db().$transaction(async (tx) => {
    const claim = await tx.compensationClaim.findUnique({ where: { id: input.claimId }, select: { id: true, status: true } });
    if (!claim) throw notFound("Deze declaratie");
    if (claim.status !== "APPROVED")
      throw new AppError("VALIDATION", claim.status === "PAID" ? "Deze declaratie is al betaald." : "Keur de declaratie eerst goed.");
    const updated = await tx.compensationClaim.updateMany({
      where: { id: claim.id, version: input.version, status: "APPROVED" },
      data: { status: "PAID", paidAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    await recordAudit({ actor, action: "compensation.paid", entityType: "CompensationClaim", entityId: claim.id }, tx);
  });
}

const LIST_SELECT = {
  id: true,
  ...QUANTITIES,
  note: true,
  status: true,
  amountCents: true,
  version: true,
  sessionDate: true,
  sessionNumber: true,
  employerName: true,
  submittedAt: true,
  approvedAt: true,
  paidAt: true,
  expertId: true,
  expert: { select: { name: true, compensationCap: { select: { yearlyCents: true } } } },
  session: { select: { trajectId: true } },
} as const;

type Listed = Prisma.CompensationClaimGetPayload<{ select: typeof LIST_SELECT }>;

/** Each claim with its amount and, while it waits for approval, a warning if the expert's year passes their cap. */
async function withAmounts(claims: Listed[], rates: Rates) {
  const totals = new Map<string, number>();
  for (const key of new Set(claims.map((c) => `${c.expertId}|${claimYear(c.sessionDate)}`))) {
    const [expertId, year] = key.split("|");
    totals.set(key, await yearTotalCents(db(), expertId!, Number(year), rates));
  }
  return claims.map((c) => {
    const year = claimYear(c.sessionDate);
    const warning =
      c.status === "SUBMITTED"
        ? capWarning(
            `de vergoedingen van ${c.expert.name}`,
            year,
            totals.get(`${c.expertId}|${year}`)!,
            c.expert.compensationCap?.yearlyCents ?? null,
          )
        : null;
    return { ...c, amount: amountOf(c, rates), warning };
  });
}

/** The claims for one traject's sessions, for its trainer (and the admin). */
export async function claimsForTraject({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "compensation:approve" });
  const rates = await currentRates();
  const claims = await db().compensationClaim.findMany({
    where: { session: { trajectId } },
    orderBy: [{ sessionNumber: "asc" }, { submittedAt: "asc" }],
    select: LIST_SELECT,
  });
  return { rates, claims: await withAmounts(claims, rates) };
}

export const CLAIM_STATUSES = ["SUBMITTED", "APPROVED", "PAID"] as const;

/** Every claim whose session falls in the period, for the admin; optionally one status. */
export async function claimsForAdmin({
  actor,
  period,
  status,
}: {
  actor: Actor;
  period: PeriodInput;
  status?: (typeof CLAIM_STATUSES)[number];
}) {
  assertCapability(actor, "compensation:manage");
  const rates = await currentRates();
  const claims = await db().compensationClaim.findMany({
    where: { sessionDate: periodWhere(period), ...(status ? { status } : {}) },
    orderBy: [{ sessionDate: "asc" }, { submittedAt: "asc" }],
    select: LIST_SELECT,
  });
  return { rates, claims: await withAmounts(claims, rates) };
}

/** Both days included, as Amsterdam calendar days. */
export function periodWhere(period: PeriodInput) {
  const dayAfter = new Date(Date.parse(`${period.to}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { gte: amsterdamInstant(period.from), lt: amsterdamInstant(dayAfter) };
}
