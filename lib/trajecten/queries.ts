import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertCapability, assertTrajectCapability } from "@/lib/auth/guard";
import { notFound } from "@/lib/errors";
import { formatMonthYear } from "@/lib/dates";
import { trajectNameParts, trajectNameSelect, trajectTitle } from "@/lib/format/traject-name";
import { EXPERT_INVITED_OR_ACCEPTED } from "@/lib/auth/capabilities";
import { employerScope, trajectScope } from "@/lib/auth/scopes";

export async function listTrajectsForActor(actor: Actor) {
  return db().traject.findMany({
    where: trajectScope(actor),
    orderBy: [{ updatedAt: "desc" }],
    include: {
      employer: { select: { id: true, name: true, sector: true } },
      werkvloer: { select: { name: true } },
      trainer: { select: { name: true } },
      sessions: { orderBy: { number: "asc" } },
      assignments: { where: { status: { in: [...EXPERT_INVITED_OR_ACCEPTED] } }, include: { expert: { select: { name: true } } } },
      // the newest scan round's counts (a follow-up scan counts on its own)
      scanRounds: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          number: true,
          _count: {
            select: {
              invitations: { where: { revokedAt: null } },
              responses: { where: { status: "SUBMITTED", invitation: { revokedAt: null } } },
            },
          },
        },
      },
    },
  });
}
export type TrajectListItem = Awaited<ReturnType<typeof listTrajectsForActor>>[number];

/** One traject with what the actor may do on it (pages show exactly the controls the server accepts). */
export async function getTrajectForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  const access = await assertTrajectCapability({ actor, trajectId, capability: "traject:view" });
  const traject = await db().traject.findUnique({
    where: { id: trajectId },
    include: {
      employer: true,
      werkvloer: true,
      trainer: { select: { id: true, name: true, email: true } },
      contactKeyPerson: { select: { id: true, name: true, email: true, function: true } },
      sessions: {
        orderBy: { number: "asc" },
        include: {
          attendees: { orderBy: { createdAt: "asc" }, include: { keyPerson: { select: { id: true, name: true, function: true } } } },
          calendarInvites: { where: { cancelled: false }, orderBy: { name: "asc" }, select: { name: true } },
          // whether "held" can still be taken back (lib/sessions/held.ts)
          _count: { select: { debriefs: true, claims: true } },
        },
      },
      assignments: { include: { expert: { select: { id: true, name: true, expertProfile: true } } } },
      questionnaire: { select: { id: true, key: true, version: true, title: true, bundled: true } },
    },
  });
  if (!traject) throw notFound("Dit traject");
  return { traject, access };
}
export type TrajectDetail = Awaited<ReturnType<typeof getTrajectForActor>>["traject"];

/** Employers a trainer can start a new traject with: those they may see (names and sectors only). */
export async function listEmployersForPlanning(actor: Actor) {
  assertCapability(actor, "traject:create");
  return db().employer.findMany({ where: employerScope(actor), orderBy: { name: "asc" }, select: { id: true, name: true, sector: true } });
}

/**
 * "Zorggroep De Linde · Traject": a page title that names what it shows, for an actor who may see
 * the traject; just the section for anyone else (the page itself then answers 404 or 403).
 */
export async function trajectPageTitle({ actor, trajectId, section }: { actor: Actor | null; trajectId: string; section: string }) {
  if (!actor) return section;
  try {
    await assertTrajectCapability({ actor, trajectId, capability: "traject:view" });
  } catch {
    return section;
  }
  const traject = await db().traject.findUnique({
    where: { id: trajectId },
    select: {
      ...trajectNameSelect,
      werkvloerId: true,
      employer: { select: { name: true, trajecten: { where: { id: { not: trajectId } }, select: { werkvloerId: true } } } },
    },
  });
  if (!traject) return section;
  // two trajects of one employer must not share their titles (issue 23): named as in their files
  // (lib/format/traject-name.ts), with the start too where both are on the same werkvloer
  const others = traject.employer.trajecten;
  if (others.length === 0) return `${traject.employer.name} · ${section}`;
  const parts = trajectNameParts(traject);
  const sameFloor = traject.werkvloer !== null && others.some((t) => t.werkvloerId === traject.werkvloerId);
  const name = sameFloor ? `${trajectTitle(parts)}, gestart ${formatMonthYear(traject.createdAt)}` : trajectTitle(parts);
  return `${name} · ${section}`;
}
