import "server-only";
import { db, isUniqueViolation } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { parseQuestionnaire } from "@/lib/questionnaires/schema";
import { MAX_QUESTIONNAIRE_BYTES, TOO_LARGE_MESSAGE } from "./import-schema";

export const IMPORT_REJECTED_MESSAGE = "Het bestand is niet geïmporteerd. Dit moet anders:";

export interface ImportedQuestionnaire {
  id: string;
  key: string;
  version: number;
  title: string;
  itemCount: number;
}

/** Every problem with the file goes to the admin as one Dutch list; nothing is written. */
const rejected = (errors: string[]) => new AppError("VALIDATION", IMPORT_REJECTED_MESSAGE, { file: errors });

/**
 * Imports a questionnaire file as the next version of its key (`id` in the file). Existing versions
 * are never changed: responses stay tied to the version they were filled with.
 */
export async function importQuestionnaireVersion({
  actor,
  fileName,
  text,
}: {
  actor: Actor;
  fileName: string;
  text: string;
}): Promise<ImportedQuestionnaire> {
  assertCapability(actor, "questionnaire:import");
  if (Buffer.byteLength(text, "utf8") > MAX_QUESTIONNAIRE_BYTES) throw rejected([TOO_LARGE_MESSAGE]);

  const json = parseJson(text);
  const solutions = await db().solution.findMany({ select: { key: true } });
  const parsed = parseQuestionnaire(json, { knownSolutionKeys: solutions.map((s) => s.key) });
  if (!parsed.ok) throw rejected(parsed.errors);
  const questionnaire = parsed.questionnaire;
  const itemCount = questionnaire.themes.reduce((n, t) => n + t.items.length, 0);

  try {
    return await db().$transaction(async (tx) => {
      const latest = await tx.questionnaire.aggregate({ where: { key: questionnaire.id }, _max: { version: true } });
      const version = (latest._max.version ?? 0) + 1;
      const row = await tx.questionnaire.create({
        data: {
          key: questionnaire.id,
          version,
          title: questionnaire.title,
          // The parsed value, not the raw file: unknown fields are dropped by the schema.
          content: questionnaire as object,
          itemCount,
          importedById: actor.id,
        },
        select: { id: true, key: true, version: true, title: true, itemCount: true },
      });
      await recordAudit(
        {
          actor,
          action: "questionnaire.import",
          entityType: "Questionnaire",
          entityId: row.id,
          data: { key: row.key, version, fileName, itemCount },
        },
        tx,
      );
      return row;
    });
  } catch (e) {
    // Two imports of the same key at once both read the same max; the unique (key, version) stops the second.
    if (isUniqueViolation(e)) {
      throw new AppError(
        "CONFLICT",
        "Tegelijk werd een andere versie van deze vragenlijst geïmporteerd. Vernieuw de pagina en probeer het opnieuw.",
      );
    }
    throw e;
  }
}

function parseJson(text: string): unknown {
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw rejected(["Dit bestand is geen geldige JSON: het bestand is leeg."]);
  try {
    return JSON.parse(body);
  } catch (e) {
    throw rejected([`Dit bestand is geen geldige JSON: ${describeJsonError(body, e)}`]);
  }
}

/** V8's message is English and quotes the file; keep only what and where, in Dutch. */
function describeJsonError(body: string, error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  const token = /Unexpected token '(.{1,4}?)'/.exec(message)?.[1];
  const at = /position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : token ? -1 : null;
  if (/end of JSON input/i.test(message) || (position !== null && position >= body.trimEnd().length)) {
    return "het bestand houdt midden in op (ontbreekt er een haakje of aanhalingsteken?).";
  }
  const what = token ? `onverwacht teken '${token}'` : "de opbouw klopt niet";
  if (position === null || position < 0) return `${what}. Controleer haakjes, komma's en aanhalingstekens.`;
  const lines = body.slice(0, position).split("\n");
  return `${what} op regel ${lines.length}, positie ${lines.at(-1)!.length + 1} (bijvoorbeeld een komma te veel of te weinig, of een ontbrekend aanhalingsteken).`;
}
