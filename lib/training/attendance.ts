import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { createCertificate } from "@/lib/certificates/issue";
import { formatDateTime } from "@/lib/dates";
import { AppError, notFound } from "@/lib/errors";
import { recordId } from "@/lib/zod";
import { markCandidateCertified } from "./candidates";
import { cohortInScope } from "./cohorts";
import { completionOf } from "./completion";
import { completionText } from "./topics";
import type { AttendanceInput, ConfirmCompletionInput } from "./schema";
import type { Tx } from "@/lib/db";

// Attendance per training session and participant, recorded once the session has started (by the
// admin or one of the cohort's trainers), and the admin's confirmation that a participant completed
// the training: allowed only when attendance shows every topic of the cohort (./completion.ts); it
// issues the certificate (lib/certificates/issue.ts) and certifies their candidate record, all in one
// transaction.

const PARTICIPANT_CONFLICT = "Deze deelnemer is intussen door iemand anders bijgewerkt. Laad de pagina opnieuw.";

/** Records attended yes/no for the marked participants of one started session. */
export async function recordAttendance({ actor, input }: { actor: Actor; input: AttendanceInput }) {
  assertCapability(actor, "attendance:record");
  return db().$transaction(async (tx) => {
    const cohort = await cohortInScope(actor, input.cohortId, tx);
    const session = recordId().safeParse(input.sessionId).success
      ? await tx.trainingSession.findFirst({ where: { id: input.sessionId, cohortId: cohort.id } })
      : null;
    if (!session) throw notFound("Deze trainingsbijeenkomst");
    if (session.cancelledAt)
      throw new AppError("VALIDATION", "Deze trainingsbijeenkomst is afgezegd: er is geen aanwezigheid vast te leggen.");
    if (session.startsAt > new Date())
      throw new AppError(
        "VALIDATION",
        `Deze trainingsbijeenkomst begint op ${formatDateTime(session.startsAt)}. Wie er was, legt u vast zodra ze begonnen is.`,
      );
    const ids = input.marks.map((m) => m.participantId);
    const found = await tx.cohortParticipant.count({ where: { id: { in: ids }, cohortId: cohort.id } });
    if (found !== new Set(ids).size) throw new AppError("VALIDATION", "Kies deelnemers van dit cohort.");
    for (const m of input.marks)
      await tx.trainingAttendance.upsert({
        where: { sessionId_participantId: { sessionId: session.id, participantId: m.participantId } },
        update: { attended: m.attended, recordedAt: new Date(), recordedByName: actor.name },
        create: { sessionId: session.id, participantId: m.participantId, attended: m.attended, recordedByName: actor.name },
      });
    await recordAudit(
      {
        actor,
        action: "training.attendance",
        entityType: "TrainingSession",
        entityId: session.id,
        data: { attended: input.marks.filter((m) => m.attended).length, absent: input.marks.filter((m) => !m.attended).length },
      },
      tx,
    );
    return { recorded: input.marks.length };
  });
}

/** What a participant has attended, as completionOf reads it (cancelled sessions do not count). */
export async function participantCompletion(tx: Tx, participantId: string, topics: Parameters<typeof completionOf>[0]) {
  const attendance = await tx.trainingAttendance.findMany({
    where: { participantId, session: { cancelledAt: null } },
    select: { attended: true, session: { select: { topic: true } } },
  });
  return completionOf(
    topics,
    attendance.map((a) => ({ topic: a.session.topic, attended: a.attended })),
  );
}

/**
 * "Training afgerond bevestigen": only when attendance shows every topic; then, in one transaction,
 * the confirmation, the certificate and the candidate's certified status.
 */
export async function confirmCompletion({ actor, input }: { actor: Actor; input: ConfirmCompletionInput }) {
  assertCapability(actor, "cohort:manage");
  return db().$transaction(async (tx) => {
    const cohort = await cohortInScope(actor, input.cohortId, tx);
    const participant = recordId().safeParse(input.participantId).success
      ? await tx.cohortParticipant.findFirst({
          where: { id: input.participantId, cohortId: cohort.id },
          include: { user: { select: { id: true, name: true } } },
        })
      : null;
    if (!participant) throw notFound("Deze deelnemer");
    if (participant.completedAt) throw new AppError("VALIDATION", "De training van deze deelnemer is al bevestigd.");
    const completion = await participantCompletion(tx, participant.id, cohort.topics);
    if (!completion.complete)
      throw new AppError(
        "VALIDATION",
        `${participant.user.name} heeft de training nog niet compleet: ${completionText(completion.missing)}. Er is niets veranderd.`,
      );
    const updated = await tx.cohortParticipant.updateMany({
      where: { id: participant.id, version: input.version, completedAt: null },
      data: { completedAt: new Date(), completedByName: actor.name, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", PARTICIPANT_CONFLICT);
    const certificate = await createCertificate(tx, {
      userId: participant.user.id,
      name: participant.user.name,
      cohortId: cohort.id,
      cohortName: cohort.name,
      issuedByName: actor.name,
    });
    await markCandidateCertified(tx, participant.user.id);
    await recordAudit(
      {
        actor,
        action: "training.complete",
        entityType: "CohortParticipant",
        entityId: participant.id,
        data: { certificateId: certificate.id },
      },
      tx,
    );
    return { certificateId: certificate.id };
  });
}
