import type { Prisma } from "@/lib/generated/prisma/client";
import {
  DIRECTIE,
  EXPERT_STATUS_RELATION,
  RELATION_ROLE,
  capabilitiesFor,
  relationsWith,
  type Capabilities,
  type ExpertRelationStatus,
  type TrajectCapability,
  type TrajectRelation,
} from "./capabilities";
import type { Actor } from "./roles";

// The relations of ./capabilities.ts as database filters, for lists ("every traject I may see").
// relationTo() decides one traject from its facts; these clauses select the same trajects in SQL
// (tests/integration/capabilities.test.ts checks that both agree).

const NONE: Prisma.TrajectWhereInput = { id: "__none__" };

const expertStatusOf = Object.fromEntries(Object.entries(EXPERT_STATUS_RELATION).map(([status, rel]) => [rel, status])) as Record<
  TrajectRelation,
  ExpertRelationStatus | undefined
>;

// only a directie the employer confirmed (relationTo: actorDirectieConfirmed)
const directie = (actor: Actor): Prisma.KeyPersonWhereInput => ({
  userId: actor.id,
  function: DIRECTIE,
  directieConfirmedAt: { not: null },
});

function relationWhere(actor: Actor, relation: TrajectRelation): Prisma.TrajectWhereInput {
  if (RELATION_ROLE[relation] !== actor.role) return NONE;
  switch (relation) {
    case "admin":
      return {};
    case "trainer":
      return { trainerId: actor.id };
    case "expertInvited":
    case "expertAccepted":
      return { assignments: { some: { expertId: actor.id, status: expertStatusOf[relation] } } };
    case "employerUser":
      return actor.employerId ? { employerId: actor.employerId, NOT: { employer: { keyPersons: { some: directie(actor) } } } } : NONE;
    case "employerDirectie":
      return actor.employerId ? { employerId: actor.employerId, employer: { keyPersons: { some: directie(actor) } } } : NONE;
  }
}

/** The trajects on which the actor holds `capability` (default: may see it at all). */
export function trajectScope(actor: Actor, capability: TrajectCapability = "traject:view"): Prisma.TrajectWhereInput {
  const clauses = relationsWith(capability)
    .filter((r) => RELATION_ROLE[r] === actor.role)
    .map((r) => relationWhere(actor, r));
  if (clauses.length === 0) return NONE;
  return clauses.length === 1 ? clauses[0]! : { OR: clauses };
}

/**
 * The employers the actor may see (relationToEmployer as a query): the admin all, a trainer those
 * they are responsible for or have a traject with, nobody else any.
 */
export function employerScope(actor: Actor): Prisma.EmployerWhereInput {
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "TRAINER":
      return { OR: [{ responsibleTrainerId: actor.id }, { trajecten: { some: { trainerId: actor.id } } }] };
    default:
      return { id: "__none__" };
  }
}

/**
 * Which annotations an actor may read on a traject they hold `capabilities` for. The expert decides
 * what is shared: PRIVATE notes only ever reach their author, TANDEM the trainer and the accepted
 * experts, EMPLOYER everyone who reads the results.
 */
export function annotationScope(actor: Actor, capabilities: Capabilities): Prisma.AnnotationWhereInput {
  const visible: ("TANDEM" | "EMPLOYER")[] = [];
  if (capabilities.has("results:read")) visible.push("EMPLOYER");
  if (capabilities.has("annotation:readTandem")) visible.push("TANDEM");
  return { OR: [{ visibility: { in: visible } }, { authorId: actor.id }] };
}

/**
 * Admins read all outgoing mail; a trainer the mail of the trajects whose invitations they manage, and
 * every mail their own actions wrote (an account for a key person has no traject). Which links in it
 * they may read is a separate rule (lib/mail/credentials.ts).
 */
export function outboxScope(actor: Actor): Prisma.OutboxMailWhereInput {
  const capabilities = capabilitiesFor(actor);
  if (!capabilities.has("outbox:read")) return { id: "__none__" };
  if (capabilities.has("outbox:readAll")) return {};
  return { OR: [{ traject: trajectScope(actor, "invitation:manage") }, { actorId: actor.id }] };
}

/**
 * The held sessions an expert may claim compensation for: of a traject they are on, or stepped back
 * from (then only those held before they stepped back: wasInTandemAt). Nobody else claims.
 */
export function claimableSessionScope(actor: Actor): Prisma.TrajectSessionWhereInput {
  if (!capabilitiesFor(actor).has("compensation:claim")) return { id: "__none__" };
  return {
    status: "HELD",
    scheduledAt: { not: null },
    traject: { assignments: { some: { expertId: actor.id, status: { in: ["ACCEPTED", "STEPPED_BACK"] } } } },
  };
}

/** Whether the expert was in the tandem when the session was held (an expert who stepped back later was). */
export function wasInTandemAt(assignment: { status: string; respondedAt: Date | null }, session: { scheduledAt: Date | null }): boolean {
  if (assignment.status === "ACCEPTED") return true;
  if (assignment.status !== "STEPPED_BACK" || !assignment.respondedAt || !session.scheduledAt) return false;
  return assignment.respondedAt >= session.scheduledAt;
}

/**
 * The cohorts whose attendance the actor records (`attendance:record`): the admin every one, a trainer
 * those they train; anyone else none (then a cohort is not found).
 */
export function cohortScope(actor: Actor): Prisma.CohortWhereInput {
  if (!capabilitiesFor(actor).has("attendance:record")) return { id: "__none__" };
  return capabilitiesFor(actor).has("cohort:manage") ? {} : { trainers: { some: { userId: actor.id } } };
}

/**
 * The training sessions an expert may claim compensation for: those recorded as attended, of a cohort
 * they are in, that have started (attendance is recorded only then). Nobody else claims.
 */
export function attendedTrainingScope(actor: Actor): Prisma.TrainingSessionWhereInput {
  if (!capabilitiesFor(actor).has("compensation:claim")) return { id: "__none__" };
  return { cancelledAt: null, attendance: { some: { attended: true, participant: { userId: actor.id } } } };
}
