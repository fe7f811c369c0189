// A thin layout layer over pdfkit for a tagged (accessible) PDF. Every visible text goes through a
// structure element (H1/H2/H3/P/L/LI/Table...), every decoration is an Artifact, so a screen reader reads
// the report in order and skips the ornaments. Page-break rules: a heading never ends a page (it keeps
// some following space with it) and blocks that must stay together measure themselves first.
import type PDFDocument from "pdfkit";
import { FONT } from "./fonts";
import { type WrappedText, wrapLines } from "./text";
import { type TextLine, emitLines, fillOperator } from "./text-ops";
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, SIZE } from "./style";

type Doc = InstanceType<typeof PDFDocument>;
type Struct = PDFKit.PDFStructureElement;

/** pdfkit's structure options, including the layout/table attributes its typings leave out */
export interface StructOptions {
  title?: string;
  lang?: string;
  alt?: string;
  actual?: string;
  bbox?: [number, number, number, number];
  placement?: "Block" | "Inline";
  scope?: "Row" | "Column" | "Both";
}

export interface TextStyle {
  font?: string;
  size?: number;
  color?: string;
  x?: number;
  /** wrap at this width; without it the text is one line */
  width?: number;
  gapAfter?: number;
  lineGap?: number;
  align?: "left" | "right" | "center";
  characterSpacing?: number;
  /** one line even with a width (the width is then only used for alignment) */
  noWrap?: boolean;
  /** ends with a (breaking, invisible) space: another text of the same structure element follows, and
   * its structure text must not run the two together */
  spaceAfter?: boolean;
  /** stays on this page even below the content area (page furniture: a footer of several lines) */
  stay?: boolean;
}

const HEADING: Record<1 | 2 | 3, { size: number; before: number; after: number; color: string }> = {
  1: { size: SIZE.h1, before: 0, after: 14, color: COLOR.heading },
  2: { size: SIZE.h2, before: 16, after: 8, color: COLOR.heading },
  3: { size: SIZE.h3, before: 10, after: 4, color: COLOR.text },
};

export class Writer {
  readonly root: Struct;

  constructor(readonly doc: Doc) {
    this.root = doc.struct("Document");
    doc.addStructure(this.root);
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** A new page; marked content still open (text running over the page end) continues on it. */
  newPage(): void {
    this.doc.continueOnNewPage();
    this.doc.x = PAGE.marginX;
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.doc.y + height > CONTENT_BOTTOM) this.newPage();
  }

  section(parent: Struct = this.root, type = "Sect", options: StructOptions = {}): Struct {
    const el = this.doc.struct(type, options as object);
    parent.add(el);
    return el;
  }

  /** Adds a struct element whose content is drawn by `draw` (run immediately: the parent is attached). */
  tagged(parent: Struct, type: string, draw: () => void, options: StructOptions = {}): Struct {
    const el = this.doc.struct(type, options as object, [draw]);
    parent.add(el);
    return el;
  }

  artifact(draw: () => void, type: "Layout" | "Pagination" = "Layout"): void {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Sets font and size only: measuring must not write colour operators into the page. */
  private setFont(style: TextStyle): Doc {
    return this.doc.font(style.font ?? FONT.regular).fontSize(style.size ?? SIZE.body);
  }

  private wrapped(text: string, style: TextStyle): WrappedText {
    this.setFont(style);
    if (style.width === undefined || style.noWrap) return { lines: [text], widths: [-1] };
    return wrapLines(text, style.width, `${style.font ?? FONT.regular}/${style.size ?? SIZE.body}`, this.doc);
  }

  heightOf(text: string, style: TextStyle = {}): number {
    const { lines } = this.wrapped(text, { width: CONTENT_WIDTH, ...style });
    return lines.length * (this.doc.currentLineHeight(true) + (style.lineGap ?? SIZE.lineGap));
  }

  /**
   * Draws `text` at (x, y), wrapped at `style.width`, continuing on a new page when it reaches the
   * bottom margin. Leaves the cursor below the text and returns that y.
   */
  write(text: string, x: number, y: number, style: TextStyle = {}): number {
    const { doc } = this;
    const { lines, widths } = this.wrapped(text, style);
    doc.addContent(fillOperator(style.color ?? COLOR.text));
    const step = doc.currentLineHeight(true) + (style.lineGap ?? SIZE.lineGap);
    const spacing = style.characterSpacing ?? 0;
    let block: TextLine[] = [];
    let ly = y;
    lines.forEach((line, i) => {
      if (!style.stay && lines.length > 1 && ly + step > CONTENT_BOTTOM + 0.5 && ly > PAGE.top) {
        emitLines(doc, block, spacing);
        block = [];
        this.newPage();
        doc.addContent(fillOperator(style.color ?? COLOR.text));
        ly = PAGE.top;
      }
      let lx = x;
      if (style.align && style.align !== "left" && style.width !== undefined) {
        const known = widths[i] ?? -1;
        const lineWidth = known >= 0 ? known : doc.widthOfString(line, { characterSpacing: spacing });
        lx += (style.width - lineWidth) * (style.align === "right" ? 1 : 0.5);
      }
      block.push({ text: style.spaceAfter && i === lines.length - 1 ? `${line} ` : line, x: lx, y: ly });
      ly += step;
    });
    emitLines(doc, block, spacing);
    doc.x = x;
    doc.y = ly;
    return ly;
  }

  /** The width of `text` on one line in `style`. */
  widthOf(text: string, style: TextStyle = {}): number {
    this.setFont(style);
    return this.doc.widthOfString(text, { characterSpacing: style.characterSpacing ?? 0 });
  }

  /** `text` shortened with "…" to fit `width` on one line in `style` (for running headers). */
  fit(text: string, width: number, style: TextStyle = {}): string {
    this.setFont(style);
    if (this.doc.widthOfString(text) <= width) return text;
    let cut = text;
    while (cut.length > 1 && this.doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  /** Draws a heading, keeping at least `keep` points of following content on the same page. */
  heading(parent: Struct, level: 1 | 2 | 3, text: string, opts: { keep?: number; x?: number; width?: number } = {}): number {
    const h = HEADING[level];
    const width = opts.width ?? CONTENT_WIDTH;
    const height = this.heightOf(text, { font: FONT.bold, size: h.size, width });
    const atTop = this.doc.y <= PAGE.top + 1;
    this.ensure((atTop ? 0 : h.before) + height + (opts.keep ?? 70));
    if (this.doc.y > PAGE.top + 1) this.doc.y += h.before;
    const top = this.doc.y;
    this.tagged(parent, `H${level}`, () => {
      this.write(text, opts.x ?? PAGE.marginX, top, { font: FONT.bold, size: h.size, color: h.color, width, lineGap: 1 });
    });
    this.doc.y += h.after - 1;
    return top;
  }

  paragraph(parent: Struct, text: string, style: TextStyle = {}, type = "P"): void {
    const x = style.x ?? PAGE.marginX;
    const y = this.doc.y;
    this.tagged(parent, type, () => {
      this.write(text, x, y, { ...style, width: style.width ?? CONTENT_WIDTH - (x - PAGE.marginX) });
    });
    this.doc.y += style.gapAfter ?? 6;
  }

  /** Outline (bookmark) entry pointing at `y` on the current page. */
  bookmark(parent: PDFKit.PDFOutline, title: string, y: number): PDFKit.PDFOutline {
    // pdfkit computes the XYZ left as (page width - left): pass the width to land on the left edge.
    return parent.addItem(title, { top: y, left: PAGE.width } as { expanded?: boolean });
  }
}
