import "server-only";
import { syncCohortCalendars } from "./calendar";
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError, notFound } from "@/lib/errors";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";
import { kickDelivery } from "@/lib/mail/outbox";
import { createAccountInTx } from "@/lib/users/accounts";
import type { CandidateCreateInput, CandidateMoveInput, CandidateStartInput, CandidateUpdateInput } from "./candidate-schema";
import { CANDIDATE_MOVE_RULES, mayStartCohort } from "./candidate-rules";
import { CANDIDATE_STATUS_LABEL, type CandidateStatusKey } from "./labels";

// Candidates for the experts' training (ADR 034), kept by the admin: recorded, edited at the version read,
// moved through their statuses, and started in a cohort, which makes their expert account. Nothing about
// anyone's health is stored here: the form says so, and the one free text (how they heard of it) gets
// the health-data check. Stopping asks no reason and stores none.

const CONFLICT_MESSAGE =
  "Iemand anders heeft deze kandidaat intussen gewijzigd. Laad de pagina opnieuw en kijk of uw wijziging nog nodig is.";
const EMAIL_OF_CANDIDATE = "Dit e-mailadres hoort al bij een andere kandidaat.";
const EMAIL_OF_ACCOUNT = "Dit e-mailadres hoort al bij een account. Doet deze persoon al mee? Kijk dan bij Gebruikers.";

const emailTaken = (message: string) => new AppError("CONFLICT", `${message} Er is niets opgeslagen.`, { email: [message] });

/** The address must be no other candidate's and no account's (but the candidate's own account's). */
async function assertEmailFree(tx: Tx, email: string, own: { candidateId?: string; userId?: string | null } = {}) {
  const [candidate, user] = await Promise.all([
    tx.expertCandidate.findFirst({ where: { email: { equals: email, mode: "insensitive" }, NOT: { id: own.candidateId ?? "" } } }),
    tx.user.findFirst({ where: { email: { equals: email, mode: "insensitive" }, NOT: { id: own.userId ?? "" } }, select: { id: true } }),
  ]);
  if (candidate) throw emailTaken(EMAIL_OF_CANDIDATE);
  if (user) throw emailTaken(EMAIL_OF_ACCOUNT);
}

/** Two admins typing the same address at once: the unique index decides, and the loser hears why. */
async function uniqueEmail<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw emailTaken(EMAIL_OF_CANDIDATE);
    throw e;
  }
}

/** Changes the candidate only at the version the page read: else not found, or someone else came first. */
async function updateAtVersion(tx: Tx, id: string, version: number, data: Prisma.ExpertCandidateUpdateManyMutationInput) {
  const updated = await tx.expertCandidate.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count > 0) return;
  if (!(await tx.expertCandidate.findUnique({ where: { id }, select: { id: true } }))) throw notFound("Deze kandidaat");
  throw new AppError("CONFLICT", CONFLICT_MESSAGE);
}

const channelText = (input: { channel: string; channelOther: string }) => (input.channel === "ANDERS" ? input.channelOther : null);

export async function createCandidate({ actor, input }: { actor: Actor; input: CandidateCreateInput }) {
  assertCapability(actor, "candidate:manage");
  return db().$transaction(async (tx) => {
    await assertEmailFree(tx, input.email);
    const channelOther = channelText(input);
    const choice = await checkHealthText({ trajectId: null, fields: { channelOther }, confirmed: input.gezondheidscheck }, tx);
    const candidate = await uniqueEmail(() =>
      tx.expertCandidate.create({
        data: { name: input.name, email: input.email, phone: input.phone || null, channel: input.channel, channelOther },
      }),
    );
    await recordAudit(
      { actor, action: "candidate.create", entityType: "ExpertCandidate", entityId: candidate.id, data: { channel: candidate.channel } },
      tx,
    );
    await recordHealthChoice(choice, actor, { type: "ExpertCandidate", id: candidate.id }, tx);
    return { id: candidate.id, name: candidate.name };
  });
}

export async function updateCandidate({ actor, input }: { actor: Actor; input: CandidateUpdateInput }) {
  assertCapability(actor, "candidate:manage");
  return db().$transaction(async (tx) => {
    const stored = await tx.expertCandidate.findUnique({ where: { id: input.candidateId } });
    if (!stored) throw notFound("Deze kandidaat");
    if (stored.version !== input.version) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    if (stored.userId && input.email !== stored.email)
      throw new AppError(
        "VALIDATION",
        "Deze kandidaat heeft al een account: wijzig het e-mailadres bij Gebruikers. Er is niets opgeslagen.",
        {
          email: ["Wijzig dit adres bij Gebruikers."],
        },
      );
    await assertEmailFree(tx, input.email, { candidateId: stored.id, userId: stored.userId });
    const channelOther = channelText(input);
    const choice = await checkHealthText(
      { trajectId: null, fields: { channelOther }, stored: { channelOther: stored.channelOther }, confirmed: input.gezondheidscheck },
      tx,
    );
    await uniqueEmail(() =>
      updateAtVersion(tx, stored.id, input.version, {
        name: input.name,
        email: input.email,
        phone: input.phone || null,
        channel: input.channel,
        channelOther,
      }),
    );
    await recordAudit({ actor, action: "candidate.update", entityType: "ExpertCandidate", entityId: stored.id }, tx);
    await recordHealthChoice(choice, actor, { type: "ExpertCandidate", id: stored.id }, tx);
    return { id: stored.id, name: input.name };
  });
}

