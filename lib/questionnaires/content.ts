import { db, type DbClient } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseQuestionnaire } from "@/lib/questionnaires/schema";
import type { Questionnaire } from "./types";

// The content of a questionnaire version, for anyone who has its id: what every respondent sees
// anyway, so no actor. Not server-only, so the seeds (which write results snapshots) can use it too.

// A version's content never changes after import (a change is a new version), so caching by id for
// the life of the process is always correct. Bounded by the number of versions ever imported.
const contentCache = new Map<string, Questionnaire>();

/** The parsed content of one version; throws NOT_FOUND for an unknown id. */
export async function getQuestionnaireContent(
  id: string,
  /** a transaction, when the caller reads inside one (e.g. a snapshot taken with a phase change) */
  client: DbClient = db(),
): Promise<Questionnaire> {
  const cached = contentCache.get(id);
  if (cached) return cached;
  const row = await client.questionnaire.findUnique({ where: { id }, select: { content: true } });
  if (!row) throw notFound("Deze vragenlijst");
  // Imports are validated, but the bundled seed is written directly: check here too, so a bad row
  // fails loudly instead of producing wrong scores.
  const parsed = parseQuestionnaire(row.content);
  if (!parsed.ok) throw new Error(`Questionnaire ${id} has invalid content: ${parsed.errors.slice(0, 5).join("; ")}`);
  contentCache.set(id, parsed.questionnaire);
  return parsed.questionnaire;
}
