import "server-only";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";
import { db } from "@/lib/db";
import { EXPERT_INVITED_OR_ACCEPTED, isInvitedOrAccepted } from "@/lib/auth/capabilities";
import { assertCapability, assertEmployerCapability, assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError, isAppError } from "@/lib/errors";
import { assertContactOfEmployer } from "./details";
import { getLatestQuestionnaire } from "@/lib/questionnaires/queries";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { expertRequestMail } from "@/lib/mail/templates";
import { readOrganisation } from "@/lib/organisation/settings";
import { env } from "@/lib/env";
import { syncTrajectCalendars } from "@/lib/sessions/calendar-sync";
import type { TrajectCreateInput } from "@/lib/trajecten/planning-schema";
import type { TrajectStatusKey } from "@/lib/trajecten/labels";
import { canMoveTo, notByHandMessage } from "@/lib/trajecten/status";
import { moveTrajectPhase } from "@/lib/trajecten/phase";
import { isCertified } from "@/lib/certificates/status";
import { expertsNotTakingNew } from "@/lib/experts/pacing";
import { notTakingNewMessage } from "@/lib/experts/pacing-rules";

// The trainer plans: a traject at an employer, its sessions, its phase, and the experience expert.
// (A session itself, as a meeting with attendees and calendar invitations: lib/sessions/sessions.ts.)
export { planSession } from "@/lib/sessions/sessions";

export async function createTraject({ actor, input }: { actor: Actor; input: TrajectCreateInput }) {
  assertCapability(actor, "traject:create");
  // an employer the trainer cannot see is, to them, an employer that does not exist
  if (input.employerId) await assertKnownEmployer(actor, input.employerId);
  const questionnaire = await getLatestQuestionnaire();
  return db().$transaction(async (tx) => {
    // no traject yet, so no people of it: the bundled first names only
    const choice = await checkHealthText(
      { trajectId: null, fields: { motivation: input.motivation }, confirmed: input.gezondheidscheck },
      tx,
    );
    const employer = input.employerId
      ? await tx.employer.findUniqueOrThrow({ where: { id: input.employerId } })
      : await tx.employer.create({ data: { name: input.employerName!, sector: input.employerSector!, responsibleTrainerId: actor.id } });
    const werkvloer =
      (await tx.werkvloer.findFirst({
        where: { employerId: employer.id, archivedAt: null, name: { equals: input.werkvloerName, mode: "insensitive" } },
      })) ?? (await tx.werkvloer.create({ data: { employerId: employer.id, name: input.werkvloerName } }));
    const contactKeyPersonId = await assertContactOfEmployer(tx, employer.id, input.contactKeyPersonId);
    const traject = await tx.traject.create({
      data: {
        employerId: employer.id,
        werkvloerId: werkvloer.id,
        trainerId: actor.id,
        contactKeyPersonId,
        motivation: input.motivation || null,
        plannedSessionCount: input.plannedSessionCount,
        questionnaireId: questionnaire?.id,
        sessions: { create: Array.from({ length: input.plannedSessionCount }, (_, i) => ({ number: i + 1 })) },
        // the first scan round (docs/decisions/016-scan-rounds.md)
        scanRounds: { create: { number: 1 } },
      },
    });
    await recordAudit({ actor, action: "traject.create", entityType: "Traject", entityId: traject.id, trajectId: traject.id }, tx);
    await recordHealthChoice({ ...choice, trajectId: traject.id }, actor, { type: "Traject", id: traject.id }, tx);
    return { id: traject.id };
  });
}

async function assertKnownEmployer(actor: Actor, employerId: string) {
  try {
    await assertEmployerCapability({ actor, employerId, capability: "employer:view" });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND")
      throw new AppError("VALIDATION", "Deze werkgever bestaat niet (meer).", { employerId: ["Kies een werkgever uit de lijst."] });
    throw e;
  }
}

/**
 * The trainer's exceptions by hand (stop, reopen the scan, close the traject; status.ts). Phases that
 * follow from facts are refused here: closing the scan (close-scan.ts), sessions held (lib/sessions).
 */
