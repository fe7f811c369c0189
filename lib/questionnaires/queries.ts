import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors";
import { parseQuestionnaire } from "@/lib/scan/scoring/questionnaire-schema";
import type { Questionnaire } from "@/lib/scan/scoring/types";

/** Every imported version, newest first, with how much it is in use. Admin only. */
export async function listQuestionnaireVersions(actor: Actor) {
  assertCapability(actor, "questionnaire:import");
  const rows = await db().questionnaire.findMany({
    orderBy: [{ key: "asc" }, { version: "desc" }],
    select: {
      id: true,
      key: true,
      version: true,
      title: true,
      itemCount: true,
      createdAt: true,
      // A handful of ~20 kB rows: reading content to count themes is cheaper than a second query path.
      content: true,
      importedBy: { select: { name: true } },
      _count: { select: { responses: true, trajecten: true } },
    },
  });
  return rows.map(({ content, importedBy, _count, ...row }) => ({
    ...row,
    themeCount: themeCountOf(content),
    importedByName: importedBy?.name ?? null,
    responseCount: _count.responses,
    trajectCount: _count.trajecten,
  }));
}
export type QuestionnaireVersionRow = Awaited<ReturnType<typeof listQuestionnaireVersions>>[number];

function themeCountOf(content: unknown): number {
  const themes = (content as { themes?: unknown } | null)?.themes;
  return Array.isArray(themes) ? themes.length : 0;
}

/**
 * The newest version (of `key`, or of any questionnaire): what a traject without a chosen version
 * uses. No actor: it exposes only the content that every respondent sees anyway.
 */
export async function getLatestQuestionnaire(key?: string) {
  return db().questionnaire.findFirst({
    where: key ? { key } : {},
    orderBy: key ? [{ version: "desc" }] : [{ createdAt: "desc" }, { version: "desc" }],
    select: { id: true, key: true, version: true, title: true, itemCount: true, createdAt: true },
  });
}

// A version's content never changes after import (a change is a new version), so caching by id for
// the life of the process is always correct. Bounded by the number of versions ever imported.
const contentCache = new Map<string, Questionnaire>();

/** The parsed content of one version; throws NOT_FOUND for an unknown id. */
export async function getQuestionnaireContent(id: string): Promise<Questionnaire> {
  const cached = contentCache.get(id);
  if (cached) return cached;
  const row = await db().questionnaire.findUnique({ where: { id }, select: { content: true } });
  if (!row) throw notFound("Deze vragenlijst");
  // Imports are validated, but the bundled seed is written directly: check here too, so a bad row
  // fails loudly instead of producing wrong scores.
  const parsed = parseQuestionnaire(row.content);
  if (!parsed.ok) throw new Error(`Questionnaire ${id} has invalid content: ${parsed.errors.slice(0, 5).join("; ")}`);
  contentCache.set(id, parsed.questionnaire);
  return parsed.questionnaire;
}
