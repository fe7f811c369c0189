// Emits already broken lines as one text object. pdfkit's per-line path (doc.text -> _fragment) wraps
// every line in its own save/flip/BT/Tf/ET/restore and measures it twice; for a paragraph that is
// most of the content stream. Here a block of lines shares one "q cm BT Tf ... ET Q", each line only
// adds its position and its TJ array. Glyph encoding and kerning are pdfkit's own (font.encode), so the
// output reads and extracts exactly like pdfkit's. Relies on pdfkit 0.20 internals (pinned version):
// doc._font, doc._fontSize, doc.page.fonts.
import type PDFDocument from "pdfkit";

type Doc = InstanceType<typeof PDFDocument>;

interface Position {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}
interface EmbeddedFont {
  id: string;
  ascender: number;
  encode(text: string): [string[], Position[]];
  ref(): unknown;
}
interface DocInternals {
  _font: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  _fragment(text: string, x: number, y: number, options: object): void;
}

const FILL_OPS = new Map<string, string>();

/**
 * "r g b rg" with 3 decimals for a "#rrggbb" colour. pdfkit's fillColor writes a colour-space switch
 * plus 17-digit components for every call; text colour is set for every text run, so the short form
 * keeps the content streams (and their compression) noticeably smaller.
 */
export function fillOperator(hex: string): string {
  let op = FILL_OPS.get(hex);
  if (!op) {
    const n = Number.parseInt(hex.slice(1), 16);
    op = `${[n >> 16, (n >> 8) & 0xff, n & 0xff].map((c) => Number((c / 255).toFixed(3))).join(" ")} rg`;
    FILL_OPS.set(hex, op);
  }
  return op;
}

export interface TextLine {
  text: string;
  x: number;
  /** top of the line, in pdfkit's top-down coordinates */
  y: number;
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** TJ operands per encoding; the font's encode cache returns the same arrays for the same line. */
const tjCache = new WeakMap<string[], string>();

/** "[<hex> -kern <hex>] TJ" the way pdfkit builds it: a segment ends where a glyph is kerned. */
function tj(encoded: string[], positions: Position[]): string {
  let op = tjCache.get(encoded);
  if (op === undefined) {
    op = buildTj(encoded, positions);
    tjCache.set(encoded, op);
  }
  return op;
}

function buildTj(encoded: string[], positions: Position[]): string {
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as Position;
    const kern = p.xAdvance - p.advanceWidth;
    if (kern !== 0 || i === positions.length - 1) {
      parts.push(`<${encoded.slice(last, i + 1).join("")}> ${num(-kern)}`);
      last = i + 1;
    }
  }
  return `[${parts.join(" ")}] TJ`;
}

export function emitLines(doc: Doc, lines: TextLine[], characterSpacing = 0): void {
  const d = doc as unknown as DocInternals;
  const font = d._font;
  const size = d._fontSize;
  if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
  const baseline = (font.ascender / 1000) * size;
  // pdfkit's pages draw in a y-down space; text goes back to PDF's y-up space, as in pdfkit. (A flipped
  // text matrix would save the q/cm/Q, but confuses text extraction such as pdftotext -layout.)
  const ops = [`q\n1 0 0 -1 0 ${num(d.page.height)} cm\nBT\n/${font.id} ${num(size)} Tf`];
  if (characterSpacing) ops.push(`${num(characterSpacing)} Tc`);
  const fallback: TextLine[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    const [encoded, positions] = font.encode(line.text);
    // glyph offsets (combining marks) need pdfkit's full positioning; plain text never has them
    if (positions.some((p) => p.xOffset || p.yOffset)) {
      fallback.push(line);
      continue;
    }
    ops.push(`1 0 0 1 ${num(line.x)} ${num(d.page.height - line.y - baseline)} Tm\n${tj(encoded, positions)}`);
  }
  ops.push("ET\nQ");
  doc.addContent(ops.join("\n"));
  for (const line of fallback) d._fragment(line.text, line.x, line.y, { textWidth: 0, wordCount: 0, characterSpacing });
}