export async function setTrajectStatus({
  actor,
  trajectId,
  status,
  version,
}: {
  actor: Actor;
  trajectId: string;
  status: TrajectStatusKey;
  version: number;
}) {
  await assertTrajectCapability({ actor, trajectId, capability: "traject:plan" });
  const current = await db().traject.findUniqueOrThrow({ where: { id: trajectId }, select: { status: true } });
  if (!canMoveTo(current.status, status)) throw new AppError("VALIDATION", notByHandMessage(current.status, status));
  await db().$transaction((tx) => moveTrajectPhase(tx, { actor, trajectId, from: current.status, to: status, version, reason: "by-hand" }));
}

/**
 * The trainer asks an expert (matching suggests whom): the expert gets a mail with the request and
 * accepts or declines (lib/tandem/requests.ts). Someone who stepped back from this traject is not asked again;
 * only a certified expert (a certificate that is not revoked) is asked at all.
 */
export async function assignExpert({ actor, trajectId, expertId }: { actor: Actor; trajectId: string; expertId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "traject:plan" });
  const expert = await db().user.findFirst({
    where: { id: expertId, role: "EXPERT", active: true },
    select: { id: true, name: true, email: true },
  });
  if (!expert) throw new AppError("VALIDATION", "Kies een ervaringsdeskundige uit de lijst.");
  await db().$transaction(async (tx) => {
    const existing = await tx.expertAssignment.findUnique({ where: { trajectId_expertId: { trajectId, expertId } } });
    if (existing?.status === "STEPPED_BACK")
      throw new AppError("VALIDATION", `${expert.name} heeft zich uit dit traject teruggetrokken en wordt er niet opnieuw voor gevraagd.`);
    if (existing && isInvitedOrAccepted(existing.status))
      throw new AppError("VALIDATION", `${expert.name} is al gevraagd voor dit traject.`);
    if (!(await isCertified(expertId, tx)))
      throw new AppError(
        "VALIDATION",
        `${expert.name} heeft geen geldig certificaat en kan daarom niet gevraagd worden. Kies een gecertificeerde ervaringsdeskundige uit de lijst.`,
      );
    // their own pause or limit (ADR 037): the same words as matching, never which or until when
    if ((await expertsNotTakingNew(tx, [expertId])).has(expertId)) throw new AppError("VALIDATION", notTakingNewMessage(expert.name));
    await tx.expertAssignment.upsert({
      where: { trajectId_expertId: { trajectId, expertId } },
      update: { status: "INVITED", respondedAt: null },
      create: { trajectId, expertId, status: "INVITED" },
    });
    const traject = await tx.traject.findUniqueOrThrow({
      where: { id: trajectId },
      select: { employer: { select: { name: true } }, trainer: { select: { name: true, email: true } } },
    });
    const mail = expertRequestMail({
      name: expert.name,
      employerName: traject.employer.name,
      trainerName: traject.trainer.name,
      organisation: (await readOrganisation(tx)).name,
      url: `${env().APP_URL}/expert/verzoeken/${trajectId}`,
    });
    await enqueueMail({ trajectId, kind: "tandem", to: expert.email, replyTo: traject.trainer.email, ...mail }, tx);
    await recordAudit({ actor, action: "expert.ask", entityType: "ExpertAssignment", entityId: `${trajectId}#${expertId}`, trajectId }, tx);
  });
  kickDelivery();
}

export async function withdrawExpert({ actor, trajectId, expertId }: { actor: Actor; trajectId: string; expertId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "traject:plan" });
  await db().$transaction(async (tx) => {
    const updated = await tx.expertAssignment.updateMany({
      where: { trajectId, expertId, status: { in: [...EXPERT_INVITED_OR_ACCEPTED] } },
      data: { status: "WITHDRAWN" },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND", "Deze ervaringsdeskundige is niet aan dit traject gekoppeld.");
    await recordAudit(
      { actor, action: "expert.withdraw", entityType: "ExpertAssignment", entityId: `${trajectId}#${expertId}`, trajectId },
      tx,
    );
    // their calendar loses the sessions
    await syncTrajectCalendars(tx, trajectId);
  });
  kickDelivery();
}
