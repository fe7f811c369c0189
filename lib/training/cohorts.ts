import "server-only";
import { db, isUniqueViolation } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import { cohortScope } from "@/lib/auth/scopes";
import type { Actor } from "@/lib/auth/roles";
import { amsterdamInstant, formatDateTime } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { kickDelivery } from "@/lib/mail/outbox";
import { recordId } from "@/lib/zod";
import { syncCohortCalendars, syncTrainingCalendar } from "./calendar";
import type { CancelTrainingSessionInput, CohortInput, CohortParticipantInput, CohortTrainersInput, TrainingSessionInput } from "./schema";
import type { Tx } from "@/lib/db";

// A training cohort (issue 27, ADR 035): the admin creates it (name, period, topics from the
// template), names its trainers, plans its training sessions (a topic may get a second date) and adds
// expert accounts as participants; every change reaches the calendars of the participants and the
// trainers (./calendar.ts). Every edit carries the version it was made from: a stale one is a conflict.

const CONFLICT_MESSAGE = "Dit cohort is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.";
const SESSION_CONFLICT = "Deze trainingsbijeenkomst is intussen gewijzigd. Laad de pagina opnieuw.";
const NAME_TAKEN = "Er is al een cohort met deze naam. Kies een andere naam.";
const DEFAULT_LENGTH_MS = 3 * 3600_000;

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });
const isId = (v: unknown): v is string => typeof v === "string" && recordId().safeParse(v).success;

/** The cohort, if the actor may reach it (cohortScope); otherwise not found. */
export async function cohortInScope(actor: Actor, cohortId: string, tx: Tx = db()) {
  const cohort = isId(cohortId) ? await tx.cohort.findFirst({ where: { id: cohortId, ...cohortScope(actor) } }) : null;
  if (!cohort) throw notFound("Dit cohort");
  return cohort;
}

