import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { EXPERT_INVITED_OR_ACCEPTED } from "@/lib/auth/capabilities";
import { notFound } from "@/lib/errors";
import { trajectPhases, type Phase, type PhaseFacts } from "./phases";

/**
 * The traject's five phases for whoever may view it (phases.ts), read from the facts each time. The
 * scan's counts only for who reads results, the code's state only for who reads the code: an invited
 * expert sees the phases and the dates, nothing of the scan (lib/auth/capabilities.ts).
 */
export async function trajectPhasesForActor({ actor, trajectId }: { actor: Actor; trajectId: string }): Promise<Phase[]> {
  const { capabilities } = await assertTrajectCapability({ actor, trajectId, capability: "traject:view" });
  const t = await db().traject.findUnique({
    where: { id: trajectId },
    select: {
      status: true,
      plannedSessionCount: true,
      scanDeadline: true,
      scanClosedAt: true,
      closedAt: true,
      followUpAt: true,
      sessions: { orderBy: { number: "asc" }, select: { number: true, status: true, scheduledAt: true } },
      assignments: {
        where: { status: { in: [...EXPERT_INVITED_OR_ACCEPTED] } },
        orderBy: { createdAt: "asc" },
        select: { status: true, expert: { select: { name: true } } },
      },
      // the first scan; a follow-up scan belongs to Opvolging
      scanRounds: {
        where: { number: 1 },
        select: {
          _count: {
            select: {
              invitations: { where: { revokedAt: null } },
              responses: { where: { status: "SUBMITTED", invitation: { revokedAt: null } } },
            },
          },
        },
      },
      gedragscode: {
        select: {
          status: true,
          adoptedAt: true,
          _count: { select: { clauses: true, signers: true, signatures: { where: { voidedAt: null } } } },
        },
      },
    },
  });
  if (!t) throw notFound("Dit traject");
  const round = t.scanRounds[0];
  const code = t.gedragscode;
  const facts: PhaseFacts = {
    status: t.status,
    plannedSessionCount: t.plannedSessionCount,
    sessions: t.sessions,
    experts: t.assignments.map((a) => ({ name: a.expert.name, status: a.status as "INVITED" | "ACCEPTED" })),
    scan: {
      deadline: t.scanDeadline,
      closedAt: t.scanClosedAt,
      counts: capabilities.has("results:read")
        ? { invited: round?._count.invitations ?? 0, submitted: round?._count.responses ?? 0 }
        : null,
    },
    code: capabilities.has("gedragscode:read")
      ? code
        ? {
            status: code.status,
            adoptedAt: code.adoptedAt,
            clauses: code._count.clauses,
            signers: code._count.signers,
            signed: code._count.signatures,
          }
        : null
      : undefined,
    closedAt: t.closedAt,
    followUpAt: t.followUpAt,
  };
  return trajectPhases(facts);
}
