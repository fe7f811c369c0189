// Guards the private pdfkit (and fontkit) behaviour the report renderer relies on, one check per
// item of docs/decisions/008-pdfkit-internals.md. When a check fails after an upgrade, the message
// names the internal and the file that uses it; re-check that file against the new pdfkit source.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { emitLines } from "@/lib/pdf/text-ops";

type Doc = InstanceType<typeof PDFDocument>;

const ADR = "docs/decisions/008-pdfkit-internals.md";
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), file), "utf8")) as Record<string, unknown>;
const manifest = readJson("package.json") as { dependencies: Record<string, string> };
const installed = {
  pdfkit: readJson("node_modules/pdfkit/package.json").version as string,
  fontkit: readJson("node_modules/fontkit/package.json").version as string,
};
/** The failure message: what changed and which renderer file relies on it. */
const changed = (what: string, file: string) =>
  `pdfkit ${installed.pdfkit} changed ${what}, which lib/report/${file} relies on — see ${ADR}`;

const FONT_FILE = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans.ttf");
const fontSource = fontkit.create(fs.readFileSync(FONT_FILE)) as fontkit.FontkitFont & { glyphForCodePoint(cp: number): { id: number } };

// The shapes of pdfkit's private objects as the renderer uses them.
interface Position {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}
interface Ref {
  id: number;
  compress: boolean;
  data: Record<string, unknown>;
  buffer: unknown[];
  write(chunk: string | Uint8Array): void;
  end(chunk?: string | Uint8Array): void;
  finalize(): void;
}
interface Subset {
  glyphs: number[];
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}
interface EmbeddedFont {
  id: string;
  name: string;
  font: unknown;
  document: unknown;
  ascender: number;
  scale: number;
  widths: number[];
  unicode: number[][];
  subset: Subset;
  layoutCache?: Record<string, unknown>;
  dictionary?: Ref;
  encode(text: string, features?: unknown): [string[], Position[]];
  ref(): Ref;
  embed(): void;
}
interface Internals {
  _font: EmbeddedFont | null;
  _fontSize: number;
  _offset: number;
  page: { height: number; width: number; fonts: Record<string, unknown>; content: Ref; dictionary: Ref };
  _fragment(text: string, x: number, y: number, options: object): void;
  push(chunk: Uint8Array | null): boolean;
  ref(data?: object): Ref;
  compress: boolean;
}
const internals = (doc: Doc) => doc as unknown as Internals;

const FIXED_INFO = { CreationDate: new Date("2026-01-01T00:00:00Z"), Title: "pdfkit internals" };

function newDoc(options: Record<string, unknown> = {}): Doc {
  return new PDFDocument({ size: "A4", font: null as unknown as string, info: FIXED_INFO, ...options });
}

function withFont(doc: Doc, name = "Sans"): Doc {
  doc.registerFont(name, fontSource as unknown as PDFKit.Mixins.PDFFontSource);
  return doc.font(name).fontSize(10);
}

/** The whole file, collected the way render-pdf.ts does (doc.read() for the header, then doc.push). */
function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const header = doc.read() as Buffer | null;
  if (header) chunks.push(header);
  const d = internals(doc);
  const push = d.push.bind(doc);
  d.push = (chunk) => (chunk === null ? push(null) : (chunks.push(Buffer.from(chunk)), true));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.resume();
  return done;
}

/** Records every string written to each page's content stream (pdfkit itself keeps only bytes). */
function recordContent(doc: Doc): string[][] {
  const pages: string[][] = [];
  const hook = () => {
    const ops: string[] = [];
    pages.push(ops);
    const content = internals(doc).page.content;
    const write = content.write.bind(content);
    content.write = (chunk) => {
      if (typeof chunk === "string") ops.push(chunk);
      write(chunk);
    };
  };
  hook();
  doc.on("pageAdded", hook);
  return pages;
}

/** Operators as one line, whitespace collapsed (pdfkit writes dictionaries over several lines). */
const flat = (ops: string[]) => ops.join(" ").replace(/\s+/g, " ");

/** "[<hex> kern <hex> kern] TJ" → its segments. */
function tjSegments(op: string): { hex: string; kern: number }[] {
  return [...op.matchAll(/<([0-9a-f]+)> (-?[\d.]+)/g)].map((m) => ({ hex: m[1] ?? "", kern: Number(m[2]) }));
}

