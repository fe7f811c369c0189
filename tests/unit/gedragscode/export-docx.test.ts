// The code's Word file as LibreOffice and Word need it (issue 23): headings with an outline level (the
// navigator, PDF bookmarks, tagged headings), clauses with a real numbering to cite ("artikel 3"), a
// header and footer on every page with "Pagina X van Y", a concept marked on every page, one status
// sentence without a doubled word, and a signature table whose columns fit their longest word.
import { describe, expect, it } from "vitest";
import { renderCodeDocx } from "@/lib/gedragscode/export-docx";
import { codeModel } from "@/tests/fixtures/code-model";
import { unzipEntry } from "@/tests/support/unzip";

async function render(status: "CONCEPT" | "VASTGESTELD") {
  const model = codeModel(status, [
    { section: "UITGANGSPUNTEN", title: "Rolzuiverheid", body: "We vragen naar het werk.", themeKey: null },
    { section: "VOORZIENINGEN", title: "Terugvalpreventieplan", body: "Iedereen krijgt het aanbod.", themeKey: null },
  ]);
  const zip = await renderCodeDocx(model);
  const part = (name: string) => unzipEntry(zip, name);
  return { model, part, document: part("word/document.xml") };
}

/** The visible text of each paragraph of a part. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));

describe("the code as a Word file", () => {
  it("Heading 1–3 carry an outline level, and every clause heading is numbered (Artikel 1, 2, …)", async () => {
    const { part, document } = await render("CONCEPT");
    const styles = part("word/styles.xml");
    for (const level of [1, 2, 3]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}".*?</w:style>`, "s").exec(styles)?.[0] ?? "";
      expect(style, `Heading${level}`).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
    const clauseHeadings = [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading3"\/>.*?<\/w:p>/gs)].map((m) => m[0]);
    expect(clauseHeadings).toHaveLength(2);
    for (const h of clauseHeadings) expect(h).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(part("word/numbering.xml")).toMatch(/<w:numFmt w:val="decimal"\/>.*<w:lvlText w:val="Artikel %1\."\/>/s);
  });

  it("says its status once: 'Concept. Deze gedragscode …', never 'Concept. Concept'; the kenmerk explained, no version number", async () => {
    const { document } = await render("CONCEPT");
    const status = paragraphs(document).find((p) => p.includes("nog niet vastgesteld"));
    expect(status).toBe(
      `Concept. Deze gedragscode is nog niet vastgesteld; de tekst kan nog veranderen. Kenmerk van deze tekst: ${"a".repeat(16)}. Het kenmerk is een controlegetal van deze tekst: verandert er één letter, dan verandert het kenmerk.`,
    );
    expect(document).not.toMatch(/Versie \d|SHA-256/);
    expect(document).not.toMatch(/Concept\. Concept/);
  });

  it("has a header and a footer on every page: 'Pagina X van Y' as fields, and CONCEPT while it is a concept", async () => {
    for (const status of ["CONCEPT", "VASTGESTELD"] as const) {
      const { part, document } = await render(status);
      const sect = /<w:sectPr>.*<\/w:sectPr>/s.exec(document)?.[0] ?? "";
      expect(sect).toMatch(/<w:headerReference w:type="default" r:id="[^"]+"\/>/);
      expect(sect).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
      const rels = part("word/_rels/document.xml.rels");
      const target = (kind: string) => new RegExp(`Target="(${kind}\\d+\\.xml)"`).exec(rels)?.[1] ?? "";
      const header = part(`word/${target("header")}`);
      const footer = part(`word/${target("footer")}`);
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
      expect(paragraphs(footer).join("")).toMatch(/^Pagina .*van/);
      if (status === "CONCEPT") expect(paragraphs(header).join("")).toMatch(/^CONCEPT/);
      else expect(paragraphs(header).join("")).not.toContain("CONCEPT");
    }
  });

  it("gives the signature table fixed column widths in which the longest word of each column fits", async () => {
    const { document, model } = await render("VASTGESTELD");
    const table = /<w:tbl>.*<\/w:tbl>/s.exec(document)?.[0] ?? "";
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(4);
    // within the page's margins; 0.6 em per character at the table's 10 pt (DejaVu Sans, LibreOffice's
    // fallback for Calibri, is the widest a reader will see), plus the cell margins
    const n = (re: RegExp) => Number(re.exec(document)?.[1]);
    const textWidth = n(/<w:pgSz w:w="(\d+)"/) - n(/<w:pgMar [^>]*w:right="(\d+)"/) - n(/<w:pgMar [^>]*w:left="(\d+)"/);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(textWidth);
    const page = model.code.signatures;
    if (!page) throw new Error("no signature page");
    (["name", "function", "signedAt", "hash"] as const).forEach((key, i) => {
      const words = [page.columns[key], ...page.rows.map((r) => r[key])].flatMap((t) => t.split(/\s+/));
      const longest = Math.max(...words.map((w) => w.length));
      expect(grid[i], key).toBeGreaterThanOrEqual(longest * 0.6 * 10 * 20 + 216);
    });
  });
});
