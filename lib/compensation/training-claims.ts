import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import { attendedTrainingScope } from "@/lib/auth/scopes";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { amountOf, saveClaim } from "./claims";
import { currentRates } from "./settings";
import type { TrainingClaimInput } from "./schema";

// Training compensation (issue 27): an expert claims time and travel for a training session of their
// cohort they attended, like a traject session: the same claim, yearly cap, approval (the admin's: no
// traject, so compensation:manage) and export. The claim keeps the cohort's name where a traject's
// claim keeps the employer's, and session number 0 ("training" in the export). Once per session.

const NOT_CLAIMABLE = "Deze trainingsbijeenkomst is niet gevonden, of u kunt er geen vergoeding voor vragen.";

const claimableSelect = { id: true, topic: true, startsAt: true, cohort: { select: { name: true } } } as const;

/** The training sessions the expert attended, with their claim, if any. */
export async function trainingClaimsForExpert(actor: Actor) {
  assertCapability(actor, "compensation:claim");
  const rates = await currentRates();
  const sessions = await db().trainingSession.findMany({
    where: attendedTrainingScope(actor),
    orderBy: { startsAt: "desc" },
    select: { ...claimableSelect, claims: { where: { expertId: actor.id } } },
  });
  return sessions.map(({ claims, ...s }) => {
    const claim = claims[0] ?? null;
    return { ...s, claim: claim ? { ...claim, amount: amountOf(claim, rates) } : null };
  });
}

/** Submits or (while not yet approved) changes the claim for one attended training session. */
export async function submitTrainingClaim({ actor, input }: { actor: Actor; input: TrainingClaimInput }) {
  assertCapability(actor, "compensation:claim");
  const session = await db().trainingSession.findFirst({
    where: { ...attendedTrainingScope(actor), id: input.trainingSessionId },
    select: claimableSelect,
  });
  if (!session) throw new AppError("NOT_FOUND", NOT_CLAIMABLE);
  return saveClaim({
    actor,
    input,
    trajectId: null,
    action: "compensation.submitTraining",
    existing: { trainingSessionId_expertId: { trainingSessionId: session.id, expertId: actor.id } },
    create: { trainingSessionId: session.id, sessionDate: session.startsAt, sessionNumber: 0, employerName: session.cohort.name },
  });
}
