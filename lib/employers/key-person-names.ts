import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

// A key person's name is copied into records that keep what was true then: the summary of session 2 as it
// was mailed (lib/room/summary-model.ts) names the session's list and who must sign. When the key person
// goes (a trainer removes them; the retention rule, docs/privacy.md#bewaren), their name goes from
// those copies too. The copies mark each such name with the person's id (`keyPersonId`), so this needs
// no knowledge of their shape: every object in them that carries one of these ids loses its name.

export const REMOVED_NAME = "(naam verwijderd)";

function withoutNames(value: unknown, ids: ReadonlySet<string>): { value: unknown; changed: boolean } {
  if (Array.isArray(value)) {
    const items = value.map((v) => withoutNames(v, ids));
    return { value: items.map((i) => i.value), changed: items.some((i) => i.changed) };
  }
  if (!value || typeof value !== "object") return { value, changed: false };
  const entries = Object.entries(value).map(([k, v]) => [k, withoutNames(v, ids)] as const);
  const own = value as { keyPersonId?: unknown; name?: unknown };
  const named = typeof own.keyPersonId === "string" && ids.has(own.keyPersonId) && own.name !== REMOVED_NAME;
  const out = Object.fromEntries(entries.map(([k, r]) => [k, r.value]));
  if (named) out.name = REMOVED_NAME;
  return { value: out, changed: named || entries.some(([, r]) => r.changed) };
}

/** Removes these key persons' names from the employer's stored session summaries, in the caller's transaction. */
export async function forgetKeyPersonNames(tx: Tx, employerId: string, keyPersonIds: readonly string[]): Promise<number> {
  if (keyPersonIds.length === 0) return 0;
  const ids = new Set(keyPersonIds);
  const rooms = await tx.sessionRoom.findMany({
    where: { summarisedAt: { not: null }, session: { traject: { employerId } } },
    select: { id: true, summary: true },
  });
  let changed = 0;
  for (const room of rooms) {
    const result = withoutNames(room.summary, ids);
    if (!result.changed) continue;
    await tx.sessionRoom.update({ where: { id: room.id }, data: { summary: result.value as Prisma.InputJsonValue } });
    changed += 1;
  }
  return changed;
}