describe("pdfkit version", () => {
  it("is the exact version package.json pins", () => {
    const pinned = manifest.dependencies.pdfkit;
    expect(pinned, `package.json must pin pdfkit exactly (no ^ or ~): the renderer relies on its internals (${ADR})`).toMatch(
      /^\d+\.\d+\.\d+$/,
    );
    expect(
      installed.pdfkit,
      `package.json pins pdfkit ${pinned} but ${installed.pdfkit} is installed. On an upgrade re-check every internal listed in ${ADR} ` +
        "against the new pdfkit source (lib/report/render-pdf.ts, lib/report/pdf/{writer,text-ops,content-buffer,fonts}.ts), run this " +
        "file, tests/unit/report/render-pdf.test.ts and `npm run bench:report`, then update the pin and the ADR.",
    ).toBe(pinned);
  });

  it("uses the exact fontkit version package.json pins", () => {
    const pinned = manifest.dependencies.fontkit;
    expect(
      installed.fontkit,
      `package.json pins fontkit ${pinned} but ${installed.fontkit} is installed: lib/pdf/fonts.ts hands fontkit fonts and ` +
        `subsets to pdfkit; re-check them together (${ADR}).`,
    ).toBe(pinned);
  });
});

describe("document output (render-pdf.ts)", () => {
  it("loads no default font when the font option is null", () => {
    const doc = newDoc();
    expect(internals(doc)._font, changed("the `font: null` constructor option (no Helvetica loaded)", "render-pdf.ts")).toBeNull();
  });

  it("writes the header in the constructor, readable at once with doc.read()", () => {
    const header = newDoc({ pdfVersion: "1.7" }).read() as Buffer | null;
    expect(
      header?.toString("latin1").startsWith("%PDF-1.7"),
      changed("writing the header synchronously in the constructor", "render-pdf.ts"),
    ).toBe(true);
  });

  it("sends all later output through doc.push and keeps the xref offsets itself", async () => {
    const doc = withFont(newDoc({ pdfVersion: "1.7" }));
    const done = collect(doc);
    doc.text("Hallo wereld", 50, 50);
    doc.end();
    const pdf = (await done).toString("latin1");
    const what = "its output path (every chunk through this.push, offsets kept in _write)";
    expect(pdf.startsWith("%PDF-1.7"), changed(what, "render-pdf.ts")).toBe(true);
    expect(pdf.trimEnd().endsWith("%%EOF"), changed(what, "render-pdf.ts")).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref, startxref + 4), changed(what, "render-pdf.ts")).toBe("xref");
    const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.length).toBeGreaterThan(3);
    offsets.forEach((offset, i) => expect(pdf.slice(offset).startsWith(`${i + 1} 0 obj`), changed(what, "render-pdf.ts")).toBe(true));
  });
});

