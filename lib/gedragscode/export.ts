import "server-only";
import { recordAudit } from "@/lib/audit";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getLatestQuestionnaire, getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { trajectFileSlug, trajectNameParts, trajectNameSelect } from "@/lib/format/traject-name";
import { buildCodeDocument } from "./document-model";
import { GEDRAGSCODE_INCLUDE, toGedragscodeInput } from "./document-source";
import { currentContent } from "./content";
import { renderCodeDocx } from "./export-docx";
import { renderCodePdf } from "./export-pdf";

// The code on its own as a download (PDF or Word), for everyone who may read it: the same model as the
// report's closing part, so the download and the report never tell a different story.

export const CODE_EXPORT_FORMATS = {
  pdf: { contentType: "application/pdf", render: renderCodePdf },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", render: renderCodeDocx },
} as const;

export type CodeExportFormat = keyof typeof CODE_EXPORT_FORMATS;

export interface CodeExport {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName: string;
}

const NO_CODE = "Er is nog geen gedragscode om te downloaden.";

/**
 * The code as a file, with an audit entry once the bytes exist. Throws AppError NOT_FOUND/FORBIDDEN for
 * an actor without "gedragscode:read" on the traject, and NOT_FOUND while the code has no clauses.
 */
export async function codeExportForActor({
  actor,
  trajectId,
  format,
}: {
  actor: Actor;
  trajectId: string;
  format: CodeExportFormat;
}): Promise<CodeExport> {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  const file = await renderCodeFile(trajectId, format);
  await recordAudit({
    actor,
    action: "gedragscode.download",
    entityType: "Gedragscode",
    entityId: file.codeId,
    trajectId,
    data: { format },
  });
  return { body: file.body, contentType: file.contentType, fileName: file.fileName };
}

/**
 * The code as a file, for a caller that already decided who gets it (the download above; the mail of
 * the adopted code, ./adoption-mail.ts). Throws NOT_FOUND while the code has no clauses.
 */
export async function renderCodeFile(trajectId: string, format: CodeExportFormat): Promise<CodeExport & { codeId: string }> {
  const traject = await db().traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: { questionnaireId: true, ...trajectNameSelect, gedragscode: { include: GEDRAGSCODE_INCLUDE } },
  });
  const code = traject.gedragscode;
  if (!code || code.clauses.length === 0) throw new AppError("NOT_FOUND", NO_CODE);
  const questionnaireId = traject.questionnaireId ?? (await getLatestQuestionnaire())?.id;
  const [questionnaire, { hash }] = await Promise.all([
    questionnaireId ? getQuestionnaireContent(questionnaireId) : { themes: [] },
    currentContent(db(), code.id),
  ]);
  const model = buildCodeDocument({ gedragscode: toGedragscodeInput(code, hash), questionnaire, employerName: traject.employer.name });
  if (!model) throw new AppError("NOT_FOUND", NO_CODE);
  const { contentType, render } = CODE_EXPORT_FORMATS[format];
  const body = new Uint8Array(await render(model));
  return { codeId: code.id, body, contentType, fileName: `gedragscode-${trajectFileSlug(trajectNameParts(traject))}.${format}` };
}