/** Creates a cohort (no cohortId) or changes its name, period and topics. */
export async function saveCohort({ actor, input }: { actor: Actor; input: CohortInput }) {
  assertCapability(actor, "cohort:manage");
  const data = {
    name: input.name,
    startsOn: amsterdamInstant(input.startsOn),
    endsOn: amsterdamInstant(input.endsOn),
    topics: input.topics,
  };
  try {
    return await db().$transaction(async (tx) => {
      if (!input.cohortId) {
        const cohort = await tx.cohort.create({ data, select: { id: true } });
        await recordAudit(
          { actor, action: "cohort.create", entityType: "Cohort", entityId: cohort.id, data: { topics: input.topics } },
          tx,
        );
        return cohort;
      }
      const current = await cohortInScope(actor, input.cohortId, tx);
      const updated = await tx.cohort.updateMany({
        where: { id: current.id, version: input.version ?? -1 },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
      await recordAudit({ actor, action: "cohort.update", entityType: "Cohort", entityId: current.id, data: { topics: input.topics } }, tx);
      return { id: current.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw invalid("name", NAME_TAKEN);
    throw e;
  }
}

/** Who trains the cohort: trainer accounts; their calendars follow. */
export async function setCohortTrainers({ actor, input }: { actor: Actor; input: CohortTrainersInput }) {
  assertCapability(actor, "cohort:manage");
  await db().$transaction(async (tx) => {
    const cohort = await cohortInScope(actor, input.cohortId, tx);
    const trainers = await tx.user.findMany({
      where: { id: { in: input.trainerIds }, role: "TRAINER", active: true },
      select: { id: true },
    });
    if (trainers.length !== input.trainerIds.length) throw invalid("trainerIds", "Kies trainers uit de lijst.");
    const updated = await tx.cohort.updateMany({ where: { id: cohort.id, version: input.version }, data: { version: { increment: 1 } } });
    if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    await tx.cohortTrainer.deleteMany({ where: { cohortId: cohort.id, userId: { notIn: input.trainerIds } } });
    await tx.cohortTrainer.createMany({ data: input.trainerIds.map((userId) => ({ cohortId: cohort.id, userId })), skipDuplicates: true });
    const calendar = await syncCohortCalendars(tx, cohort.id);
    await recordAudit(
      {
        actor,
        action: "cohort.trainers",
        entityType: "Cohort",
        entityId: cohort.id,
        data: { trainers: input.trainerIds.length, ...calendar },
      },
      tx,
    );
  });
  kickDelivery();
}

function timesOf(input: TrainingSessionInput) {
  const startsAt = amsterdamInstant(input.date, input.time || "10:00");
  if (Number.isNaN(startsAt.getTime())) throw invalid("date", "Kies een bestaande datum en tijd.");
  const endsAt = input.endTime ? amsterdamInstant(input.date, input.endTime) : new Date(startsAt.getTime() + DEFAULT_LENGTH_MS);
  if (endsAt <= startsAt) throw invalid("endTime", "De bijeenkomst eindigt voordat ze begint. Kies een latere eindtijd.");
  return { startsAt, endsAt };
}

/** Plans a training session (no sessionId: a new one, also a topic's second date) or changes one. */
export async function saveTrainingSession({ actor, input }: { actor: Actor; input: TrainingSessionInput }) {
  assertCapability(actor, "cohort:manage");
  const { startsAt, endsAt } = timesOf(input);
  const online = input.mode === "ONLINE";
  const data = {
    topic: input.topic,
    startsAt,
    endsAt,
    place: online ? null : input.place || null,
    onlineUrl: online ? input.onlineUrl || null : null,
  };
  const result = await db().$transaction(async (tx) => {
    const cohort = await cohortInScope(actor, input.cohortId, tx);
    if (!cohort.topics.includes(input.topic))
      throw invalid("topic", "Dit onderwerp hoort niet bij dit cohort. Voeg het eerst toe aan het cohort.");
    let sessionId: string;
    let meetingChanged = true;
    if (!input.sessionId) {
      sessionId = (await tx.trainingSession.create({ data: { ...data, cohortId: cohort.id }, select: { id: true } })).id;
    } else {
      const current = isId(input.sessionId)
        ? await tx.trainingSession.findFirst({ where: { id: input.sessionId, cohortId: cohort.id } })
        : null;
      if (!current) throw notFound("Deze trainingsbijeenkomst");
      if (current.cancelledAt) throw new AppError("VALIDATION", "Deze trainingsbijeenkomst is afgezegd en verandert niet meer.");
      if (current.startsAt <= new Date())
        throw new AppError(
          "VALIDATION",
          `Deze trainingsbijeenkomst is op ${formatDateTime(current.startsAt)} begonnen en verandert niet meer.`,
        );
      const updated = await tx.trainingSession.updateMany({
        where: { id: current.id, version: input.version ?? -1 },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new AppError("CONFLICT", SESSION_CONFLICT);
      sessionId = current.id;
      meetingChanged =
        current.startsAt.getTime() !== startsAt.getTime() ||
        current.endsAt.getTime() !== endsAt.getTime() ||
        current.place !== data.place ||
        current.onlineUrl !== data.onlineUrl ||
        current.topic !== data.topic;
    }
    const calendar = await syncTrainingCalendar(tx, sessionId, { meetingChanged });
    // the topic's other date now names this one (or no longer the old one)
    await syncOtherDates(tx, cohort.id, sessionId, input.topic);
    await recordAudit(
      {
        actor,
        action: "trainingSession.save",
        entityType: "TrainingSession",
        entityId: sessionId,
        data: { topic: input.topic, ...calendar },
      },
      tx,
    );
    return { id: sessionId, ...calendar };
  });
  kickDelivery();
  return result;
}

/** The other coming sessions of a topic mention each other's dates: they follow a change of one. */
async function syncOtherDates(tx: Tx, cohortId: string, changedId: string, topic: TrainingSessionInput["topic"]) {
  const others = await tx.trainingSession.findMany({
    where: { cohortId, topic, id: { not: changedId }, cancelledAt: null, startsAt: { gt: new Date() } },
    select: { id: true },
  });
  for (const o of others) await syncTrainingCalendar(tx, o.id, { meetingChanged: true });
}

/** Calls a coming training session off: everyone who has it in their calendar gets a cancellation. */
export async function cancelTrainingSession({ actor, input }: { actor: Actor; input: CancelTrainingSessionInput }) {
  assertCapability(actor, "cohort:manage");
  const result = await db().$transaction(async (tx) => {
    const cohort = await cohortInScope(actor, input.cohortId, tx);
    const current = isId(input.sessionId)
      ? await tx.trainingSession.findFirst({ where: { id: input.sessionId, cohortId: cohort.id } })
      : null;
    if (!current) throw notFound("Deze trainingsbijeenkomst");
    if (current.cancelledAt) throw new AppError("VALIDATION", "Deze trainingsbijeenkomst is al afgezegd.");
    if (current.startsAt <= new Date())
      throw new AppError("VALIDATION", "Deze trainingsbijeenkomst is al begonnen; afzeggen kan niet meer.");
    const updated = await tx.trainingSession.updateMany({
      where: { id: current.id, version: input.version, cancelledAt: null },
      data: { cancelledAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", SESSION_CONFLICT);
    const calendar = await syncTrainingCalendar(tx, current.id, { meetingChanged: true });
    await syncOtherDates(tx, cohort.id, current.id, current.topic);
    await recordAudit({ actor, action: "trainingSession.cancel", entityType: "TrainingSession", entityId: current.id, data: calendar }, tx);
    return calendar;
  });
  kickDelivery();
  return result;
}

/**
 * Adds an existing, active expert account to the cohort (a candidate's new account comes through
 * lib/training/candidates.ts); their calendar gets the coming sessions.
 */
export async function addCohortParticipant({ actor, input }: { actor: Actor; input: CohortParticipantInput }) {
  assertCapability(actor, "cohort:manage");
  const result = await db().$transaction(async (tx) => {
    const cohort = await cohortInScope(actor, input.cohortId, tx);
    const expert = await tx.user.findFirst({ where: { id: input.userId, role: "EXPERT", active: true }, select: { id: true } });
    if (!expert) throw invalid("userId", "Kies een actieve ervaringsdeskundige uit de lijst.");
    if (
      await tx.cohortParticipant.findUnique({
        where: { cohortId_userId: { cohortId: cohort.id, userId: expert.id } },
        select: { id: true },
      })
    )
      throw invalid("userId", "Deze ervaringsdeskundige doet al mee aan dit cohort.");
    const participant = await addParticipantInTx(tx, cohort.id, expert.id);
    await recordAudit({ actor, action: "cohort.addParticipant", entityType: "CohortParticipant", entityId: participant.id }, tx);
    return participant;
  });
  kickDelivery();
  return result;
}

/** In the caller's transaction (also for a candidate who starts a cohort): the participant, and the coming sessions in their calendar. */
export async function addParticipantInTx(tx: Tx, cohortId: string, userId: string) {
  const participant = await tx.cohortParticipant.create({ data: { cohortId, userId }, select: { id: true } });
  await syncCohortCalendars(tx, cohortId);
  return participant;
}
