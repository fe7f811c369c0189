import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { trajectNameParts, trajectNameSelect, trajectTitle } from "@/lib/format/traject-name";
import { selfPausedExperts } from "@/lib/experts/pacing";
import { expertTrajectTasks } from "./expert-rules";
import { byUrgency, type Task } from "./types";

// The expert's home: their next steps on the trajects they are asked for or part of (expert-rules.ts).
// Only their own assignment, annotations, look backs and claims are read.

export async function expertTasks(actor: Actor, now = new Date()): Promise<Task[]> {
  assertCapability(actor, "workspace:expert");
  const rows = await db().expertAssignment.findMany({
    where: { expertId: actor.id, status: { in: ["INVITED", "ACCEPTED"] }, traject: { status: { not: "CANCELLED" } } },
    orderBy: { createdAt: "asc" },
    select: {
      status: true,
      traject: {
        select: {
          ...trajectNameSelect,
          id: true,
          status: true,
          trainer: { select: { name: true } },
          _count: { select: { annotations: { where: { authorId: actor.id } } } },
          sessions: {
            select: {
              number: true,
              status: true,
              scheduledAt: true,
              debriefs: { where: { authorId: actor.id }, select: { id: true } },
              claims: { where: { expertId: actor.id }, select: { id: true } },
            },
          },
        },
      },
    },
  });
  // their own pause: only what they already agreed to (expert-rules.ts, ADR 037)
  const selfPaused = (await selfPausedExperts(db(), [actor.id], now)).has(actor.id);
  const tasks = rows.flatMap(({ status, traject: t }) => {
    const held = t.sessions.filter((s) => s.status === "HELD");
    return expertTrajectTasks(
      {
        id: t.id,
        name: trajectTitle(trajectNameParts(t)),
        status: t.status,
        trainerName: t.trainer.name,
        assignment: status === "ACCEPTED" ? "accepted" : "asked",
        sessions: t.sessions.map((s) => ({ number: s.number, status: s.status, scheduledAt: s.scheduledAt })),
        annotations: t._count.annotations,
        debriefMissing: held.filter((s) => s.debriefs.length === 0).map((s) => s.number),
        unclaimed: held.filter((s) => s.claims.length === 0).map((s) => s.number),
      },
      now,
      { selfPaused },
    );
  });
  return byUrgency(tasks);
}
