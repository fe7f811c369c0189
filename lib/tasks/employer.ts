import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { trajectScope } from "@/lib/auth/scopes";
import { isoDay, shiftIsoDay } from "@/lib/dates";
import { trajectNameParts, trajectNameSelect, trajectTitle } from "@/lib/format/traject-name";
import { OPEN_STEP_STATUSES } from "@/lib/followup/labels";
import { signOffState } from "@/lib/gedragscode/signoff";
import { employerReportReadyAt } from "@/lib/report/readiness";
import { ownOpenInvitationsForActor } from "@/lib/scan/invitations/own";
import { employerTrajectTasks, type EmployerTrajectFacts } from "./employer-rules";
import { byUrgency, type Task } from "./types";

// An employer user's home: their next steps on their employer's trajects (employer-rules.ts). What a
// user may do on the code is the sign-off panel's own answer (signOffState), read only for a concept
// code with afspraken.

/** Next steps show from a week before their due day (the contact person's reminder mail goes then too). */
const STEPS_DUE_DAYS = 7;

/** When the report got figures, unless this user downloaded it since (their download is in the audit log). */
async function reportWaitingFor(actor: Actor, trajectId: string): Promise<Date | null> {
  const readyAt = await employerReportReadyAt(trajectId);
  if (!readyAt) return null;
  const downloaded = await db().auditEvent.count({
    where: { actorId: actor.id, trajectId, action: "report.download", createdAt: { gte: readyAt } },
  });
  return downloaded > 0 ? null : readyAt;
}

export async function employerTasks(actor: Actor, now = new Date()): Promise<Task[]> {
  assertCapability(actor, "workspace:werkgever");
  const dueBy = shiftIsoDay(isoDay(now), STEPS_DUE_DAYS);
  const rows = await db().traject.findMany({
    where: { AND: [trajectScope(actor), { status: { not: "CANCELLED" } }] },
    orderBy: { createdAt: "asc" },
    select: {
      ...trajectNameSelect,
      id: true,
      status: true,
      contactKeyPerson: { select: { userId: true } },
      gedragscode: { select: { status: true, _count: { select: { clauses: true } } } },
      nextSteps: { where: { status: { in: [...OPEN_STEP_STATUSES] }, dueDate: { not: null } }, select: { dueDate: true } },
    },
  });
  const ownScans = await ownOpenInvitationsForActor(actor);
  const tasks: Task[] = [];
  for (const t of rows) {
    const ownScan = ownScans.find((o) => o.trajectId === t.id);
    const concept = t.gedragscode?.status === "CONCEPT" && t.gedragscode._count.clauses > 0;
    const state = concept ? await signOffState({ actor, trajectId: t.id }) : null;
    const mine = state?.signers.find((s) => s.isActor);
    const due = t.contactKeyPerson?.userId === actor.id ? t.nextSteps.filter((s) => isoDay(s.dueDate) <= dueBy).map((s) => s.dueDate!) : [];
    const facts: EmployerTrajectFacts = {
      id: t.id,
      name: trajectTitle(trajectNameParts(t)),
      status: t.status,
      ownScan: ownScan ? { deadline: ownScan.deadline, started: ownScan.started, followUp: ownScan.followUp } : null,
      reportReadyAt: await reportWaitingFor(actor, t.id),
      signing: state
        ? {
            listInEffect: state.list.inEffect,
            requestedAt: state.requested?.at ?? null,
            listComplete: state.list.problems.length === 0 && state.signers.length > 0,
            mayConfirm: state.capabilities.confirmSigners,
            mine: mine ? { signed: mine.valid !== null } : null,
            signed: state.signers.filter((s) => s.valid).length,
            signers: state.signers.length,
          }
        : null,
      stepsDue: due.length > 0 ? { count: due.length, earliest: new Date(Math.min(...due.map((d) => d.getTime()))) } : null,
    };
    tasks.push(...employerTrajectTasks(facts));
  }
  return byUrgency(tasks);
}
