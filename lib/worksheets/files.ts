import "server-only";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors";
import { fileNameSlug } from "@/lib/format/file-name";
import { worksheetLinks, type WorksheetLink } from "./links";
import { renderWorksheetDocx } from "./render-docx";
import { renderWorksheetPdf } from "./render-pdf";
import type { Worksheet, WorksheetFormat, WorksheetKey } from "./schema";
import { WORKSHEETS } from "./texts";

// The worksheets as downloads (docs/decisions/027-worksheets.md). Generic content without any traject's
// data, so no audit entry; still deny by default: only actors holding "worksheets:read".

export const WORKSHEET_CONTENT_TYPES: Record<WorksheetFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const RENDER: Record<WorksheetFormat, (sheet: Worksheet) => Promise<Buffer>> = { pdf: renderWorksheetPdf, docx: renderWorksheetDocx };

/** "werkblad-Terugvalpreventieplan.pdf" (lib/format's file-name helper keeps it ASCII-safe). */
export const worksheetFileName = (sheet: Pick<Worksheet, "title">, format: WorksheetFormat) =>
  `werkblad-${fileNameSlug(sheet.title)}.${format}`;

/** The four worksheets with their two downloads, for the page /werkbladen. */
export function listWorksheetsForActor(actor: Actor): (WorksheetLink & { purpose: string })[] {
  assertCapability(actor, "worksheets:read");
  return worksheetLinks(WORKSHEETS.map((w) => w.key)).map((link) => ({
    ...link,
    purpose: WORKSHEETS.find((w) => w.key === link.key)?.purpose ?? "",
  }));
}

/** One worksheet as a file; FORBIDDEN without "worksheets:read", NOT_FOUND for a key that is none. */
export async function worksheetFileForActor({ actor, key, format }: { actor: Actor; key: WorksheetKey; format: WorksheetFormat }) {
  assertCapability(actor, "worksheets:read");
  const sheet = WORKSHEETS.find((w) => w.key === key);
  if (!sheet) throw notFound("Dit werkblad");
  const body = new Uint8Array(await RENDER[format](sheet));
  return { body, contentType: WORKSHEET_CONTENT_TYPES[format], fileName: worksheetFileName(sheet, format) };
}