describe("page content (content-buffer.ts, writer.ts, text-ops.ts)", () => {
  it("writes every operator as a string through page.content.write and ends the page with content.finalize()", () => {
    const doc = withFont(newDoc());
    const content = internals(doc).page.content;
    expect(typeof content.write, changed("page.content (a PDFReference with write/finalize)", "pdf/content-buffer.ts")).toBe("function");
    expect(typeof content.finalize, changed("page.content (a PDFReference with write/finalize)", "pdf/content-buffer.ts")).toBe("function");
    const written: unknown[] = [];
    let finalized = 0;
    const write = content.write.bind(content);
    const finalize = content.finalize.bind(content);
    content.write = (chunk) => (written.push(chunk), write(chunk));
    content.finalize = () => (finalized++, finalize());
    doc.addContent("0 0 1 rg");
    doc.rect(10, 10, 20, 20).fill("#336699");
    doc.end();
    expect(written, changed("doc.addContent (raw operators into page.content.write)", "pdf/writer.ts")).toContain("0 0 1 rg");
    expect(
      written.every((c) => typeof c === "string"),
      changed("writing operators as strings", "pdf/content-buffer.ts"),
    ).toBe(true);
    expect(finalized, changed("ending a page through the instance's content.finalize()", "pdf/content-buffer.ts")).toBe(1);
  });

  it("encodes string chunks as latin1 plus a newline, so joined operators give identical bytes", async () => {
    const draw = (doc: Doc) => {
      doc.addContent("0.2 0.4 0.6 rg");
      doc.rect(10, 10, 20, 20).fill("#336699");
      doc.text("Één café, € 12", 50, 80);
      doc.addPage();
      doc.text("Tweede pagina", 50, 50);
    };
    const plain = withFont(newDoc({ compress: false }));
    const plainDone = collect(plain);
    draw(plain);
    plain.end();

    const buffered = withFont(newDoc({ compress: false }));
    const bufferedDone = collect(buffered);
    // the same interception as content-buffer.ts: strings kept per page, converted once at finalize
    const intercept = () => {
      const ref = internals(buffered).page.content;
      const write = ref.write.bind(ref);
      const finalize = ref.finalize.bind(ref);
      let parts: string[] = [];
      const flush = () => {
        if (parts.length) write(Buffer.from(`${parts.join("\n")}\n`, "latin1"));
        parts = [];
      };
      ref.write = (chunk) => (typeof chunk === "string" ? void parts.push(chunk) : (flush(), write(chunk)));
      ref.finalize = () => (flush(), finalize());
    };
    intercept();
    buffered.on("pageAdded", intercept);
    draw(buffered);
    buffered.end();
    expect(
      (await bufferedDone).equals(await plainDone),
      changed("how a content string becomes bytes (chunk + '\\n', & 0xff)", "pdf/content-buffer.ts"),
    ).toBe(true);
  });

  it("starts each page with the y-flip transform, so raw operators use top-down coordinates", () => {
    const doc = newDoc();
    const first = internals(doc).page.content.buffer[0] as Uint8Array | undefined;
    const text = first ? Buffer.from(first).toString("latin1") : "";
    expect(text, changed("the page's initial transform (1 0 0 -1 0 height cm)", "pdf/text-ops.ts")).toBe("1 0 0 -1 0 841.89 cm\n");
    expect(internals(doc).page.height, changed("page.height", "pdf/text-ops.ts")).toBeCloseTo(841.89, 2);
  });

  it("always writes a fill colour operator, so raw `rg` operators in between cannot make a later fill skip its colour", () => {
    const doc = newDoc();
    const [ops = []] = recordContent(doc);
    doc.fillColor("#336699");
    doc.addContent("0 0 0 rg");
    doc.rect(10, 10, 20, 20).fill("#336699");
    expect(
      ops.filter((op) => / scn$/.test(op)).length,
      changed("fill colour handling (a colour is no longer always written)", "pdf/text-ops.ts"),
    ).toBe(2);
  });
});

