import "server-only";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { assertActiveTrainer } from "@/lib/employers/employers";
import { syncSessionCalendar } from "@/lib/sessions/calendar-sync";
import { cancelSessionsAbove } from "@/lib/sessions/sessions";
import { kickDelivery } from "@/lib/mail/outbox";
import type { TrajectDetailsInput, TrajectReassignInput } from "@/lib/trajecten/planning-schema";
import type { Tx } from "@/lib/db";

// After the start the trainer can still change what the traject is about: the motivation and the
// werkvloer until the first session has been held, the number of sessions as long as no session that
// would go has been held, the contact person always. The admin can hand a traject to another trainer.

const CONFLICT_MESSAGE =
  "Het traject is intussen door iemand anders gewijzigd. Laad de pagina opnieuw en kijk of uw wijziging nog nodig is.";

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

/** A key person of this employer, or none; anything else is refused as not in the list. */
export async function assertContactOfEmployer(tx: Tx, employerId: string, keyPersonId: string | undefined) {
  if (!keyPersonId) return null;
  const person = await tx.keyPerson.findFirst({ where: { id: keyPersonId, employerId }, select: { id: true } });
  if (!person) throw invalid("contactKeyPersonId", "Kies een contactpersoon uit de lijst.");
  return person.id;
}

export async function updateTrajectDetails({ actor, input }: { actor: Actor; input: TrajectDetailsInput }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "traject:plan" });
  await db().$transaction(async (tx) => {
    const traject = await tx.traject.findUniqueOrThrow({
      where: { id: input.trajectId },
      select: { employerId: true, werkvloerId: true, motivation: true, expertQuestions: true, plannedSessionCount: true, sessions: true },
    });
    const held = traject.sessions.filter((s) => s.status === "HELD").map((s) => s.number);
    const firstHeld = held.includes(1);
    const werkvloer = await tx.werkvloer.findFirst({
      where: { id: input.werkvloerId, employerId: traject.employerId },
      select: { id: true, archivedAt: true },
    });
    if (!werkvloer || (werkvloer.archivedAt && werkvloer.id !== traject.werkvloerId))
      throw invalid("werkvloerId", "Kies een werkvloer van deze werkgever.");
    const motivation = input.motivation || null;
    if (firstHeld && (werkvloer.id !== traject.werkvloerId || motivation !== traject.motivation))
      throw new AppError("VALIDATION", "De eerste bijeenkomst is gehouden: de werkvloer en de aanleiding liggen nu vast.");
    if (held.some((n) => n > input.plannedSessionCount))
      throw invalid(
        "plannedSessionCount",
        `Bijeenkomst ${Math.max(...held)} is al gehouden; kies minstens ${Math.max(...held)} bijeenkomsten.`,
      );
    const contactKeyPersonId = await assertContactOfEmployer(tx, traject.employerId, input.contactKeyPersonId);
    const fields = { motivation: input.motivation, expertQuestions: input.expertQuestions };
    const stored = { motivation: traject.motivation, expertQuestions: traject.expertQuestions };
    const choice = await checkHealthText({ trajectId: input.trajectId, fields, stored, confirmed: input.gezondheidscheck }, tx);

    const updated = await tx.traject.updateMany({
      where: { id: input.trajectId, version: input.version },
      data: {
        motivation,
        werkvloerId: werkvloer.id,
        plannedSessionCount: input.plannedSessionCount,
        contactKeyPersonId,
        ...(input.expertQuestions === undefined ? {} : { expertQuestions: input.expertQuestions || null }),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    // sessions follow the count: the ones that go were never held (checked above) and are cancelled,
    // leaving the calendars; one that comes back is planned again; new ones start unplanned
    await cancelSessionsAbove(tx, input.trajectId, input.plannedSessionCount);
    for (const s of traject.sessions.filter((s) => s.number <= input.plannedSessionCount && s.number > traject.plannedSessionCount)) {
      if (s.status !== "CANCELLED") continue;
      await tx.trajectSession.update({ where: { id: s.id }, data: { status: "PLANNED", version: { increment: 1 } } });
      await syncSessionCalendar(tx, s.id, { meetingChanged: true });
    }
    const existing = new Set(traject.sessions.map((s) => s.number));
    const added = Array.from({ length: input.plannedSessionCount }, (_, i) => i + 1).filter((n) => !existing.has(n));
    if (added.length) await tx.trajectSession.createMany({ data: added.map((number) => ({ trajectId: input.trajectId, number })) });
    await recordAudit(
      {
        actor,
        action: "traject.details",
        entityType: "Traject",
        entityId: input.trajectId,
        trajectId: input.trajectId,
        data: { plannedSessionCount: input.plannedSessionCount, werkvloerId: werkvloer.id, contact: contactKeyPersonId !== null },
      },
      tx,
    );
    await recordHealthChoice(choice, actor, { type: "Traject", id: input.trajectId }, tx);
  });
  kickDelivery();
}

/** The admin hands a traject to another active trainer, e.g. when its trainer leaves. */
export async function reassignTraject({ actor, input }: { actor: Actor; input: TrajectReassignInput }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "traject:reassign" });
  await db().$transaction(async (tx) => {
    await assertActiveTrainer(tx, input.trainerId);
    await tx.traject.update({ where: { id: input.trajectId }, data: { trainerId: input.trainerId, version: { increment: 1 } } });
    await recordAudit(
      {
        actor,
        action: "traject.reassign",
        entityType: "Traject",
        entityId: input.trajectId,
        trajectId: input.trajectId,
        data: { trainerId: input.trainerId },
      },
      tx,
    );
  });
}
