import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { GuidelineCreateInput, GuidelineUpdateInput } from "./schema";

// The method's do's and don'ts that every preparation card carries: bundled content
// (prisma/data/werkwijze.json, installed once, never overwritten) that the admin edits, adds to or
// switches off. Switched off rather than deleted, so the bundled entry does not come back on the next start.

export async function activeGuidelines() {
  const rows = await db().methodGuideline.findMany({ where: { active: true }, orderBy: [{ position: "asc" }, { key: "asc" }] });
  return { do: rows.filter((r) => r.kind === "DO").map((r) => r.text), dont: rows.filter((r) => r.kind === "DONT").map((r) => r.text) };
}

/** The standard uitgangspunten offered for every new gedragscode. */
export async function activePrinciples() {
  const rows = await db().methodGuideline.findMany({
    where: { active: true, kind: "PRINCIPLE" },
    orderBy: [{ position: "asc" }, { key: "asc" }],
  });
  return rows.map((r) => ({ key: r.key, title: r.title ?? r.text.slice(0, 60), text: r.text }));
}

export async function listGuidelinesForAdmin(actor: Actor) {
  assertCapability(actor, "guidance:edit");
  return db().methodGuideline.findMany({ orderBy: [{ kind: "asc" }, { position: "asc" }, { key: "asc" }] });
}

export async function createGuideline({ actor, input }: { actor: Actor; input: GuidelineCreateInput }) {
  assertCapability(actor, "guidance:edit");
  return db().$transaction(async (tx) => {
    const last = await tx.methodGuideline.aggregate({ _max: { position: true } });
    const created = await tx.methodGuideline.create({
      data: {
        key: `eigen-${crypto.randomUUID()}`,
        kind: input.kind,
        title: input.title || null,
        text: input.text,
        position: (last._max.position ?? 0) + 1,
      },
    });
    await recordAudit({ actor, action: "guidance.create", entityType: "MethodGuideline", entityId: created.id }, tx);
    return created;
  });
}

export async function updateGuideline({ actor, input }: { actor: Actor; input: GuidelineUpdateInput }) {
  assertCapability(actor, "guidance:edit");
  await db().$transaction(async (tx) => {
    const updated = await tx.methodGuideline.updateMany({
      where: { id: input.id, version: input.version },
      data: { kind: input.kind, title: input.title || null, text: input.text, active: input.active, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const exists = await tx.methodGuideline.count({ where: { id: input.id } });
      throw exists
        ? new AppError("CONFLICT", "Deze afspraak is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.")
        : new AppError("NOT_FOUND", "Deze afspraak bestaat niet (meer).");
    }
    await recordAudit({ actor, action: "guidance.update", entityType: "MethodGuideline", entityId: input.id }, tx);
  });
}