describe("text (text-ops.ts)", () => {
  it("exposes the current font and size as doc._font and doc._fontSize", () => {
    const doc = withFont(newDoc());
    const d = internals(doc);
    const font = d._font as EmbeddedFont;
    expect(font, changed("doc._font (the current EmbeddedFont)", "pdf/text-ops.ts")).toBeTruthy();
    expect(font.id, changed("EmbeddedFont.id (the /F<n> resource name)", "pdf/text-ops.ts")).toMatch(/^F\d+$/);
    expect(typeof font.ascender, changed("EmbeddedFont.ascender", "pdf/text-ops.ts")).toBe("number");
    expect(d._fontSize, changed("doc._fontSize", "pdf/text-ops.ts")).toBe(10);
    expect(typeof d.page.fonts, changed("page.fonts (the page's font resources)", "pdf/text-ops.ts")).toBe("object");
    const ref = font.ref();
    expect(font.ref(), changed("EmbeddedFont.ref() (one reference per font)", "pdf/text-ops.ts")).toBe(ref);
    expect(String(ref), changed("EmbeddedFont.ref()", "pdf/text-ops.ts")).toMatch(/^\d+ 0 R$/);
  });

  it("encodes text as 4-digit hex glyph ids plus positions", () => {
    const font = internals(withFont(newDoc()))._font as EmbeddedFont;
    const [encoded, positions] = font.encode("AVATAR");
    expect(
      encoded.every((hex) => /^[0-9a-f]{4}$/.test(hex)),
      changed("EmbeddedFont.encode (4-digit hex glyph ids)", "pdf/text-ops.ts"),
    ).toBe(true);
    expect(positions, changed("EmbeddedFont.encode (one position per glyph)", "pdf/text-ops.ts")).toHaveLength(encoded.length);
    for (const p of positions) {
      for (const key of ["xAdvance", "advanceWidth", "xOffset", "yOffset"] as const) {
        expect(typeof p[key], changed(`the positions of EmbeddedFont.encode (${key})`, "pdf/text-ops.ts")).toBe("number");
      }
    }
  });

  it("draws a line with the same TJ segments and kerning as emitLines", () => {
    const line = "AVATAR Wat Tijd Yoga, één café";
    const doc = withFont(newDoc());
    const [ops = []] = recordContent(doc);
    doc.text(line, 50, 100, { lineBreak: false });
    const ours = withFont(newDoc());
    const [ourOps = []] = recordContent(ours);
    emitLines(ours, [{ text: line, x: 50, y: 100 }]);
    const theirs = tjSegments(ops.find((op) => op.endsWith("TJ")) ?? "");
    const mine = tjSegments(ourOps.find((op) => op.includes("TJ")) ?? "");
    expect(
      theirs.some((s) => s.kern !== 0),
      "the check needs a kerned line: pick another test string",
    ).toBe(true);
    expect(mine.length, changed("how _fragment splits a line into TJ segments", "pdf/text-ops.ts")).toBe(theirs.length);
    mine.forEach((segment, i) => {
      expect(segment.hex, changed("the glyph ids _fragment writes", "pdf/text-ops.ts")).toBe(theirs[i]?.hex);
      expect(segment.kern, changed("the kerning _fragment writes (xAdvance − advanceWidth)", "pdf/text-ops.ts")).toBeCloseTo(
        theirs[i]?.kern ?? NaN,
        3,
      );
    });
    expect(
      internals(ours).page.fonts[(internals(ours)._font as EmbeddedFont).id],
      changed("page.fonts registration", "pdf/text-ops.ts"),
    ).toBeTruthy();
  });

  it("keeps doc._fragment(text, x, y, options) for lines with glyph offsets", () => {
    const doc = withFont(newDoc());
    const [ops = []] = recordContent(doc);
    const d = internals(doc);
    expect(typeof d._fragment, changed("doc._fragment", "pdf/text-ops.ts")).toBe("function");
    d._fragment("e\u0301", 50, 50, { textWidth: 0, wordCount: 0, characterSpacing: 0 });
    expect(ops, changed("doc._fragment (BT … TJ … ET)", "pdf/text-ops.ts")).toContain("BT");
    expect(
      ops.some((op) => op.endsWith("TJ")),
      changed("doc._fragment (BT … TJ … ET)", "pdf/text-ops.ts"),
    ).toBe(true);
    expect(ops, changed("doc._fragment (BT … TJ … ET)", "pdf/text-ops.ts")).toContain("ET");
  });
});

