// renderCodeDocx: the EPA-gedragscode on its own as a Word document, for an employer who wants to take
// the text into their own house style. The same model as the PDF (./document-model.ts):
// title (Heading 1), status line, preamble, sections (Heading 2) with clauses (Heading 3), and the
// signature table once adopted. What Word and LibreOffice (common at municipalities) need to treat it
// as a structured document: headings with an outline level (navigator, PDF bookmarks, tagged headings),
// clauses numbered by a real list ("Artikel 3", to cite), a header and footer on every page with
// "Pagina X van Y" and, while it is a concept, CONCEPT in the header. nl-NL as the document language.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { CodeDocumentModel, SignaturePageModel } from "./document-types";
import { COLOR, wordColor } from "@/lib/pdf/style";

const MUTED = wordColor(COLOR.muted);
const HEADING_COLOR = wordColor(COLOR.heading);
const LANG = "nl-NL";
const CLAUSES = "artikelen";

const heading = (outlineLevel: number, size: number, color = HEADING_COLOR) => ({
  run: { bold: true, size, color },
  paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
});

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
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_3,
          numbering: { reference: CLAUSES, level: 0 },
          children: [new TextRun(clause.title)],
        }),
      );
      children.push(...textParagraphs(clause.body));
      if (clause.details.length > 0)
        children.push(new Paragraph({ children: [new TextRun({ text: clause.details.join(" · "), size: 18, color: MUTED })] }));
    }
  }
  if (code.signatures) children.push(...signatureBlock(code.signatures));

  const small = { size: 18, color: MUTED };
  const doc = new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    keywords: model.meta.keywords,
    creator: "Weerbare Werkgever",
    description: `${code.statusLabel}. ${code.statusLine}`,
    styles: {
      default: {
        document: { run: { language: { value: LANG }, font: "Calibri", size: 22 } },
        heading1: heading(0, 36),
        heading2: heading(1, 28),
        heading3: heading(2, 24, "000000"),
      },
    },
    numbering: {
      config: [
        {
          reference: CLAUSES,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "Artikel %1.",
              suffix: LevelSuffix.SPACE,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 0, hanging: 0 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: code.isConcept
                  ? [
                      new TextRun({ text: "CONCEPT", bold: true, size: 18 }),
                      new TextRun({ text: ` – nog niet vastgesteld · ${model.title}`, ...small }),
                    ]
                  : [new TextRun({ text: model.title, ...small })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES], ...small })],
              }),
            ],
          }),
        },
        children,
      },
    ],
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

const KEYS = ["name", "function", "signedAt", "hash"] as const;
/** The text width of an A4 page with docx's default 2.54 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1440;
/**
 * The table's text is 10 pt. A word's width is estimated at 0.62 em a character: wider than Calibri,
 * because LibreOffice without Calibri or Carlito falls back to DejaVu Sans (a hash of "a"s is 0.61 em
 * there; it broke at 0.55). A cell adds 2 × 108 margin.
 */
const TABLE_SIZE = 20;
const wordTwips = (word: string) => Math.ceil(word.length * 0.62 * (TABLE_SIZE / 2) * 20) + 216;

/**
 * Fixed column widths in which each column's longest word fits ("(ondernemingsraad)"), so neither Word
 * nor LibreOffice breaks a word; the name column, which wraps best, gives up its room first.
 */
function columnWidths(page: SignaturePageModel): number[] {
  const preferred = { name: 2626, function: 2300, signedAt: 2100, hash: 2000 };
  const need = KEYS.map((k) => Math.max(...[page.columns[k], ...page.rows.map((r) => r[k])].flatMap((t) => t.split(/\s+/)).map(wordTwips)));
  const widths = KEYS.map((k, i) => Math.max(preferred[k], need[i] ?? 0));
  let excess = widths.reduce((a, b) => a + b, 0) - TEXT_WIDTH;
  for (let i = 0; i < widths.length && excess > 0; i++) {
    const take = Math.min(excess, Math.max(0, (widths[i] ?? 0) - (need[i] ?? 0)));
    widths[i] = (widths[i] ?? 0) - take;
    excess -= take;
  }
  return widths;
}

function signatureBlock(page: SignaturePageModel): (Paragraph | Table)[] {
  const widths = columnWidths(page);
  const cell = (text: string, i: number, header = false) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: TABLE_SIZE })] })],
    });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: true, children: [new TextRun(page.title)] }),
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: page.explanation, size: 18, color: MUTED })] }),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, children: KEYS.map((k, i) => cell(page.columns[k], i, true)) }),
        ...page.rows.map((row) => new TableRow({ cantSplit: true, children: KEYS.map((k, i) => cell(row[k], i)) })),
      ],
    }),
  ];
}
