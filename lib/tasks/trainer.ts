import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { listState } from "@/lib/gedragscode/signer-list";
import { trajectNameParts, trajectNameSelect, trajectTitle } from "@/lib/format/traject-name";
import { trainerTrajectTasks, type TrainerTrajectFacts } from "./trainer-rules";
import { byUrgency, type Task } from "./types";

// The trainer's home: the next step of each of their own trajects (trainer-rules.ts) and the claims
// waiting for their approval. Read from the facts every time; only the trajects they train.

const ACTIVE_ROUND_COUNTS = {
  invitations: { where: { revokedAt: null } },
  responses: { where: { status: "SUBMITTED" as const, invitation: { revokedAt: null } } },
};

export async function trainerTasks(actor: Actor, now = new Date()): Promise<Task[]> {
  assertCapability(actor, "workspace:trainer");
  const rows = await db().traject.findMany({
    where: { trainerId: actor.id, status: { not: "CANCELLED" } },
    orderBy: { createdAt: "asc" },
    select: {
      ...trajectNameSelect,
      id: true,
      employerId: true,
      status: true,
      plannedSessionCount: true,
      scanDeadline: true,
      outcomeConfirmedAt: true,
      followUpAt: true,
      sessions: {
        select: {
          number: true,
          status: true,
          scheduledAt: true,
          _count: { select: { attendees: { where: { present: null } } } },
          debriefs: { where: { authorId: actor.id }, select: { id: true } },
          claims: { where: { status: "SUBMITTED" }, select: { id: true } },
        },
      },
      assignments: { where: { status: { in: ["INVITED", "ACCEPTED"] } }, select: { status: true } },
      scanRounds: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, deadline: true, closedAt: true, createdAt: true, _count: { select: ACTIVE_ROUND_COUNTS } },
      },
      gedragscode: {
        select: {
          id: true,
          status: true,
          signingRequestedAt: true,
          _count: { select: { clauses: true, signers: true, signatures: { where: { voidedAt: null } } } },
        },
      },
    },
  });

  const tasks: Task[] = [];
  for (const t of rows) {
    const name = trajectTitle(trajectNameParts(t));
    const round = t.scanRounds[0];
    const code = t.gedragscode;
    // whether the signer list is in effect is the signing rule's own answer (its hash), read only where it matters
    const signersConfirmed =
      code && code.status === "CONCEPT" && code._count.clauses > 0 && t.status === "SESSION_2_DONE"
        ? (await listState(db(), { id: code.id, status: code.status, trajectId: t.id, employerId: t.employerId })).inEffect
        : false;
    const facts: TrainerTrajectFacts = {
      id: t.id,
      name,
      status: t.status,
      plannedSessionCount: t.plannedSessionCount,
      sessions: t.sessions.map((s) => ({
        number: s.number,
        status: s.status,
        scheduledAt: s.scheduledAt,
        presenceOpen: s.status === "HELD" ? s._count.attendees : 0,
      })),
      expert: t.assignments.some((a) => a.status === "ACCEPTED") ? "accepted" : t.assignments.length > 0 ? "asked" : "none",
      scan: {
        invited: round?._count.invitations ?? 0,
        submitted: round?._count.responses ?? 0,
        deadline: t.scanDeadline,
      },
      followUpRound:
        round && round.number > 1
          ? {
              startedAt: round.createdAt,
              open: round.closedAt
                ? null
                : { invited: round._count.invitations, submitted: round._count.responses, deadline: round.deadline },
            }
          : null,
      debriefMissing: t.sessions.filter((s) => s.status === "HELD" && s.debriefs.length === 0).map((s) => s.number),
      code: code
        ? {
            status: code.status,
            clauses: code._count.clauses,
            signers: code._count.signers,
            signed: code._count.signatures,
            signersConfirmed,
            requestedAt: code.signingRequestedAt,
          }
        : null,
      outcomeConfirmed: t.outcomeConfirmedAt !== null,
      followUpAt: t.followUpAt,
    };
    tasks.push(...trainerTrajectTasks(facts, now));
    const claims = t.sessions.reduce((n, s) => n + s.claims.length, 0);
    if (claims > 0)
      tasks.push({
        key: `${t.id}:claims`,
        title: claims === 1 ? "Keur een declaratie goed" : `Keur ${claims} declaraties goed`,
        why: "De ervaringsdeskundige wacht op de vergoeding voor tijd en reiskosten; na uw akkoord betaalt de beheerder uit.",
        href: `/trajecten/${t.id}/bijeenkomsten#vergoedingen`,
        context: name,
        due: null,
      });
  }
  return byUrgency(tasks);
}