describe("fonts (fonts.ts)", () => {
  it("accepts an already parsed fontkit font in registerFont", () => {
    const font = internals(withFont(newDoc()))._font as EmbeddedFont;
    expect(font.font, changed("registerFont with a parsed fontkit font", "pdf/fonts.ts")).toBe(fontSource);
    expect(font.document, changed("EmbeddedFont.document", "pdf/fonts.ts")).toBeTruthy();
    expect(font.scale, changed("EmbeddedFont.scale (1000 / unitsPerEm)", "pdf/fonts.ts")).toBeCloseTo(1000 / 2048, 6);
  });

  it("shapes per space-terminated word through a replaceable per-font layoutCache", () => {
    const doc = withFont(newDoc());
    const font = internals(doc)._font as EmbeddedFont;
    expect(typeof font.layoutCache, changed("EmbeddedFont.layoutCache (per-document word cache)", "pdf/fonts.ts")).toBe("object");
    const shared: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    font.layoutCache = shared;
    doc.widthOfString("Hallo wereld");
    expect(
      Object.keys(shared).sort(),
      changed("the word cache (keys are space-terminated words, read through font.layoutCache)", "pdf/text.ts and pdf/fonts.ts"),
    ).toEqual(["Hallo ", "wereld"]);
  });

  it("numbers subset glyphs from 1 in the order they are included, and encode() fills widths/unicode only when empty", () => {
    const font = internals(withFont(newDoc()))._font as EmbeddedFont;
    const { subset } = font;
    expect(Array.isArray(subset.glyphs), changed("the fontkit subset's glyphs list", "pdf/fonts.ts")).toBe(true);
    const a = fontSource.glyphForCodePoint(0x41).id;
    const b = fontSource.glyphForCodePoint(0x42).id;
    expect(subset.includeGlyph(a), changed("subset.includeGlyph (ids from 1, in order)", "pdf/fonts.ts")).toBe(1);
    expect(subset.includeGlyph(b), changed("subset.includeGlyph (ids from 1, in order)", "pdf/fonts.ts")).toBe(2);
    expect(subset.includeGlyph(a), changed("subset.includeGlyph (same glyph, same id)", "pdf/fonts.ts")).toBe(1);
    expect(subset.glyphs, changed("the fontkit subset's glyphs list", "pdf/fonts.ts")).toEqual([0, a, b]);
    font.widths[1] = 123;
    font.unicode[1] = [0x41];
    const [encoded] = font.encode("AB");
    expect(encoded, changed("EmbeddedFont.encode (glyph ids are subset ids)", "pdf/fonts.ts")).toEqual(["0001", "0002"]);
    expect(font.widths[1], changed("EmbeddedFont.encode (overwrites a prefilled width)", "pdf/fonts.ts")).toBe(123);
    expect(font.unicode[2], changed("EmbeddedFont.encode (fills unicode for new glyphs)", "pdf/fonts.ts")).toEqual([0x42]);
  });

  it("encodes text through the instance's encode(), so an override on the font is used", () => {
    const doc = withFont(newDoc());
    const font = internals(doc)._font as EmbeddedFont;
    const encode = font.encode.bind(font);
    let calls = 0;
    font.encode = (text, features) => (calls++, encode(text, features));
    doc.text("Hallo", 50, 50, { lineBreak: false });
    expect(calls, changed("calling this._font.encode for text", "pdf/fonts.ts")).toBeGreaterThan(0);
  });

  it("creates the FontFile2 stream as the first ref of embed() and fills it with subset.encode()", async () => {
    const doc = withFont(newDoc());
    const d = internals(doc);
    const done = collect(doc);
    const font = d._font as EmbeddedFont;
    doc.text("Hallo", 50, 50);
    let first: Ref | null = null;
    let firstAtEncode: Ref | null = null;
    const ref = d.ref;
    const embed = font.embed.bind(font);
    font.embed = () => {
      d.ref = (data) => {
        const created = ref.call(doc, data);
        first ??= created;
        return created;
      };
      try {
        embed();
      } finally {
        d.ref = ref;
      }
    };
    const encode = font.subset.encode.bind(font.subset);
    font.subset.encode = () => ((firstAtEncode = first), encode());
    doc.end();
    await done;
    const what = "EmbeddedFont.embed (FontFile2 is the first ref it creates, filled with subset.encode())";
    expect(first, changed(what, "pdf/fonts.ts")).not.toBeNull();
    expect(firstAtEncode, changed(what, "pdf/fonts.ts")).toBe(first);
    const descendant = (font.dictionary?.data.DescendantFonts as Ref[] | undefined)?.[0];
    const descriptor = descendant?.data.FontDescriptor as Ref | undefined;
    expect(descriptor?.data.FontFile2, changed(what, "pdf/fonts.ts")).toBe(first);
  });

  it("embeds only fonts whose ref() was asked for", async () => {
    const doc = withFont(newDoc());
    withFont(doc, "Unused");
    doc.font("Sans");
    const done = collect(doc);
    doc.text("Hallo", 50, 50);
    doc.end();
    const pdf = (await done).toString("latin1");
    expect(
      pdf.match(/\/FontFile2/g)?.length,
      changed("embedding a font at the end only when its ref() was requested", "pdf/text-ops.ts and pdf/fonts.ts"),
    ).toBe(1);
  });

  it("writes a stream ref with compress = false and its own Filter unchanged", async () => {
    const doc = newDoc();
    const done = collect(doc);
    const raw = Buffer.from("font program bytes ".repeat(20), "latin1");
    const deflated = zlib.deflateSync(raw);
    const ref = internals(doc).ref();
    expect(ref.compress, changed("PDFReference.compress (set from document.compress)", "pdf/fonts.ts")).toBe(true);
    ref.compress = false;
    Object.assign(ref.data, { Filter: "FlateDecode", Length1: raw.length });
    ref.end(deflated);
    doc.end();
    const pdf = await done;
    const at = pdf.indexOf(Buffer.from(`${ref.id} 0 obj`, "latin1"));
    const start = pdf.indexOf(Buffer.from("stream\n", "latin1"), at) + "stream\n".length;
    const what = "writing a ref's stream (compress = false must keep pre-compressed bytes as they are)";
    expect(pdf.subarray(start, start + deflated.length).equals(deflated), changed(what, "pdf/fonts.ts")).toBe(true);
    expect(pdf.subarray(at, start).toString("latin1"), changed(what, "pdf/fonts.ts")).toContain(`/Length ${deflated.length}`);
  });
});

