import "server-only";
import { db } from "@/lib/db";
import { assertCapability, assertEmployerCapability } from "@/lib/auth/guard";
import { employerScope, trajectScope } from "@/lib/auth/scopes";
import type { Actor } from "@/lib/auth/roles";

/** The employers page: the admin sees all, a trainer the employers they are responsible for or have a traject with. */
export async function listEmployersForActor(actor: Actor) {
  assertCapability(actor, "employer:list");
  return db().employer.findMany({
    where: employerScope(actor),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      sector: true,
      city: true,
      responsibleTrainer: { select: { name: true } },
      _count: { select: { trajecten: true, keyPersons: true } },
    },
  });
}
export type EmployerListItem = Awaited<ReturnType<typeof listEmployersForActor>>[number];

/** One employer with its werkvloeren, key persons and the trajects the actor may see there. */
export async function getEmployerForActor({ actor, employerId }: { actor: Actor; employerId: string }) {
  const access = await assertEmployerCapability({ actor, employerId, capability: "employer:view" });
  const employer = await db().employer.findUniqueOrThrow({
    where: { id: employerId },
    include: {
      responsibleTrainer: { select: { id: true, name: true } },
      werkvloeren: { orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }] },
      keyPersons: {
        orderBy: { name: "asc" },
        include: { user: { select: { active: true, passwordHash: true } } },
      },
      trajecten: {
        where: trajectScope(actor),
        orderBy: { createdAt: "desc" },
        select: { id: true, status: true, createdAt: true, werkvloer: { select: { name: true } }, trainer: { select: { name: true } } },
      },
    },
  });
  const keyPersons = employer.keyPersons.map(({ user, ...p }) => ({
    ...p,
    account: user ? (!user.active ? ("off" as const) : user.passwordHash === "" ? ("invited" as const) : ("active" as const)) : null,
  }));
  return { employer: { ...employer, keyPersons }, access };
}
export type EmployerDetail = Awaited<ReturnType<typeof getEmployerForActor>>["employer"];

/** Active trainers, for the admin handing an employer or a traject to someone else. */
export async function listTrainerChoices(actor: Actor) {
  assertCapability(actor, "user:manage");
  return db().user.findMany({ where: { role: "TRAINER", active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** What a traject form offers for one employer: its active werkvloeren and its key persons. */
export async function employerChoicesForTraject({ actor, employerId }: { actor: Actor; employerId: string }) {
  await assertEmployerCapability({ actor, employerId, capability: "employer:view" });
  const [werkvloeren, keyPersons] = await Promise.all([
    db().werkvloer.findMany({ where: { employerId, archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().keyPerson.findMany({ where: { employerId }, orderBy: { name: "asc" }, select: { id: true, name: true, function: true } }),
  ]);
  return { werkvloeren, keyPersons };
}

/** Whether the actor may open this employer's page (for a link, not as a guard). */
export async function mayViewEmployer({ actor, employerId }: { actor: Actor; employerId: string }): Promise<boolean> {
  return assertEmployerCapability({ actor, employerId, capability: "employer:view" }).then(
    () => true,
    () => false,
  );
}

/** "Zorggroep De Linde · Werkgever" for an actor who may see it; just the section for anyone else. */
export async function employerPageTitle({ actor, employerId }: { actor: Actor | null; employerId: string }) {
  if (!actor || !(await mayViewEmployer({ actor, employerId }))) return "Werkgever";
  const employer = await db().employer.findUnique({ where: { id: employerId }, select: { name: true } });
  return employer ? `${employer.name} · Werkgever` : "Werkgever";
}
