import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { amsterdamInstant, isoDay, shiftIsoDay } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { recordId } from "@/lib/zod";
import { countIndicators, type Indicators } from "./indicator-counts";
import type { IndicatorPeriod } from "./candidate-schema";
import type { CandidateStatusKey } from "./labels";

// What the admin's candidate pages read (/beheer/kandidaten), and the figures a programme view reuses.

/** Every candidate, newest first, or those with one status; with the cohorts their account is in. */
export async function listCandidates({ actor, status }: { actor: Actor; status?: CandidateStatusKey }) {
  assertCapability(actor, "candidate:manage");
  const candidates = await db().expertCandidate.findMany({
    where: status ? { status } : {},
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      channel: true,
      status: true,
      statusChangedAt: true,
      createdAt: true,
      user: { select: { cohortParticipations: { select: { cohort: { select: { name: true } } } } } },
    },
  });
  return candidates.map(({ user, ...c }) => ({ ...c, cohorts: user?.cohortParticipations.map((p) => p.cohort.name) ?? [] }));
}

/** One candidate for its page, with the cohorts it could start in (those not yet over). */
export async function getCandidateForAdmin({ actor, candidateId }: { actor: Actor; candidateId: string }) {
  assertCapability(actor, "candidate:manage");
  // the id comes straight from the URL: one that cannot be an id is not found
  if (!recordId().safeParse(candidateId).success) throw notFound("Deze kandidaat");
  const candidate = await db().expertCandidate.findUnique({
    where: { id: candidateId },
    include: {
      user: {
        select: {
          id: true,
          active: true,
          cohortParticipations: { select: { createdAt: true, cohort: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  if (!candidate) throw notFound("Deze kandidaat");
  const cohorts = await db().cohort.findMany({
    where: { endsOn: { gte: amsterdamInstant(isoDay(new Date())) } },
    orderBy: [{ startsOn: "asc" }, { name: "asc" }],
    select: { id: true, name: true, startsOn: true, endsOn: true },
  });
  return { candidate, cohorts };
}

/** The period the figures show when none is asked: this calendar year up to today. */
export function defaultIndicatorPeriod(now = new Date()): IndicatorPeriod {
  const today = isoDay(now);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/**
 * The programme's first indicators (§5.1): per channel, recruited, started in a cohort, stopped and
 * certified within the period (Amsterdam days, both included). From the data, never counted by hand.
 */
export async function candidateIndicators(actor: Actor, period: IndicatorPeriod): Promise<IndicatorPeriod & Indicators> {
  assertCapability(actor, "candidate:manage");
  const candidates = await db().expertCandidate.findMany({
    select: {
      channel: true,
      createdAt: true,
      status: true,
      statusChangedAt: true,
      stoppedAt: true,
      user: { select: { cohortParticipations: { select: { createdAt: true }, orderBy: { createdAt: "asc" }, take: 1 } } },
    },
  });
  const facts = candidates.map(({ user, ...c }) => ({ ...c, startedAt: user?.cohortParticipations[0]?.createdAt ?? null }));
  const counted = countIndicators(facts, { from: amsterdamInstant(period.from), until: amsterdamInstant(shiftIsoDay(period.to, 1)) });
  return { ...period, ...counted };
}
