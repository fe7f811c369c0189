import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { recordId } from "@/lib/zod";
import {
  capabilitiesFor,
  relationTo,
  relationToEmployer,
  type EmployerCapability,
  type EmployerRelation,
  type Capabilities,
  type GlobalCapability,
  type TrajectCapability,
  type TrajectRelation,
} from "./capabilities";
import type { Actor } from "./roles";
import type { Tx } from "@/lib/db";

// The server side of capabilitiesFor(): every domain function that reads or changes something asks
// here, with the actor it was given, so the server refuses exactly what the pages hide.

const trajectIdSchema = recordId(); // any record's id: trajects, employers
const FORBIDDEN_MESSAGE = "U heeft geen toegang tot deze handeling.";

/** Throws FORBIDDEN unless the actor's role holds this global capability. */
export function assertCapability(actor: Actor, capability: GlobalCapability): void {
  if (!capabilitiesFor(actor).has(capability)) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
}

export interface TrajectAccess {
  trajectId: string;
  relation: TrajectRelation;
  capabilities: Capabilities;
}

/**
 * The actor's relation to a traject and what it allows. Without a relation the traject does not
 * exist for them (NOT_FOUND), so out of scope looks exactly like not found.
 */
export async function trajectAccess({ actor, trajectId, tx }: { actor: Actor; trajectId: string; tx?: Tx }): Promise<TrajectAccess> {
  // The id often comes straight from a URL: one that cannot be an id (too long, a NUL byte, …) is not
  // found either, before it reaches the database (PostgreSQL would refuse a NUL with an error).
  const facts =
    typeof trajectId === "string" && trajectIdSchema.safeParse(trajectId).success
      ? await (tx ?? db()).traject.findUnique({
          where: { id: trajectId },
          select: {
            trainerId: true,
            employerId: true,
            assignments: { where: { expertId: actor.id }, select: { expertId: true, status: true } },
            employer: { select: { keyPersons: { where: { userId: actor.id }, select: { function: true, directieConfirmedAt: true } } } },
          },
        })
      : null;
  const own = facts?.employer.keyPersons[0];
  const relation = facts
    ? relationTo(actor, { ...facts, actorFunction: own?.function ?? null, actorDirectieConfirmed: own?.directieConfirmedAt != null })
    : null;
  if (!relation) throw notFound("Dit traject");
  return { trajectId, relation, capabilities: capabilitiesFor(actor, { traject: relation }) };
}

/** Throws NOT_FOUND without a relation to the traject, FORBIDDEN when the relation lacks the capability. */
export async function assertTrajectCapability({
  actor,
  trajectId,
  capability,
  tx,
}: {
  actor: Actor;
  trajectId: string;
  capability: TrajectCapability;
  tx?: Tx;
}): Promise<TrajectAccess> {
  const access = await trajectAccess({ actor, trajectId, tx });
  if (!access.capabilities.has(capability)) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
  return access;
}

export interface EmployerAccess {
  employerId: string;
  relation: EmployerRelation;
  capabilities: Capabilities;
}

/** The actor's relation to an employer; without one the employer does not exist for them (NOT_FOUND). */
export async function employerAccess({ actor, employerId, tx }: { actor: Actor; employerId: string; tx?: Tx }): Promise<EmployerAccess> {
  const facts =
    typeof employerId === "string" && trajectIdSchema.safeParse(employerId).success
      ? await (tx ?? db()).employer.findUnique({
          where: { id: employerId },
          select: { responsibleTrainerId: true, trajecten: { where: { trainerId: actor.id }, select: { trainerId: true } } },
        })
      : null;
  const relation = facts
    ? relationToEmployer(actor, {
        responsibleTrainerId: facts.responsibleTrainerId,
        trajectTrainerIds: facts.trajecten.map((t) => t.trainerId),
      })
    : null;
  if (!relation) throw notFound("Deze werkgever");
  return { employerId, relation, capabilities: capabilitiesFor(actor, { employer: relation }) };
}

/** Throws NOT_FOUND without a relation to the employer, FORBIDDEN when the relation lacks the capability. */
export async function assertEmployerCapability({
  actor,
  employerId,
  capability,
  tx,
}: {
  actor: Actor;
  employerId: string;
  capability: EmployerCapability;
  tx?: Tx;
}): Promise<EmployerAccess> {
  const access = await employerAccess({ actor, employerId, tx });
  if (!access.capabilities.has(capability)) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
  return access;
}
