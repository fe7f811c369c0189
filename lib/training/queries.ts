import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import { cohortScope } from "@/lib/auth/scopes";
import { capabilitiesFor } from "@/lib/auth/capabilities";
import type { Actor } from "@/lib/auth/roles";
import { completionOf } from "./completion";
import { cohortInScope } from "./cohorts";
import { inTopicOrder } from "./topics";

// What the cohort pages show: the list, one cohort with its sessions, participants, the attendance
// grid and each participant's completion; and the expert's own cohort (dates and places).

/** The cohorts the actor may see: the admin all, a trainer those they train. */
export async function listCohortsForActor(actor: Actor) {
  assertCapability(actor, "attendance:record");
  return db().cohort.findMany({
    where: cohortScope(actor),
    orderBy: { startsOn: "desc" },
    select: {
      id: true,
      name: true,
      startsOn: true,
      endsOn: true,
      topics: true,
      _count: { select: { participants: true, sessions: { where: { cancelledAt: null } } } },
      participants: { where: { completedAt: { not: null } }, select: { id: true } },
    },
  });
}

/** One cohort in full, for its page. */
export async function cohortForActor({ actor, cohortId }: { actor: Actor; cohortId: string }) {
  assertCapability(actor, "attendance:record");
  const { id } = await cohortInScope(actor, cohortId);
  const cohort = await db().cohort.findUniqueOrThrow({
    where: { id },
    include: {
      trainers: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } },
      sessions: { orderBy: [{ startsAt: "asc" }] },
      participants: {
        orderBy: { user: { name: "asc" } },
        include: {
          user: { select: { id: true, name: true, email: true } },
          attendance: { select: { sessionId: true, attended: true, session: { select: { topic: true, cancelledAt: true } } } },
        },
      },
    },
  });
  const topics = inTopicOrder(cohort.topics);
  const participants = cohort.participants.map((p) => ({
    ...p,
    completion: completionOf(
      topics,
      p.attendance.filter((a) => !a.session.cancelledAt).map((a) => ({ topic: a.session.topic, attended: a.attended })),
    ),
  }));
  const manage = capabilitiesFor(actor).has("cohort:manage");
  // the admin's choices: trainers to name, experts to add (not yet in it)
  const [trainerChoices, expertChoices] = manage
    ? await Promise.all([
        db().user.findMany({ where: { role: "TRAINER", active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
        db().user.findMany({
          where: { role: "EXPERT", active: true, cohortParticipations: { none: { cohortId: id } } },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        }),
      ])
    : [[], []];
  return { ...cohort, topics, participants, manage, trainerChoices, expertChoices };
}

/** The expert's own cohorts: their sessions (dates, places), what they attended, and their completion. */
export async function ownTrainingForExpert(actor: Actor) {
  assertCapability(actor, "training:own");
  const participations = await db().cohortParticipant.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    include: {
      attendance: { select: { sessionId: true, attended: true } },
      cohort: {
        select: {
          name: true,
          topics: true,
          sessions: {
            where: { cancelledAt: null },
            orderBy: { startsAt: "asc" },
            select: { id: true, topic: true, startsAt: true, endsAt: true, place: true, onlineUrl: true },
          },
        },
      },
    },
  });
  return participations.map((p) => {
    const attended = new Map(p.attendance.map((a) => [a.sessionId, a.attended]));
    const sessions = p.cohort.sessions.map((s) => ({ ...s, attended: attended.get(s.id) ?? null }));
    return {
      cohortName: p.cohort.name,
      completedAt: p.completedAt,
      sessions,
      completion: completionOf(
        inTopicOrder(p.cohort.topics),
        sessions.map((s) => ({ topic: s.topic, attended: s.attended === true })),
      ),
    };
  });
}
