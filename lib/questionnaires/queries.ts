import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";

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
      bundled: true,
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
    coreCount: coreCountOf(content),
    importedByName: importedBy?.name ?? null,
    responseCount: _count.responses,
    trajectCount: _count.trajecten,
  }));
}
export type QuestionnaireVersionRow = Awaited<ReturnType<typeof listQuestionnaireVersions>>[number];

function themesOf(content: unknown): unknown[] {
  const themes = (content as { themes?: unknown } | null)?.themes;
  return Array.isArray(themes) ? themes : [];
}
const themeCountOf = (content: unknown): number => themesOf(content).length;

/** The statements marked as core (the short version, lib/questionnaires/short.ts). */
function coreCountOf(content: unknown): number {
  return themesOf(content)
    .flatMap((t) => {
      const items = (t as { items?: unknown } | null)?.items;
      return Array.isArray(items) ? items : [];
    })
    .filter((item) => (item as { core?: unknown } | null)?.core === true).length;
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

import { getQuestionnaireContent } from "./content";
export { getQuestionnaireContent };

/** The themes of the newest questionnaire: what library entries and expert profiles link to. */
export async function latestQuestionnaireThemes(): Promise<{ key: string; title: string }[]> {
  const latest = await getLatestQuestionnaire();
  if (!latest) return [];
  return (await getQuestionnaireContent(latest.id)).themes.map((t) => ({ key: t.key, title: t.title }));
}
