// renderCodeDocx: the EPA-gedragscode on its own as a Word document, for an employer who wants to take
// the text into their own house style. The same model as the PDF (./document-model.ts):
// title (Heading 1), status line, preamble, sections (Heading 2) with clauses (Heading 3), and the
// signature table once adopted. Real heading styles and a header row keep it accessible; nl-NL as the
// document language so Word checks the spelling in Dutch and screen readers read it in Dutch.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { CodeDocumentModel, SignaturePageModel } from "./document-types";

const MUTED = "52606D";
const LANG = "nl-NL";

export async function renderCodeDocx(model: CodeDocumentModel): Promise<Buffer> {
  const { code } = model;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(model.title)] }),
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: `${code.statusLabel}. `, bold: true }), new TextRun(code.statusLine)],
    }),
  ];
  for (const section of code.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.title)] }));
    if (section.intro) children.push(...textParagraphs(section.intro));
    for (const clause of section.clauses) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(clause.title)] }));
      children.push(...textParagraphs(clause.body));
      if (clause.details.length > 0)
        children.push(new Paragraph({ children: [new TextRun({ text: clause.details.join(" · "), size: 18, color: MUTED })] }));
    }
  }
  if (code.signatures) children.push(...signatureBlock(code.signatures));

  const doc = new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    keywords: model.meta.keywords,
    creator: "Weerbare Werkgever",
    description: model.code.statusLine,
    styles: { default: { document: { run: { language: { value: LANG }, font: "Calibri", size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** A text as paragraphs: each line the user typed stays a line. */
function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(line)] }));
}

function signatureBlock(page: SignaturePageModel): (Paragraph | Table)[] {
  const keys = ["name", "function", "signedAt", "hash"] as const;
  const widths = { name: 30, function: 25, signedAt: 25, hash: 20 };
  const cell = (text: string, key: (typeof keys)[number], header = false) =>
    new TableCell({
      width: { size: widths[key], type: WidthType.PERCENTAGE },
      children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
    });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: true, children: [new TextRun(page.title)] }),
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: page.explanation, size: 18, color: MUTED })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: keys.map((k) => cell(page.columns[k], k, true)) }),
        ...page.rows.map((row) => new TableRow({ cantSplit: true, children: keys.map((k) => cell(row[k], k)) })),
      ],
    }),
  ];
}
