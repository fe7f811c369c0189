import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/auth/assert";
import { notFound } from "@/lib/errors";
import { trajectScope } from "./access";

export async function listTrajectsForActor(actor: Actor) {
  assertCan(actor, "traject:read");
  return db().traject.findMany({
    where: trajectScope(actor),
    orderBy: [{ updatedAt: "desc" }],
    include: {
      employer: { select: { id: true, name: true, sector: true } },
      werkvloer: { select: { name: true } },
      trainer: { select: { name: true } },
      sessions: { orderBy: { number: "asc" } },
      assignments: { where: { status: { in: ["INVITED", "ACCEPTED"] } }, include: { expert: { select: { name: true } } } },
      _count: { select: { invitations: true, responses: { where: { status: "SUBMITTED" } } } },
    },
  });
}
export type TrajectListItem = Awaited<ReturnType<typeof listTrajectsForActor>>[number];

export async function getTrajectForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  assertCan(actor, "traject:read");
  const traject = await db().traject.findFirst({
    where: { AND: [{ id: trajectId }, trajectScope(actor)] },
    include: {
      employer: true,
      werkvloer: true,
      trainer: { select: { id: true, name: true, email: true } },
      contactUser: { select: { name: true, email: true } },
      sessions: { orderBy: { number: "asc" } },
      assignments: { include: { expert: { select: { id: true, name: true, expertProfile: true } } } },
      questionnaire: { select: { id: true, key: true, version: true, title: true } },
    },
  });
  if (!traject) throw notFound("Dit traject");
  return traject;
}
export type TrajectDetail = Awaited<ReturnType<typeof getTrajectForActor>>;

/** Employers a trainer can start a new traject with (names and sectors only). */
export async function listEmployersForPlanning(actor: Actor) {
  assertCan(actor, "traject:create");
  return db().employer.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, sector: true } });
}
