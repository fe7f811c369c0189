import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError, notFound } from "@/lib/errors";
import { latestQuestionnaireThemes } from "@/lib/questionnaires/queries";
import type { SolutionCreateInput, SolutionUpdateInput } from "./schema";

// The oplossingsrichtingen library, edited by admins: add, edit, switch off or on, link to themes.
// Every change is audited; an edit based on an older version is refused (CONFLICT), never an
// overwrite. Entries are never deleted: a closed scan's snapshot and the questionnaire's statements
// may still name them. Keys of entries made here are "EIGEN-<n>"; the bundled ones keep "OR-<n>".

const CONFLICT_MESSAGE =
  "Iemand anders heeft deze oplossingsrichting intussen gewijzigd. Laad de pagina opnieuw en kijk of uw wijziging nog nodig is.";

export async function listSolutionsForAdmin(actor: Actor) {
  assertCapability(actor, "library:edit");
  const [solutions, themes] = await Promise.all([
    db().solution.findMany({ orderBy: [{ active: "desc" }, { key: "asc" }] }),
    latestQuestionnaireThemes(),
  ]);
  return { solutions, themes };
}

/** One entry with the themes to choose from, for its edit page; an unknown key is NOT_FOUND. */
export async function getSolutionForAdmin({ actor, key }: { actor: Actor; key: string }) {
  assertCapability(actor, "library:edit");
  const [solution, themes] = await Promise.all([db().solution.findUnique({ where: { key } }), latestQuestionnaireThemes()]);
  if (!solution) throw notFound("Deze oplossingsrichting");
  return { solution, themes };
}

async function assertKnownThemes(themes: string[]) {
  const known = new Set((await latestQuestionnaireThemes()).map((t) => t.key));
  if (themes.some((t) => !known.has(t)))
    throw new AppError("VALIDATION", "Kies thema's uit de lijst.", { themes: ["Kies thema's uit de lijst."] });
}

export async function createSolution({ actor, input }: { actor: Actor; input: SolutionCreateInput }) {
  assertCapability(actor, "library:edit");
  await assertKnownThemes(input.themes);
  return db().$transaction(async (tx) => {
    // one "EIGEN-<n>" at a time: the advisory lock makes the next number safe across instances
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7140002)`;
    const own = await tx.solution.findMany({ where: { key: { startsWith: "EIGEN-" } }, select: { key: true } });
    const next = Math.max(0, ...own.map((s) => Number(s.key.slice(6)) || 0)) + 1;
    const solution = await tx.solution.create({ data: { key: `EIGEN-${next}`, ...input } });
    await recordAudit(
      { actor, action: "solution.create", entityType: "Solution", entityId: solution.key, data: { title: solution.title } },
      tx,
    );
    return { key: solution.key };
  });
}

/** Changes the entry only at the version the editor read: else not found, or someone else's change came first. */
async function updateAtVersion(tx: Tx, key: string, version: number, data: Prisma.SolutionUpdateManyMutationInput) {
  const updated = await tx.solution.updateMany({ where: { key, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count > 0) return;
  if (!(await tx.solution.findUnique({ where: { key }, select: { key: true } }))) throw notFound("Deze oplossingsrichting");
  throw new AppError("CONFLICT", CONFLICT_MESSAGE);
}

export async function updateSolution({ actor, input }: { actor: Actor; input: SolutionUpdateInput }) {
  assertCapability(actor, "library:edit");
  await assertKnownThemes(input.themes);
  const { key, version, ...data } = input;
  return db().$transaction(async (tx) => {
    await updateAtVersion(tx, key, version, data);
    await recordAudit({ actor, action: "solution.update", entityType: "Solution", entityId: key, data: { title: data.title } }, tx);
    return { key };
  });
}

export async function setSolutionActive({ actor, key, version, active }: { actor: Actor; key: string; version: number; active: boolean }) {
  assertCapability(actor, "library:edit");
  return db().$transaction(async (tx) => {
    await updateAtVersion(tx, key, version, { active });
    await recordAudit({ actor, action: active ? "solution.activate" : "solution.deactivate", entityType: "Solution", entityId: key }, tx);
    return { key };
  });
}