describe("tagging and outline (writer.ts)", () => {
  it("runs a struct closure when the element is added to an attached parent", () => {
    const doc = withFont(newDoc({ tagged: true }));
    const root = doc.struct("Document");
    doc.addStructure(root);
    let ran = false;
    const el = doc.struct("P", {}, [() => (ran = true)]);
    expect(ran, changed("struct closures (run only once attached)", "pdf/writer.ts")).toBe(false);
    root.add(el);
    expect(ran, changed("struct closures (run synchronously by parent.add on an attached parent)", "pdf/writer.ts")).toBe(true);
  });

  it("turns the untyped placement/bbox and scope options into layout and table attributes", () => {
    const doc = newDoc({ tagged: true });
    const figure = doc.struct("Figure", { placement: "Block", bbox: [10, 20, 110, 70] } as object) as unknown as { dictionary: Ref };
    const cell = doc.struct("TH", { scope: "Column" } as object) as unknown as { dictionary: Ref };
    expect(figure.dictionary.data.A, changed("the struct options placement/bbox", "pdf/writer.ts")).toMatchObject({
      O: "Layout",
      Placement: "Block",
    });
    expect(cell.dictionary.data.A, changed("the struct option scope", "pdf/writer.ts")).toMatchObject({ O: "Table", Scope: "Column" });
  });

  it("continues open marked content on the next page with continueOnNewPage()", () => {
    const doc = withFont(newDoc({ tagged: true }));
    const pages = recordContent(doc);
    const root = doc.struct("Document");
    doc.addStructure(root);
    root.add(
      doc.struct("P", {}, [
        () => {
          doc.addContent("% first page part");
          doc.continueOnNewPage();
          doc.addContent("% second page part");
        },
      ]),
    );
    const [one = [], two = []] = pages;
    const what = "continueOnNewPage (close marked content with EMC, reopen it with a new MCID on the new page)";
    expect(pages.length, changed(what, "pdf/writer.ts")).toBe(2);
    expect(flat(one), changed(what, "pdf/writer.ts")).toMatch(/\/P << \/MCID 0 >> BDC % first page part EMC$/);
    expect(flat(two), changed(what, "pdf/writer.ts")).toMatch(/\/P << \/MCID 0 >> BDC % second page part EMC$/);
  });

  it("writes artifacts as /Artifact BDC … EMC", () => {
    const doc = newDoc({ tagged: true });
    const [ops = []] = recordContent(doc);
    doc.markContent("Artifact", { type: "Pagination" });
    doc.endMarkedContent();
    expect(flat(ops), changed("markContent('Artifact', { type })", "pdf/writer.ts")).toBe("/Artifact << /Type /Pagination >> BDC EMC");
  });

  it("makes an XYZ bookmark whose left is page width − left and top is page height − top", () => {
    const doc = newDoc();
    const item = doc.outline.addItem("Thema's", { top: 100, left: 595.28 } as { expanded?: boolean }) as unknown as {
      outlineData: { Dest: unknown[] };
    };
    const [, kind, left, top] = item.outlineData.Dest;
    const what = "outline.addItem's top/left options (XYZ destination, measured from the right and the top)";
    expect(kind, changed(what, "pdf/writer.ts")).toBe("XYZ");
    expect(left, changed(what, "pdf/writer.ts")).toBeCloseTo(0, 3);
    expect(top, changed(what, "pdf/writer.ts")).toBeCloseTo(841.89 - 100, 3);
  });
});
