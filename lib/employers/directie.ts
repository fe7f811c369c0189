import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertEmployerCapability, assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { publish } from "@/lib/live/events";
import { AppError, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/db";

// Who speaks for the employer (issue 20). A key person with the function DIRECTIE holds the directie's
// rights (confirm the signers, sign as directie, reopen the code, confirm another directie, state the
// OR yes/no) only once the employer confirmed them: the first by ECIO's admin, every next one by a
// confirmed directie. The tandem adds key persons but never confirms one.

const CHANGED =
  "De gegevens van deze persoon zijn intussen gewijzigd. Laad de pagina opnieuw en kijk of naam en e-mailadres kloppen voordat u bevestigt.";

/** Confirms the person exactly as the confirmer saw them (`version`): a changed name or address is a conflict. */
async function confirmInTx(
  tx: Tx,
  actor: Actor,
  person: { id: string; function: string; directieConfirmedAt: Date | null; version: number },
  version: number,
) {
  if (person.version !== version) throw new AppError("CONFLICT", CHANGED);
  if (person.function !== "DIRECTIE")
    throw new AppError("VALIDATION", "Alleen iemand met de functie directie kan als directie worden bevestigd.");
  if (person.directieConfirmedAt) throw new AppError("VALIDATION", "Deze persoon is al als directie bevestigd.");
  const updated = await tx.keyPerson.updateMany({
    where: { id: person.id, version, function: "DIRECTIE", directieConfirmedAt: null },
    data: { directieConfirmedAt: new Date(), directieConfirmedById: actor.id, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", CHANGED);
  await recordAudit({ actor, action: "keyPerson.confirmDirectie", entityType: "KeyPerson", entityId: person.id }, tx);
}

/** The admin confirms an employer's first directie; once there is one, that directie confirms the next. */
export async function confirmFirstDirectie({ actor, keyPersonId, version }: { actor: Actor; keyPersonId: string; version: number }) {
  const person = await db().keyPerson.findUnique({ where: { id: keyPersonId } });
  if (!person) throw notFound("Deze persoon");
  await assertEmployerCapability({ actor, employerId: person.employerId, capability: "directie:confirmFirst" });
  await db().$transaction(async (tx) => {
    // one employer at a time, so two confirmations at once cannot both be "the first"
    await tx.$queryRaw`SELECT 1 FROM "Employer" WHERE "id" = ${person.employerId} FOR UPDATE`;
    const confirmed = await tx.keyPerson.count({
      where: { employerId: person.employerId, function: "DIRECTIE", directieConfirmedAt: { not: null } },
    });
    if (confirmed > 0)
      throw new AppError(
        "VALIDATION",
        "Deze werkgever heeft al een bevestigde directie. Die bevestigt nieuwe directieleden zelf, in de app.",
      );
    await confirmInTx(tx, actor, person, version);
  });
}

/** A confirmed directie confirms another directie key person of their own employer. */
export async function confirmDirectie({
  actor,
  trajectId,
  keyPersonId,
  version,
}: {
  actor: Actor;
  trajectId: string;
  keyPersonId: string;
  version: number;
}) {
  await assertTrajectCapability({ actor, trajectId, capability: "directie:confirm" });
  await db().$transaction(async (tx) => {
    const traject = await tx.traject.findUniqueOrThrow({ where: { id: trajectId }, select: { employerId: true } });
    const person = await tx.keyPerson.findFirst({ where: { id: keyPersonId, employerId: traject.employerId } });
    if (!person) throw notFound("Deze persoon");
    await confirmInTx(tx, actor, person, version);
    await publish(tx, "board", trajectId, { kind: "signoff", actorName: actor.name });
  });
}

/** The confirmed directie states whether the employer has an OR; yes makes the OR's signature a condition. */
export async function setWorksCouncil({
  actor,
  trajectId,
  hasWorksCouncil,
}: {
  actor: Actor;
  trajectId: string;
  hasWorksCouncil: boolean;
}) {
  await assertTrajectCapability({ actor, trajectId, capability: "worksCouncil:state" });
  await db().$transaction(async (tx) => {
    const traject = await tx.traject.findUniqueOrThrow({ where: { id: trajectId }, select: { employerId: true } });
    await tx.employer.update({ where: { id: traject.employerId }, data: { hasWorksCouncil } });
    await recordAudit(
      {
        actor,
        action: "employer.worksCouncil",
        entityType: "Employer",
        entityId: traject.employerId,
        trajectId,
        data: { hasWorksCouncil },
      },
      tx,
    );
    await publish(tx, "board", trajectId, { kind: "signoff", actorName: actor.name });
  });
}
