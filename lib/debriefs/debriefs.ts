import "server-only";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { EXPERT_ACCEPTED } from "@/lib/auth/capabilities";
import type { Actor, SystemActor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { endSentence } from "@/lib/format/sentence";
import { AppError } from "@/lib/errors";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { selfPausedExperts } from "@/lib/experts/pacing";
import type { DebriefInput } from "./schema";

// After each held session the trainer and the accepted expert each look back: what went well, what
// was hard, what the employer took up, what needs follow-up. The expert also notes how much energy it
// cost. That energy check is read by the expert alone: never by the trainer, the admin, an export or
// the audit log (which records only that a debrief was saved). The rest of the expert's debrief they
// share with the trainer or keep to themselves.

const DAY_MS = 86_400_000;

async function heldSession(trajectId: string, number: number) {
  const session = await db().trajectSession.findUnique({
    where: { trajectId_number: { trajectId, number } },
    select: { id: true, status: true },
  });
  if (!session || session.status !== "HELD") throw new AppError("VALIDATION", "Een terugblik schrijft u na een gehouden bijeenkomst.");
  return session;
}

export async function saveDebrief({ actor, input }: { actor: Actor; input: DebriefInput }) {
  const access = await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "debrief:write" });
  const session = await heldSession(input.trajectId, input.number);
  const isExpert = access.relation === "expertAccepted";
  const data = {
    wentWell: input.wentWell,
    hard: input.hard,
    takenUp: input.takenUp,
    followUp: input.followUp,
    // only the expert has an energy check and a choice to share; the trainer's debrief is the tandem's
    energy: isExpert ? input.energy : null,
    sharedWithTrainer: isExpert ? input.share : false,
  };
  await db().$transaction(async (tx) => {
    const fields = { wentWell: input.wentWell, hard: input.hard, takenUp: input.takenUp, followUp: input.followUp };
    const choice = await checkHealthText({ trajectId: input.trajectId, fields, confirmed: input.gezondheidscheck }, tx);
    const saved = await tx.sessionDebrief.upsert({
      where: { sessionId_authorId: { sessionId: session.id, authorId: actor.id } },
      update: { ...data, version: { increment: 1 } },
      create: { sessionId: session.id, authorId: actor.id, ...data },
      select: { id: true },
    });
    await recordHealthChoice(choice, actor, { type: "SessionDebrief", id: saved.id }, tx);
    await recordAudit(
      {
        actor,
        action: "debrief.save",
        entityType: "TrajectSession",
        entityId: `${input.trajectId}#${input.number}`,
        trajectId: input.trajectId,
      },
      tx,
    );
  });
}

/** Per held session: the actor's own debrief (the expert's with its energy check) and, for the trainer, what the expert shared (never the energy check). */
export async function debriefsForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  const access = await assertTrajectCapability({ actor, trajectId, capability: "debrief:write" });
  const sessions = await db().trajectSession.findMany({
    where: { trajectId, status: "HELD" },
    orderBy: { number: "asc" },
    select: {
      number: true,
      scheduledAt: true,
      debriefs: {
        where: access.relation === "trainer" ? { OR: [{ authorId: actor.id }, { sharedWithTrainer: true }] } : { authorId: actor.id },
        select: {
          authorId: true,
          wentWell: true,
          hard: true,
          takenUp: true,
          followUp: true,
          sharedWithTrainer: true,
          updatedAt: true,
          author: { select: { name: true } },
        },
      },
    },
  });
  // the energy check, separately and only the actor's own
  const own = await db().sessionDebrief.findMany({
    where: { authorId: actor.id, session: { trajectId } },
    select: { energy: true, session: { select: { number: true } } },
  });
  const energyOf = new Map(own.map((d) => [d.session.number, d.energy]));
  return {
    relation: access.relation,
    sessions: sessions.map((s) => ({
      number: s.number,
      scheduledAt: s.scheduledAt,
      mine: s.debriefs.find((d) => d.authorId === actor.id) ?? null,
      myEnergy: energyOf.get(s.number) ?? null,
      shared: s.debriefs.filter((d) => d.authorId !== actor.id),
    })),
  };
}

/**
 * The day after a held session: one reminder to the trainer and each accepted expert who has no
 * debrief yet. Run by the scheduler (no person asked for it). An expert whose own pause runs gets
 * none (ADR 037): nothing is recorded, so one still comes if the pause ends within the two weeks.
 */
export async function sendDebriefReminders({ now = new Date() }: { actor: SystemActor; now?: Date }) {
  const sessions = await db().trajectSession.findMany({
    where: { status: "HELD", scheduledAt: { lt: new Date(now.getTime() - DAY_MS), gt: new Date(now.getTime() - 14 * DAY_MS) } },
    select: {
      id: true,
      number: true,
      trajectId: true,
      debriefs: { select: { authorId: true } },
      debriefReminders: { select: { userId: true } },
      traject: {
        select: {
          employer: { select: { name: true } },
          trainer: { select: { id: true, name: true, email: true } },
          assignments: {
            where: { status: { in: [...EXPERT_ACCEPTED] } },
            select: { expert: { select: { id: true, name: true, email: true } } },
          },
        },
      },
    },
  });
  const paused = await selfPausedExperts(
    db(),
    sessions.flatMap((s) => s.traject.assignments.map((a) => a.expert.id)),
    now,
  );
  let sent = 0;
  for (const s of sessions) {
    const people = [s.traject.trainer, ...s.traject.assignments.map((a) => a.expert).filter((e) => !paused.has(e.id))];
    const due = people.filter((p) => !s.debriefs.some((d) => d.authorId === p.id) && !s.debriefReminders.some((r) => r.userId === p.id));
    for (const person of due)
      await db().$transaction(async (tx) => {
        await tx.debriefReminder.create({ data: { sessionId: s.id, userId: person.id } });
        await enqueueMail(
          {
            trajectId: s.trajectId,
            kind: "reminder",
            to: person.email,
            subject: `Terugblik op bijeenkomst ${s.number} bij ${s.traject.employer.name}`,
            text: [
              `Beste ${person.name},`,
              "",
              `Gisteren of eerder was bijeenkomst ${s.number} bij ${endSentence(s.traject.employer.name)} Wilt u kort terugblikken? Het kost een paar minuten.`,
              `Uw terugblik: ${env().APP_URL}/trajecten/${s.trajectId}/bijeenkomsten#terugblik`,
            ].join("\n"),
          },
          tx,
        );
        sent++;
      });
  }
  if (sent) kickDelivery();
  return { sent };
}
