// One tagged A4 document set up the way every PDF of the app needs it (the report, the preparation
// card): our own fonts, buffered pages for the page furniture, lean content streams, and the bytes
// collected directly instead of through pdfkit's stream.
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
  doc.resume();
  bufferPageContent(doc);
  registerReportFonts(doc);
  return { doc, w: new Writer(doc), done };
}
