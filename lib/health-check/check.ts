import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { BUNDLED_TERMS, FIRST_NAMES } from "./bundled";
import { compileTerms, findHealthMention, nameWords } from "./matcher";
import { HEALTH_CONFIRM_VALUE, HEALTH_QUESTION } from "./texts";

// The health-data check on save (issue 25, ADR 028). Every domain function that stores a text which can
// reach the employer, a file or another person calls checkHealthText in its transaction, before the
// write. A listed term near a person's name and no "Toch bewaren": a HEALTH_CHECK refusal, so the form
// asks its question and nothing is saved. With "Toch bewaren": the text is saved and the choice recorded
// as an audit event naming the field, never the text or the term. A text without a hit leaves no trace.

const FIRST_NAME_WORDS = nameWords(FIRST_NAMES);

/** The two term lists in force: the admin's, or the bundled ones. */
export async function termListInForce(tx: Tx = db()) {
  const row = await tx.healthTermList.findUnique({ where: { id: "terms" } });
  if (!row) return { strong: [...BUNDLED_TERMS.strong], near: [...BUNDLED_TERMS.near], version: 0, edited: false };
  return { strong: row.strong.split("\n"), near: row.near.split("\n"), version: row.version, edited: true };
}

/** Everyone a traject's texts could be about: key persons (attendees are key persons), respondents, the tandem, the employer's users. */
async function namesOfTraject(tx: Tx, trajectId: string): Promise<string[]> {
  const traject = await tx.traject.findUnique({
    where: { id: trajectId },
    select: {
      trainer: { select: { name: true } },
      assignments: { select: { expert: { select: { name: true } } } },
      invitations: { select: { name: true } },
      employer: { select: { keyPersons: { select: { name: true } }, users: { select: { name: true } } } },
    },
  });
  if (!traject) return [];
  return [
    traject.trainer.name,
    ...traject.assignments.map((a) => a.expert.name),
    ...traject.invitations.map((i) => i.name),
    ...traject.employer.keyPersons.map((k) => k.name),
    ...traject.employer.users.map((u) => u.name),
  ];
}

export interface HealthCheckInput {
  /** Whose people's names count; null: only the bundled first names (e.g. an expert's own profile) */
  trajectId: string | null;
  /** Form field name → the text about to be stored */
  fields: Record<string, string | null | undefined>;
  /** The texts as stored before this save: a field left as it was is not asked about again */
  stored?: Record<string, string | null | undefined>;
  /** The form's "Toch bewaren" (its field's value, "bewaren", or true) */
  confirmed: boolean | typeof HEALTH_CONFIRM_VALUE | undefined;
}

/** The fields whose text has a listed term near a name. */
export async function fieldsWithHealthMention(tx: Tx, trajectId: string | null, fields: HealthCheckInput["fields"]) {
  const texts = Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== "");
  if (texts.length === 0) return [];
  const terms = compileTerms(await termListInForce(tx));
  const names = trajectId ? new Set([...FIRST_NAME_WORDS, ...nameWords(await namesOfTraject(tx, trajectId))]) : FIRST_NAME_WORDS;
  return texts.filter(([, value]) => findHealthMention(value, terms, names) !== null).map(([field]) => field);
}

/** What the check found that the writer chose to keep: pass it to recordHealthChoice once the text is stored. */
export type HealthChoice = { trajectId: string | null; fields: string[] };

/** Before the write: refuses with the question, or returns what was kept despite it (often nothing). */
export async function checkHealthText(input: HealthCheckInput, tx: Tx = db()): Promise<HealthChoice> {
  const changed = Object.fromEntries(
    Object.entries(input.fields).filter(([field, value]) => (input.stored?.[field] ?? "") !== (value ?? "")),
  );
  const hits = await fieldsWithHealthMention(tx, input.trajectId, changed);
  if (hits.length > 0 && !input.confirmed)
    throw new AppError("HEALTH_CHECK", HEALTH_QUESTION, Object.fromEntries(hits.map((field) => [field, [HEALTH_QUESTION]])));
  return { trajectId: input.trajectId, fields: hits };
}

/** After the write, in the same transaction: "Toch bewaren" as an event naming the fields, never the text or the term. */
export async function recordHealthChoice(choice: HealthChoice, actor: AuditActor, entity: { type: string; id: string }, tx: Tx = db()) {
  if (choice.fields.length === 0) return;
  await recordAudit(
    {
      actor,
      action: "healthCheck.kept",
      entityType: entity.type,
      entityId: entity.id,
      trajectId: choice.trajectId,
      data: { fields: choice.fields },
    },
    tx,
  );
}
