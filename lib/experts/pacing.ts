import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { EXPERT_ACCEPTED } from "@/lib/auth/capabilities";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { amsterdamInstant, isoDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { ensureExpertProfile } from "./profile";
import { FINISHED_TRAJECT_STATUSES, pauseWindowProblem, pauseState, takesNewTrajects, type PacingFacts } from "./pacing-rules";
import type { EndOwnPauseInput, OwnLimitInput, OwnPauseInput } from "./pacing-schema";

// The expert sets their own pace (ADR 037): a pause without a reason, and how many trajects at once.
// Version-checked like the rest of the profile (./profile.ts). The admin's pause (ExpertProfile.paused)
// is a separate switch and stays untouched here. The audit says that it changed, never the dates.

const PACING_SELECT = { selfPausedFrom: true, selfPausedUntil: true, maxActiveTrajects: true } as const;

/** How many trajects each expert is in now: accepted, in a traject not closed or stopped. */
export async function activeTrajectCounts(tx: Tx, expertIds: readonly string[]): Promise<Map<string, number>> {
  if (expertIds.length === 0) return new Map();
  const rows = await tx.expertAssignment.groupBy({
    by: ["expertId"],
    where: {
      expertId: { in: [...expertIds] },
      status: { in: [...EXPERT_ACCEPTED] },
      traject: { status: { notIn: [...FINISHED_TRAJECT_STATUSES] } },
    },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.expertId, r._count._all]));
}

/**
 * The experts of `expertIds` who are not to be asked for a new traject now, by their own pace: their
 * pause runs today, or they are at their own limit. (The admin's pause is matching's own filter.)
 */
export async function expertsNotTakingNew(tx: Tx, expertIds: readonly string[], now = new Date()): Promise<Set<string>> {
  if (expertIds.length === 0) return new Set();
  const profiles = await tx.expertProfile.findMany({
    where: { userId: { in: [...expertIds] } },
    select: { userId: true, ...PACING_SELECT },
  });
  const counts = await activeTrajectCounts(tx, expertIds);
  return new Set(profiles.filter((p) => !takesNewTrajects(p, counts.get(p.userId) ?? 0, now)).map((p) => p.userId));
}

/** The experts of `expertIds` whose own pause runs today: their nudges stay quiet (ADR 037). */
export async function selfPausedExperts(tx: Tx, expertIds: readonly string[], now = new Date()): Promise<Set<string>> {
  if (expertIds.length === 0) return new Set();
  const profiles = await tx.expertProfile.findMany({
    where: { userId: { in: [...expertIds] }, selfPausedFrom: { not: null } },
    select: { userId: true, ...PACING_SELECT },
  });
  return new Set(profiles.filter((p) => pauseState(p, now) === "active").map((p) => p.userId));
}

/**
 * The expert's own pace for /expert/tempo and their home: the pause, the limit, how many trajects run
 * now. Read only: a profile not made yet reads as version 1, which the first write makes (writeOwnPacing).
 */
export async function getOwnPacing(actor: Actor, now = new Date()) {
  assertCapability(actor, "pacing:own");
  const profile = await db().expertProfile.findUnique({ where: { userId: actor.id }, select: { ...PACING_SELECT, version: true } });
  const pacing: PacingFacts = profile ?? { selfPausedFrom: null, selfPausedUntil: null, maxActiveTrajects: null };
  const active = (await activeTrajectCounts(db(), [actor.id])).get(actor.id) ?? 0;
  return { pacing, version: profile?.version ?? 1, active, state: pauseState(pacing, now), today: isoDay(now) };
}

/** One version-checked write of the expert's own pace fields. */
async function writeOwnPacing(
  actor: Actor,
  version: number,
  data: Partial<PacingFacts>,
  action: "profile.selfPause" | "profile.selfPauseEnd" | "profile.ownLimit",
) {
  await db().$transaction(async (tx) => {
    await ensureExpertProfile(tx, actor.id);
    const updated = await tx.expertProfile.updateMany({
      where: { userId: actor.id, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new AppError(
        "CONFLICT",
        "Uw profiel is intussen ergens anders gewijzigd. Laad de pagina opnieuw; uw wijziging is nog niet opgeslagen.",
      );
    await recordAudit({ actor, action, entityType: "ExpertProfile", entityId: actor.id }, tx);
  });
}

/** A pause from a day until a day (inclusive), or until they end it. No reason: there is no field for one. */
export async function setOwnPause({ actor, input, now = new Date() }: { actor: Actor; input: OwnPauseInput; now?: Date }) {
  assertCapability(actor, "pacing:own");
  const problem = pauseWindowProblem(input.from, input.until, isoDay(now));
  if (problem) throw new AppError("VALIDATION", problem.message, { [problem.field]: [problem.message] });
  await writeOwnPacing(
    actor,
    input.version,
    { selfPausedFrom: amsterdamInstant(input.from), selfPausedUntil: input.until ? amsterdamInstant(input.until) : null },
    "profile.selfPause",
  );
}

/** Ends (or, before it began, withdraws) the expert's own pause, at once. */
export async function endOwnPause({ actor, input }: { actor: Actor; input: EndOwnPauseInput }) {
  assertCapability(actor, "pacing:own");
  await writeOwnPacing(actor, input.version, { selfPausedFrom: null, selfPausedUntil: null }, "profile.selfPauseEnd");
}

/** How many trajects at once (1–10), or no limit of their own (null). */
export async function setOwnLimit({ actor, input }: { actor: Actor; input: OwnLimitInput }) {
  assertCapability(actor, "pacing:own");
  const max = input.maxActiveTrajects;
  if (max !== null && !(Number.isInteger(max) && max >= 1 && max <= 10))
    throw new AppError("VALIDATION", "Kies 1 tot en met 10, of geen grens.", {
      maxActiveTrajects: ["Kies 1 tot en met 10, of geen grens."],
    });
  await writeOwnPacing(actor, input.version, { maxActiveTrajects: max }, "profile.ownLimit");
}
