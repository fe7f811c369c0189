import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor, SystemActor } from "@/lib/auth/roles";
import { formatDate, isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { followUpMomentMail } from "@/lib/mail/templates";
import { followUpInstant, followUpNoticeFrom } from "./moment-rules";
import { REMINDER_TRAJECT } from "./reminders";
import type { FollowUpMomentInput } from "./round-schema";

// The follow-up moment: planned at closing (six months on), moved by the trainer, and announced a
// week before to the trainer and the employer's contact person, with a link to the follow-up page.

export async function setFollowUpMoment({ actor, input }: { actor: Actor; input: FollowUpMomentInput }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "followUp:plan" });
  if (input.date < isoDay(new Date()))
    throw new AppError("VALIDATION", "Kies voor het vervolgmoment vandaag of een dag daarna.", { date: ["Kies een datum vanaf vandaag."] });
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Traject" WHERE "id" = ${input.trajectId} FOR UPDATE`;
    const traject = await tx.traject.findUniqueOrThrow({ where: { id: input.trajectId }, select: { status: true, followUpAt: true } });
    if (traject.status !== "CLOSED") throw new AppError("VALIDATION", "Het vervolgmoment plant u als het traject is afgerond.");
    if ((input.current ?? "") !== isoDay(traject.followUpAt))
      throw new AppError(
        "CONFLICT",
        `Het vervolgmoment is intussen door iemand anders gewijzigd${traject.followUpAt ? ` (nu ${formatDate(traject.followUpAt)})` : ""}. Laad de pagina opnieuw.`,
      );
    // a moved moment is announced again a week before its new date
    await tx.traject.update({
      where: { id: input.trajectId },
      data: { followUpAt: followUpInstant(input.date), followUpRemindedAt: null },
    });
    await recordAudit(
      {
        actor,
        action: "followup.moment",
        entityType: "Traject",
        entityId: input.trajectId,
        trajectId: input.trajectId,
        data: { date: input.date },
      },
      tx,
    );
  });
}

/** The scheduler: a week before each follow-up moment, one mail to the trainer and one to the contact person. */
export async function sendFollowUpMomentReminders({ now = new Date() }: { actor: SystemActor; now?: Date }) {
  const candidates = await db().traject.findMany({
    where: { status: "CLOSED", followUpRemindedAt: null, followUpAt: { not: null, gt: now } },
    select: { ...REMINDER_TRAJECT.select, followUpAt: true },
  });
  let sent = 0;
  for (const t of candidates) {
    if (!t.followUpAt || followUpNoticeFrom(t.followUpAt) > now) continue;
    const people = [t.trainer, ...(t.contactKeyPerson?.email ? [t.contactKeyPerson] : [])];
    await db().$transaction(async (tx) => {
      // claimed first: a second run (another instance) finds it taken and sends nothing
      const claimed = await tx.traject.updateMany({ where: { id: t.id, followUpRemindedAt: null }, data: { followUpRemindedAt: now } });
      if (claimed.count === 0) return;
      for (const person of people) {
        const mail = followUpMomentMail({
          name: person.name,
          employerName: t.employer.name,
          date: formatDate(t.followUpAt),
          url: `${env().APP_URL}/trajecten/${t.id}/opvolging`,
        });
        await enqueueMail({ trajectId: t.id, kind: "reminder", to: person.email, ...mail }, tx);
        sent++;
      }
    });
  }
  return { sent };
}
