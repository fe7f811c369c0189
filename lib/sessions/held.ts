import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { followHeldSessions } from "@/lib/trajecten/phase";
import type { UndoHeldInput } from "./schema";

// "Gehouden" is a fact the trainer records once the session has started (sessions.ts). A mistake can
// be taken back until something was built on it: presence, a debrief, or an expert's claim for it.
// Taking it back sends no calendar mail (holding it sent none either) and moves the phase back.

export async function undoSessionHeld({ actor, input }: { actor: Actor; input: UndoHeldInput }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "traject:plan" });
  return db().$transaction(async (tx) => {
    const session = await tx.trajectSession.findUnique({
      where: { trajectId_number: { trajectId: input.trajectId, number: input.number } },
      select: {
        id: true,
        status: true,
        version: true,
        attendees: { where: { present: { not: null } }, select: { id: true } },
        _count: { select: { debriefs: true, claims: true } },
      },
    });
    if (!session || session.status !== "HELD") throw new AppError("VALIDATION", "Deze bijeenkomst staat niet op gehouden.");
    if (session.version !== input.version)
      throw new AppError("CONFLICT", "Deze bijeenkomst is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
    const keep = (why: string) => new AppError("VALIDATION", `${why} Daarom blijft de bijeenkomst op gehouden staan.`);
    if (session.attendees.length > 0) throw keep("De aanwezigheid is al vastgelegd.");
    if (session._count.debriefs > 0) throw keep("Er is al een terugblik op deze bijeenkomst geschreven.");
    if (session._count.claims > 0) throw keep("De ervaringsdeskundige heeft al een declaratie voor deze bijeenkomst ingediend.");
    const updated = await tx.trajectSession.updateMany({
      where: { id: session.id, status: "HELD", version: input.version },
      data: { status: "PLANNED", version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new AppError("CONFLICT", "Deze bijeenkomst is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
    await recordAudit(
      {
        actor,
        action: "session.undoHeld",
        entityType: "TrajectSession",
        entityId: `${input.trajectId}#${input.number}`,
        trajectId: input.trajectId,
      },
      tx,
    );
    const phase = await followHeldSessions(tx, { actor, trajectId: input.trajectId, reason: "session-unheld" });
    return { phase };
  });
}
