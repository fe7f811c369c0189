// Fonts for the report: DejaVu Sans TTF from the dejavu-fonts-ttf npm package (no network, full Dutch
// and € coverage). Two costs dominate naive pdfkit: parsing the font (done here once per process, never
// WOFF, whose tables fontkit re-inflates on every access) and shaping text. pdfkit caches shaped words
// per document only; the report repeats the same words in every render, so we give each document's
// font a process-wide word cache. Cached runs are read-only for pdfkit (it copies before changing
// positions), and glyph ids do not depend on the document, so sharing is safe.
import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import type PDFDocument from "pdfkit";

export const FONT = { regular: "Sans", bold: "Sans-Bold", italic: "Sans-Oblique" } as const;
type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontName, string> = {
  Sans: "DejaVuSans.ttf",
  "Sans-Bold": "DejaVuSans-Bold.ttf",
  "Sans-Oblique": "DejaVuSans-Oblique.ttf",
};

interface LoadedFont {
  font: fontkit.FontkitFont;
  layoutCache: Record<string, unknown>;
}

let loaded: Map<FontName, LoadedFont> | null = null;

function loadFonts(): Map<FontName, LoadedFont> {
  if (loaded) return loaded;
  // process.cwd(), not require.resolve: Next's bundler rewrites the latter.
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  loaded = new Map(
    (Object.keys(FILES) as FontName[]).map((name) => [
      name,
      { font: fontkit.create(fs.readFileSync(path.join(dir, FILES[name]))), layoutCache: Object.create(null) as Record<string, unknown> },
    ]),
  );
  return loaded;
}

/** Registers the report fonts on `doc` and wires each one to the shared shaping cache. */
export function useReportFonts(doc: PDFKit.PDFDocument | InstanceType<typeof PDFDocument>): void {
  for (const [name, { font, layoutCache }] of loadFonts()) {
    doc.registerFont(name, font as unknown as PDFKit.Mixins.PDFFontSource);
    doc.font(name);
    const embedded = (doc as unknown as { _font: { layoutCache?: Record<string, unknown> } })._font;
    if (embedded.layoutCache) embedded.layoutCache = layoutCache;
  }
  doc.font(FONT.regular);
}
