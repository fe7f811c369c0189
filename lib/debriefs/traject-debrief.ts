import "server-only";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";
import { recordAudit } from "@/lib/audit";
import { RELATION_ROLE } from "@/lib/auth/capabilities";
import { assertCapability, assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TrajectDebriefInput } from "./traject-debrief-schema";

// At closing, the trainer and the expert each record what worked in this traject for the method. It is
// ECIO's material for the programme view: read by its admins (trajectDebrief:readAll) and by the author,
// never by the employer or the other half of the tandem (so each writes freely).

/** The author's own debrief of this traject, or null. */
export async function ownTrajectDebrief({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "trajectDebrief:write" });
  return db().trajectDebrief.findUnique({
    where: { trajectId_authorId: { trajectId, authorId: actor.id } },
    select: { whatWorked: true, version: true, updatedAt: true },
  });
}

export async function saveTrajectDebrief({ actor, input }: { actor: Actor; input: TrajectDebriefInput }) {
  const access = await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "trajectDebrief:write" });
  // as whom they wrote it (trainer or expert), from their relation to the traject
  const authorRole = RELATION_ROLE[access.relation];
  await db().$transaction(async (tx) => {
    const traject = await tx.traject.findUniqueOrThrow({ where: { id: input.trajectId }, select: { status: true } });
    if (traject.status !== "CLOSED")
      throw new AppError("VALIDATION", "De terugblik op het traject schrijft u als het traject is afgerond.");
    const fields = { whatWorked: input.whatWorked };
    const choice = await checkHealthText({ trajectId: input.trajectId, fields, confirmed: input.gezondheidscheck }, tx);
    const key = { trajectId_authorId: { trajectId: input.trajectId, authorId: actor.id } };
    const existing = await tx.trajectDebrief.findUnique({ where: key, select: { id: true, version: true } });
    const stale = () =>
      new AppError(
        "CONFLICT",
        "U heeft deze terugblik intussen ook ergens anders bewaard. Laad de pagina opnieuw; uw tekst hieronder blijft staan.",
      );
    let id: string;
    if (!existing) {
      if (input.version !== 0) throw stale();
      // two first saves at once: the unique (traject, author) lets one in, the other is the same conflict
      const created = await tx.trajectDebrief
        .create({
          data: { trajectId: input.trajectId, authorId: actor.id, authorRole, whatWorked: input.whatWorked },
          select: { id: true },
        })
        .catch((e: unknown) => {
          if (isUniqueViolation(e)) throw stale();
          throw e;
        });
      id = created.id;
    } else {
      const updated = await tx.trajectDebrief.updateMany({
        where: { id: existing.id, version: input.version },
        data: { whatWorked: input.whatWorked, version: { increment: 1 } },
      });
      if (updated.count === 0) throw stale();
      id = existing.id;
    }
    await recordAudit({ actor, action: "trajectDebrief.save", entityType: "TrajectDebrief", entityId: id, trajectId: input.trajectId }, tx);
    await recordHealthChoice(choice, actor, { type: "TrajectDebrief", id }, tx);
  });
}

/** Every traject's debriefs, newest first: ECIO's admins, for the programme view. */
export async function allTrajectDebriefs({ actor }: { actor: Actor }) {
  assertCapability(actor, "trajectDebrief:readAll");
  const rows = await db().trajectDebrief.findMany({
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      authorRole: true,
      whatWorked: true,
      updatedAt: true,
      author: { select: { name: true } },
      traject: { select: { id: true, employer: { select: { name: true } }, closedAt: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    authorName: r.author.name,
    authorRole: r.authorRole,
    whatWorked: r.whatWorked,
    updatedAt: r.updatedAt,
    trajectId: r.traject.id,
    employerName: r.traject.employer.name,
    closedAt: r.traject.closedAt,
  }));
}