/** Intake held (or back), stopped (no reason asked), stopping undone. */
export async function moveCandidate({ actor, input }: { actor: Actor; input: CandidateMoveInput }) {
  assertCapability(actor, "candidate:manage");
  const rule = CANDIDATE_MOVE_RULES[input.move];
  return db().$transaction(async (tx) => {
    const stored = await tx.expertCandidate.findUnique({
      where: { id: input.candidateId },
      select: { id: true, status: true, version: true },
    });
    if (!stored) throw notFound("Deze kandidaat");
    if (stored.version !== input.version) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    if (!rule.from.includes(stored.status))
      throw new AppError("VALIDATION", `Dat kan niet bij een kandidaat met de status ‘${CANDIDATE_STATUS_LABEL[stored.status]}’.`);
    const now = new Date();
    await updateAtVersion(tx, stored.id, input.version, {
      status: rule.to,
      statusChangedAt: now,
      stoppedAt: rule.to === "STOPPED" ? now : null,
    });
    await recordAudit(
      { actor, action: "candidate.status", entityType: "ExpertCandidate", entityId: stored.id, data: { from: stored.status, to: rule.to } },
      tx,
    );
    return { status: rule.to as CandidateStatusKey };
  });
}

/**
 * "Start in een cohort": the expert account with its activation link (or the account they already have,
 * after stopping and coming back), their place in the cohort, and the status, in one transaction. The
 * version is claimed first, so a second click waits for the first and then finds it changed.
 */
export async function startCandidateInCohort({ actor, input }: { actor: Actor; input: CandidateStartInput }) {
  assertCapability(actor, "candidate:manage");
  const result = await db().$transaction(async (tx) => {
    const stored = await tx.expertCandidate.findUnique({ where: { id: input.candidateId } });
    if (!stored) throw notFound("Deze kandidaat");
    if (stored.version !== input.version) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    if (!mayStartCohort(stored.status))
      throw new AppError(
        stored.status === "IN_COHORT" ? "CONFLICT" : "VALIDATION",
        stored.status === "IN_COHORT"
          ? "Deze kandidaat is al in een cohort gestart."
          : `Start pas in een cohort na de intake (nu: ‘${CANDIDATE_STATUS_LABEL[stored.status]}’).`,
      );
    const cohort = await tx.cohort.findUnique({ where: { id: input.cohortId }, select: { id: true, name: true } });
    if (!cohort) throw new AppError("VALIDATION", "Kies een cohort uit de lijst.", { cohortId: ["Kies een cohort uit de lijst."] });
    await updateAtVersion(tx, stored.id, input.version, { status: "IN_COHORT", statusChangedAt: new Date(), stoppedAt: null });
    let userId = stored.userId;
    if (!userId) {
      if (await tx.user.findFirst({ where: { email: { equals: stored.email, mode: "insensitive" } }, select: { id: true } }))
        throw emailTaken(EMAIL_OF_ACCOUNT);
      userId = (await createAccountInTx(tx, { name: stored.name, email: stored.email, role: "EXPERT" }, actor)).id;
      await tx.expertCandidate.update({ where: { id: stored.id }, data: { userId } });
    }
    await tx.cohortParticipant.upsert({
      where: { cohortId_userId: { cohortId: cohort.id, userId } },
      update: {},
      create: { cohortId: cohort.id, userId },
    });
    // the cohort's coming training sessions in their calendar, as for anyone added to it (lib/training/calendar.ts)
    await syncCohortCalendars(tx, cohort.id);
    await recordAudit(
      { actor, action: "candidate.startCohort", entityType: "ExpertCandidate", entityId: stored.id, data: { cohortId: cohort.id } },
      tx,
    );
    return { name: stored.name, cohortName: cohort.name, newAccount: !stored.userId };
  });
  kickDelivery();
  return result;
}

/**
 * The certificate makes the candidate certified (lib/certificates, in the issuing transaction); a user
 * without a candidate (an expert added to a cohort directly) has nothing to change.
 */
export async function markCandidateCertified(tx: Tx, userId: string): Promise<void> {
  await tx.expertCandidate.updateMany({
    where: { userId, status: { not: "CERTIFIED" } },
    data: { status: "CERTIFIED", statusChangedAt: new Date(), stoppedAt: null, version: { increment: 1 } },
  });
}
