import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { enqueueMail } from "@/lib/mail/outbox";
import { directieDroppedMail, keyPersonAddedMail } from "@/lib/mail/templates";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";
import type { Tx } from "@/lib/db";

/**
 * The employer's contact persons (of its trajects) hear whenever someone is added to their organisation,
 * as a key person or with an account (issue 20): the tandem cannot add people to an employer unseen.
 * Not the added person themselves, and not whoever added them.
 */
export async function notifyContactsOfNewPerson(
  tx: Tx,
  d: {
    employerId: string;
    person: { id: string; name: string; function: keyof typeof EMPLOYER_FUNCTION_LABEL };
    account: boolean;
    actor: Actor;
  },
) {
  const trajects = await tx.traject.findMany({
    where: { employerId: d.employerId, status: { not: "CANCELLED" }, contactKeyPersonId: { not: null } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      employer: { select: { name: true } },
      contactKeyPerson: { select: { id: true, name: true, email: true, userId: true } },
    },
  });
  const told = new Set<string>();
  for (const t of trajects) {
    const contact = t.contactKeyPerson!;
    if (contact.id === d.person.id || contact.userId === d.actor.id || told.has(contact.email)) continue;
    told.add(contact.email);
    const mail = keyPersonAddedMail({
      name: contact.name,
      employerName: t.employer.name,
      personName: d.person.name,
      functionLabel: EMPLOYER_FUNCTION_LABEL[d.person.function],
      actorName: d.actor.name,
      account: d.account,
    });
    await enqueueMail({ trajectId: t.id, kind: "keyPerson", to: contact.email, ...mail, causedBy: d.actor }, tx);
  }
}

/**
 * A confirmed directie lost that confirmation (the admin changed their address or function, or removed
 * them): the employer's contact persons and its remaining confirmed directie hear of it, so nobody's
 * say for the employer changes unseen. Not the person themselves, and not whoever changed it.
 */
export async function notifyDirectieDropped(
  tx: Tx,
  d: { employerId: string; person: { id: string; name: string }; removed: boolean; actor: Actor },
) {
  const [employer, trajects, directie] = await Promise.all([
    tx.employer.findUniqueOrThrow({ where: { id: d.employerId }, select: { name: true } }),
    tx.traject.findMany({
      where: { employerId: d.employerId, status: { not: "CANCELLED" } },
      orderBy: { createdAt: "asc" },
      select: { id: true, contactKeyPerson: { select: { id: true, name: true, email: true, userId: true } } },
    }),
    tx.keyPerson.findMany({
      where: { employerId: d.employerId, function: "DIRECTIE", directieConfirmedAt: { not: null } },
      select: { id: true, name: true, email: true, userId: true },
    }),
  ]);
  const trajectId = trajects[0]?.id ?? null;
  const people = [
    ...trajects.flatMap((t) => (t.contactKeyPerson ? [{ ...t.contactKeyPerson, trajectId: t.id }] : [])),
    ...directie.map((p) => ({ ...p, trajectId })),
  ];
  const told = new Set<string>();
  for (const p of people) {
    if (p.id === d.person.id || p.userId === d.actor.id || told.has(p.email)) continue;
    told.add(p.email);
    const mail = directieDroppedMail({
      name: p.name,
      employerName: employer.name,
      personName: d.person.name,
      actorName: d.actor.name,
      removed: d.removed,
    });
    await enqueueMail({ trajectId: p.trajectId, kind: "keyPerson", to: p.email, ...mail, causedBy: d.actor }, tx);
  }
}
