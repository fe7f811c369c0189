import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability, assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { expertAnswerMail } from "@/lib/mail/templates";
import { latestQuestionnaireThemes } from "@/lib/questionnaires/queries";
import { syncTrajectCalendars } from "@/lib/sessions/calendar-sync";
import { DAY_PARTS, WEEKDAYS } from "@/lib/experts/slots";
import { amsterdamWeekdayAndHour } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";

// The expert's side of the tandem: a request they accept or decline with one click, and stepping
// back at any time. No reason is asked, ever. The trainer is told by mail; the calendars follow.

/** The part of the day a moment falls in, as the expert's availability slots name it ("di-ochtend"). */
export function slotOf(at: Date): string | null {
  const { weekday, hour } = amsterdamWeekdayAndHour(at);
  const day = ({ Mon: "ma", Tue: "di", Wed: "wo", Thu: "do", Fri: "vr" } as Record<string, string>)[weekday];
  if (!day) return null;
  const part = hour < 12 ? DAY_PARTS[0][0] : hour < 17 ? DAY_PARTS[1][0] : DAY_PARTS[2][0];
  return WEEKDAYS.some(([d]) => d === day) ? `${day}-${part}` : null;
}

/** What an invited expert sees: the employer, the werkvloer, the session dates with their availability, the scan's themes. */
export async function getRequestForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  const access = await assertTrajectCapability({ actor, trajectId, capability: "traject:view" });
  const traject = await db().traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: {
      id: true,
      motivation: true,
      employer: { select: { name: true, sector: true, city: true } },
      werkvloer: { select: { name: true } },
      trainer: { select: { name: true } },
      sessions: {
        where: { status: { not: "CANCELLED" } },
        orderBy: { number: "asc" },
        select: { number: true, scheduledAt: true, endsAt: true },
      },
    },
  });
  const profile = await db().expertProfile.findUnique({ where: { userId: actor.id }, select: { slots: true } });
  const themes = (await latestQuestionnaireThemes()).map((t) => t.title);
  // an expert who gave no availability is told nothing about it (not "outside your availability")
  const slots = profile?.slots.length ? profile.slots : null;
  const sessions = traject.sessions.map((s) => {
    const slot = s.scheduledAt ? slotOf(s.scheduledAt) : null;
    return { ...s, available: slot && slots ? slots.includes(slot) : null };
  });
  return { traject: { ...traject, sessions }, themes, access };
}

async function tellTrainer(
  tx: Prisma.TransactionClient,
  trajectId: string,
  expertName: string,
  answer: "accepted" | "declined" | "steppedBack",
) {
  const traject = await tx.traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: { employer: { select: { name: true } }, trainer: { select: { name: true, email: true } } },
  });
  const mail = expertAnswerMail({
    trainerName: traject.trainer.name,
    expertName,
    employerName: traject.employer.name,
    answer,
    url: `${env().APP_URL}/trajecten/${trajectId}`,
  });
  await enqueueMail({ trajectId, kind: "tandem", to: traject.trainer.email, ...mail }, tx);
}

/** The invited expert says yes or no. Yes: they see the results and get the sessions in their calendar. */
export async function respondToRequest({ actor, trajectId, answer }: { actor: Actor; trajectId: string; answer: "accept" | "decline" }) {
  await assertTrajectCapability({ actor, trajectId, capability: "request:respond" });
  await db().$transaction(async (tx) => {
    const updated = await tx.expertAssignment.updateMany({
      where: { trajectId, expertId: actor.id, status: "INVITED" },
      data: { status: answer === "accept" ? "ACCEPTED" : "DECLINED", respondedAt: new Date() },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Op dit verzoek is al geantwoord.");
    await recordAudit(
      {
        actor,
        action: answer === "accept" ? "expert.accept" : "expert.decline",
        entityType: "ExpertAssignment",
        entityId: `${trajectId}#${actor.id}`,
        trajectId,
      },
      tx,
    );
    await tellTrainer(tx, trajectId, actor.name, answer === "accept" ? "accepted" : "declined");
    if (answer === "accept") await syncTrajectCalendars(tx, trajectId);
  });
  kickDelivery();
}

/**
 * The expert steps back, at any time, without a reason. They choose whether what they shared so far
 * stays (with the trainer and the employer) or goes; their private notes go either way.
 */
export async function stepBack({ actor, trajectId, notes }: { actor: Actor; trajectId: string; notes: "keep" | "remove" }) {
  await assertTrajectCapability({ actor, trajectId, capability: "tandem:stepBack" });
  await db().$transaction(async (tx) => {
    await tx.expertAssignment.update({
      where: { trajectId_expertId: { trajectId, expertId: actor.id } },
      data: { status: "STEPPED_BACK", respondedAt: new Date() },
    });
    const removed = await tx.annotation.deleteMany({
      where: { trajectId, authorId: actor.id, ...(notes === "keep" ? { visibility: "PRIVATE" } : {}) },
    });
    await recordAudit(
      {
        actor,
        action: "expert.stepBack",
        entityType: "ExpertAssignment",
        entityId: `${trajectId}#${actor.id}`,
        trajectId,
        data: { notesRemoved: removed.count },
      },
      tx,
    );
    await tellTrainer(tx, trajectId, actor.name, "steppedBack");
    await syncTrajectCalendars(tx, trajectId);
  });
  kickDelivery();
}

/** The requests waiting for this expert's answer (their home page lists them first). */
export async function listOpenRequests(actor: Actor) {
  assertCapability(actor, "workspace:expert");
  return db().traject.findMany({
    where: { assignments: { some: { expertId: actor.id, status: "INVITED" } } },
    orderBy: { createdAt: "desc" },
    select: { id: true, employer: { select: { name: true } }, trainer: { select: { name: true } } },
  });
}
