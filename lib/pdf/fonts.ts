// Fonts for the report: DejaVu Sans TTF from the dejavu-fonts-ttf npm package (no network, full Dutch
// and € coverage). What naive pdfkit repeats for every document, and what we do once per process:
// - parsing the font file (never WOFF: fontkit re-inflates WOFF tables on every access);
// - shaping words: pdfkit caches shaped words per document only, so each document's font gets a
//   process-wide word cache (cached runs are read-only for pdfkit, glyph ids are document-independent);
// - subsetting: every document starts its subset with the same canonical glyph list (Latin-1 plus
//   Dutch punctuation), so nearly every report yields the same subset; its font program, encoded and
//   compressed, comes from a small cache instead of being rebuilt glyph by glyph and deflated again.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import * as fontkit from "fontkit";
import type PDFDocument from "pdfkit";

export const FONT = { regular: "Sans", bold: "Sans-Bold", italic: "Sans-Oblique" } as const;
type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontName, string> = {
  Sans: "DejaVuSans.ttf",
  "Sans-Bold": "DejaVuSans-Bold.ttf",
  "Sans-Oblique": "DejaVuSans-Oblique.ttf",
};

/** Printable ASCII, Latin-1 and the punctuation the report uses (‘ ’ “ ” – — … • › € ↔ −). */
const CANONICAL_CODE_POINTS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x100 - 0xa1 }, (_, i) => 0xa1 + i),
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2013,
  0x2014,
  0x2026,
  0x2022,
  0x203a,
  0x20ac,
  0x2194,
  0x2212,
];

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Font extends fontkit.FontkitFont {
  glyphForCodePoint(cp: number): Glyph;
}
interface Subset {
  glyphs: number[];
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}
interface Ref {
  compress: boolean;
  data: Record<string, unknown>;
}
/** The parts of pdfkit's EmbeddedFont we touch (pdfkit 0.20.2 is pinned). */
interface EmbeddedFont {
  document: { compress: boolean; ref(data?: object): Ref };
  embed(): unknown;
  layoutCache?: Record<string, unknown>;
  encode(text: string, features?: unknown): [string[], unknown[]];
  subset: Subset;
  widths: number[];
  unicode: number[][];
  scale: number;
}

interface LoadedFont {
  font: Font;
  layoutCache: Record<string, unknown>;
  canonical: Glyph[];
  programs: Map<string, { raw: Uint8Array; deflated: Uint8Array }>;
  encoded: Map<string, [string[], unknown[]]>;
}

const MAX_PROGRAMS = 8;
const MAX_ENCODED = 20_000;
let loaded: Map<FontName, LoadedFont> | null = null;

function loadFonts(): Map<FontName, LoadedFont> {
  if (loaded) return loaded;
  // process.cwd(), not require.resolve: Next's bundler rewrites the latter.
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  loaded = new Map(
    (Object.keys(FILES) as FontName[]).map((name) => {
      const font = fontkit.create(fs.readFileSync(path.join(dir, FILES[name]))) as Font;
      // distinct ids: gids 1..canonical.length are then exactly the canonical glyphs in every document
      const byId = new Map(
        CANONICAL_CODE_POINTS.map((cp) => font.glyphForCodePoint(cp))
          .filter((g) => g.id !== 0)
          .map((g) => [g.id, g]),
      );
      const canonical = [...byId.values()];
      return [
        name,
        { font, layoutCache: Object.create(null) as Record<string, unknown>, canonical, programs: new Map(), encoded: new Map() },
      ];
    }),
  );
  return loaded;
}

function prepare(embedded: EmbeddedFont, loadedFont: LoadedFont): void {
  if (embedded.layoutCache) embedded.layoutCache = loadedFont.layoutCache;
  for (const g of loadedFont.canonical) {
    const gid = embedded.subset.includeGlyph(g.id);
    // pdfkit fills these lazily when it encodes a glyph; the font dictionary needs them for every gid
    embedded.widths[gid] ??= g.advanceWidth * embedded.scale;
    embedded.unicode[gid] ??= g.codePoints;
  }
  // With the canonical glyphs first, their subset ids are the same in every document: a line made of
  // canonical glyphs only encodes identically everywhere, so its encoding (glyph ids + positions) is
  // shared. Lines with other glyphs take pdfkit's path, which assigns their ids per document.
  const limit = loadedFont.canonical.length + 1;
  const encodeText = embedded.encode.bind(embedded);
  embedded.encode = (text, features) => {
    if (features) return encodeText(text, features);
    const hit = loadedFont.encoded.get(text);
    if (hit) return hit;
    const result = encodeText(text);
    if (result[0].every((hex) => parseInt(hex, 16) < limit)) {
      if (loadedFont.encoded.size >= MAX_ENCODED) loadedFont.encoded.clear();
      loadedFont.encoded.set(text, result);
    }
    return result;
  };
  // pdfkit creates the FontFile2 stream as the first object of embed() and fills it with
  // subset.encode(); remember that object so encode can hand over an already compressed program.
  const doc = embedded.document;
  let fontFile: Ref | null = null;
  const embed = embedded.embed.bind(embedded);
  embedded.embed = () => {
    const ref = doc.ref;
    doc.ref = (data) => {
      const created = ref.call(doc, data);
      fontFile ??= created;
      return created;
    };
    try {
      return embed();
    } finally {
      doc.ref = ref;
      fontFile = null;
    }
  };
  const subset = embedded.subset;
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const key = subset.glyphs.join(",");
    let program = loadedFont.programs.get(key);
    if (!program) {
      const raw = encode();
      program = { raw, deflated: zlib.deflateSync(raw) };
      if (loadedFont.programs.size >= MAX_PROGRAMS) loadedFont.programs.clear();
      loadedFont.programs.set(key, program);
    }
    if (!fontFile || !doc.compress) return program.raw;
    fontFile.compress = false;
    Object.assign(fontFile.data, { Filter: "FlateDecode", Length1: program.raw.length });
    return program.deflated;
  };
}

/** Registers the report fonts on `doc` and wires them to the process-wide caches. */
export function registerReportFonts(doc: InstanceType<typeof PDFDocument>): void {
  for (const [name, loadedFont] of loadFonts()) {
    doc.registerFont(name, loadedFont.font as unknown as PDFKit.Mixins.PDFFontSource);
    doc.font(name);
    prepare((doc as unknown as { _font: EmbeddedFont })._font, loadedFont);
  }
  doc.font(FONT.regular);
}
