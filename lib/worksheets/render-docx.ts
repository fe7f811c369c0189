// renderWorksheetDocx: one worksheet as a Word document, for an employer who keeps it in their own
// systems. The same content as the PDF: real headings (outline levels), "Zo vult u het in" as a numbered
// list, tables with a repeated header row, writing lines as empty paragraphs with a line under them, and
// the footer (filled in outside this app) on every page beside "Pagina X van Y". nl-NL throughout.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { SWATCH, worksheetDocumentTitle } from "./render-pdf";
import { COLOR, wordColor } from "@/lib/pdf/style";
import type { Worksheet, WorksheetFill } from "./schema";
import { HOW_TO_HEADING, WORKSHEET_FOOTER } from "./texts";

const LANG = "nl-NL";
const MUTED = wordColor(COLOR.muted);
const HEADING_COLOR = wordColor(COLOR.heading);
const STEPS = "stappen";
/** The text width of an A4 page with docx's default 2.54 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1440;
/** One handwritten line, in twentieths of a point. */
const LINE = 440;

const heading = (outlineLevel: number, size: number) => ({
  run: { bold: true, size, color: HEADING_COLOR },
  paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
});

const writingLine = () =>
  new Paragraph({
    spacing: { line: LINE, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: MUTED, space: 1 } },
  });

export async function renderWorksheetDocx(sheet: Worksheet): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(worksheetDocumentTitle(sheet))] }),
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun(sheet.purpose)] }),
    new Paragraph({
      spacing: { after: 200 },
      shading: { type: ShadingType.CLEAR, fill: "F2F6F9", color: "auto" },
      children: [new TextRun({ text: WORKSHEET_FOOTER, size: 20 })],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(HOW_TO_HEADING)] }),
    ...sheet.steps.map((step) => new Paragraph({ numbering: { reference: STEPS, level: 0 }, children: [new TextRun(step)] })),
  ];
  for (const part of sheet.parts) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(part.title)] }));
    if (part.intro) children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: part.intro, color: MUTED })] }));
    for (const fill of part.fill) children.push(...fillBlocks(fill));
  }

  const small = { size: 16, color: MUTED };
  const doc = new Document({
    title: worksheetDocumentTitle(sheet),
    subject: "Werkblad om samen met een medewerker op papier of in uw eigen systemen in te vullen",
    keywords: `Weerbare Werkgever, werkblad, ${sheet.title}`,
    creator: "Weerbare Werkgever",
    description: sheet.purpose,
    styles: {
      default: {
        document: { run: { language: { value: LANG }, font: "Calibri", size: 22 } },
        heading1: heading(0, 36),
        heading2: heading(1, 28),
      },
    },
    numbering: {
      config: [
        {
          reference: STEPS,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        footers: {
          // the sentence, and on its own line "Pagina X van Y"
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: WORKSHEET_FOOTER, ...small }),
                  new TextRun({ break: 1, children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES], ...small }),
                ],
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

function fillBlocks(fill: WorksheetFill): (Paragraph | Table)[] {
  switch (fill.kind) {
    case "lines":
      return [
        new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: fill.label, bold: true })] }),
        ...Array.from({ length: fill.lines }, writingLine),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case "choices":
      return fill.items.map((item) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun(`☐  ${item}`)] }));
    case "list":
      return fill.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case "table":
      return [grid(fill), new Paragraph({ spacing: { after: 160 }, children: [] })];
  }
}

function grid(fill: Extract<WorksheetFill, { kind: "table" }>): Table {
  const first = fill.rowLabels ? 2200 : Math.floor(TEXT_WIDTH / fill.columns.length);
  const rest = Math.floor((TEXT_WIDTH - first) / (fill.columns.length - 1));
  const widths = fill.columns.map((_, i) => (i === 0 ? first : rest));
  const cell = (i: number, text: string, opts: { header?: boolean; fill?: string } = {}) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      shading: opts.fill ? { type: ShadingType.CLEAR, fill: opts.fill, color: "auto" } : undefined,
      children: [new Paragraph({ children: text ? [new TextRun({ text, bold: opts.header, size: 20 })] : [] })],
    });
  const height = { value: (fill.lines ?? 2) * LINE, rule: "atLeast" as const };
  const rows = fill.rowLabels
    ? fill.rowLabels.map((label, r) => {
        const colour = fill.rowColors?.[r];
        return new TableRow({
          cantSplit: true,
          height,
          children: fill.columns.map((_, i) =>
            i === 0 ? cell(0, label, { header: true, fill: colour ? lighten(SWATCH[colour]) : undefined }) : cell(i, ""),
          ),
        });
      })
    : Array.from(
        { length: fill.emptyRows ?? 1 },
        () => new TableRow({ cantSplit: true, height, children: fill.columns.map((_, i) => cell(i, "")) }),
      );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: fill.columns.map((c, i) => cell(i, c, { header: true, fill: "E3EDF4" })) }),
      ...rows,
    ],
  });
}

/** A light tint of a swatch for a cell's background: the text on it stays dark and readable. */
function lighten(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * 0.7);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
    .map((c) => mix(c).toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}
