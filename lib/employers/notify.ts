import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { enqueueMail } from "@/lib/mail/outbox";
import { keyPersonAddedMail } from "@/lib/mail/templates";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/trajecten/labels";

type Tx = Prisma.TransactionClient;

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
