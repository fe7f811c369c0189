// One tagged A4 document set up the way every PDF of the app needs it (the report, the preparation
// card, the code): our own fonts, buffered pages for the page furniture, lean content streams, and the
// bytes collected directly instead of through pdfkit's stream. Declared PDF/UA-1 (pdfuaid:part 1 in the
// XMP): tests/unit/pdf-structure.test.ts checks the rules it promises on all three documents (structure
// text word for word, every TH with a Scope, /Lang, DisplayDocTitle, every Figure with alt text).
import PDFDocument from "pdfkit";
import { bufferPageContent } from "./content-buffer";
import { registerReportFonts } from "./fonts";
import { PAGE } from "./style";
import { Writer } from "./writer";

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  lang: "nl-NL";
}

export function createTaggedDocument(meta: DocumentMeta): { doc: InstanceType<typeof PDFDocument>; w: Writer; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.marginX, right: PAGE.marginX },
    pdfVersion: "1.7",
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    bufferPages: true,
    // pdfkit's documented PDF/UA option; @types/pdfkit lists only the PDF/A subsets
    subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
    // no Helvetica: pdfkit would parse its AFM metrics for every document and we never use it
    font: null as unknown as string,
    info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Keywords: meta.keywords, Creator: "Weerbare Werkgever" },
  });
  // pdfkit pushes every fragment of every object through its Readable stream (thousands of pushes);
  // we only need the whole file, so the fragments are collected directly and the stream only ends.
  const chunks: Buffer[] = [];
  const header = doc.read() as Buffer | null; // what the constructor already wrote (%PDF-1.7 …)
  if (header) chunks.push(header);
  const push = doc.push.bind(doc);
  doc.push = (chunk: Buffer | null) => (chunk === null ? push(null) : (chunks.push(chunk), true));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  escapeXmp(doc);
  doc.resume();
  bufferPageContent(doc);
  registerReportFonts(doc);
  return { doc, w: new Writer(doc), done };
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
/** The XMP text elements pdfkit fills from the document info (title, author, subject, keywords). */
const XMP_TEXT = /(<(rdf:li|pdf:Keywords|pdf:Producer|xmp:CreatorTool)\b[^>]*>)([^]*?)(<\/\2>)/g;

/**
 * pdfkit 0.20.2 writes the title and author into the XMP unescaped: an employer named "Zorg & Welzijn"
 * would make the metadata (and with it the PDF/UA declaration) malformed XML. Escape those texts.
 */
function escapeXmp(doc: InstanceType<typeof PDFDocument>): void {
  const append = doc.appendXML.bind(doc);
  doc.appendXML = (xml: string, newLine?: boolean) =>
    append(
      xml.replace(
        XMP_TEXT,
        (_m, open: string, _tag: string, text: string, close: string) => open + text.replace(/[&<>]/g, (c) => XML_ESCAPES[c] ?? c) + close,
      ),
      newLine,
    );
}
