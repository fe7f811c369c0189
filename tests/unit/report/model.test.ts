import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDate, formatPeriod } from "@/lib/dates";
import { formatDecimal, formatPercent } from "@/lib/format/number";
import { GEDRAGSCODE_SECTIONS } from "@/lib/gedragscode/sections";
import { buildReportModel } from "@/lib/report/model";
import { DEMO_CODE_HASH, demoReportInput } from "../../fixtures/report-demo-input";

const full = buildReportModel(demoReportInput());

describe("buildReportModel", () => {
  it("has every section of the report, in reading order", () => {
    expect(full.sections.map((s) => s.key)).toEqual([
      "leeswijzer",
      "samenvatting",
      "themas",
      "aandachtspunten",
      "gedragscode",
      "vervolgstappen",
      "contact",
      "bijlage",
    ]);
    expect(full.themes).toHaveLength(9);
    expect(full.themes.map((t) => t.title)).toEqual(demoReportInput().questionnaire.themes.map((t) => t.title));
    expect(full.aandachtspunten.length).toBeGreaterThanOrEqual(2);
    expect(full.meta.lang).toBe("nl-NL");
  });

  it("never lets PRIVATE or TANDEM annotations into the model", () => {
    const json = JSON.stringify(full);
    expect(json).not.toContain("PRIVÉ-NOTITIE");
    expect(json).not.toContain("TANDEM-NOTITIE");
    expect(json).not.toContain("jan.jansen@example.nl");
    const shared = demoReportInput().annotations.filter((a) => a.visibility === "EMPLOYER");
    expect(
      full.themes
        .flatMap((t) => t.reflections)
        .map((r) => r.body)
        .sort(),
    ).toEqual(shared.map((a) => a.body).sort());
  });

  it("drops even an annotation that is only PRIVATE, whatever its theme", () => {
    const input = demoReportInput();
    input.annotations = input.annotations.map((a) => ({ ...a, visibility: a.visibility === "EMPLOYER" ? "TANDEM" : a.visibility }));
    expect(buildReportModel(input).themes.every((t) => t.reflections.length === 0)).toBe(true);
  });

  it("shows spread only with two or more respondents", () => {
    expect(full.themes[0]?.keyFigures.map((f) => f.label)).toContain("Spreiding");
    const single = buildReportModel(demoReportInput({ respondents: 1 }));
    // the appendix explains the method (including spread) whatever the number of respondents
    const json = JSON.stringify({ ...single, appendix: null });
    expect(single.themes.every((t) => t.keyFigures.every((f) => f.label !== "Spreiding"))).toBe(true);
    expect(json).not.toMatch(/spreiding|verschil in beeld|lopen sterk uiteen/i);
    expect(single.summary.keyFigures.find((f) => f.label === "Respondenten")?.value).toBe("1");
  });

  it("without a gedragscode shows the agreed next steps instead", () => {
    const model = buildReportModel(demoReportInput({ gedragscode: null }));
    expect(model.gedragscode).toBeNull();
    expect(model.sections.map((s) => s.key)).not.toContain("gedragscode");
    expect(model.sections.map((s) => s.key)).toContain("vervolgstappen");
    expect(model.nextSteps?.steps.map((s) => s.text)).toContain("Vervolgscan met dezelfde respondenten.");
    expect(model.nextSteps?.steps[0]?.details).toBe("Wie: Teamleiders · Wanneer: 31 januari 2027");
  });

  it("still has a next-steps section when there is neither a code nor a step", () => {
    const input = demoReportInput({ gedragscode: null });
    input.nextSteps = [];
    const model = buildReportModel(input);
    expect(model.nextSteps?.steps).toEqual([]);
    expect(model.nextSteps?.intro).toMatch(/nog geen vervolgstappen/);
  });

  it("marks a concept code clearly as concept", () => {
    const model = buildReportModel(demoReportInput({ gedragscode: "CONCEPT" }));
    expect(model.gedragscode?.isConcept).toBe(true);
    expect(model.gedragscode?.statusLabel).toBe("Concept");
    expect(model.gedragscode?.statusLine).toMatch(/nog niet vastgesteld/);
    // a kenmerk with one sentence that explains it, never a version number that counts every edit
    expect(model.gedragscode?.statusLine).toContain(
      `Kenmerk van deze tekst: ${DEMO_CODE_HASH.slice(0, 16)}. Het kenmerk is een controlegetal`,
    );
    expect(model.gedragscode?.statusLine).not.toMatch(/Versie|SHA|hash/);
    expect(model.sections.find((s) => s.key === "gedragscode")?.title).toBe("EPA-gedragscode (concept)");
    expect(full.gedragscode?.isConcept).toBe(false);
    // the documents put the label first: the line does not repeat it ("Vastgesteld. Vastgesteld op …")
    expect(full.gedragscode?.statusLabel).toBe("Vastgesteld");
    expect(full.gedragscode?.statusLine).toBe(
      `Op 20 november 2026 door de directie van Zorgcoöperatie De Linde. Kenmerk van deze tekst: ${DEMO_CODE_HASH.slice(0, 16)}. Het kenmerk is een controlegetal van deze tekst: verandert er één letter, dan verandert het kenmerk.`,
    );
  });

  it("orders gedragscode clauses by the sections of docs/method.md", () => {
    const order = GEDRAGSCODE_SECTIONS.map((s) => s.key as string);
    const keys = full.gedragscode?.sections.map((s) => s.key as string) ?? [];
    expect(keys).toEqual([...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(keys).toEqual([
      "PREAMBULE",
      "UITGANGSPUNTEN",
      "AFSPRAKEN_PER_ROL",
      "VOORZIENINGEN",
      "SIGNALEREN_TERUGVAL",
      "TOEGANG_WERVING",
      "BORGING",
    ]);
    expect(full.gedragscode?.sections[0]?.intro).toMatch(/^Deze gedragscode/);
  });

  it("puts clauses of an unknown section last, under 'Overige afspraken'", () => {
    const input = demoReportInput();
    input.gedragscode?.clauses.unshift({ section: "ONBEKEND", title: "Los punt", body: "Tekst.", themeKey: null });
    const sections = buildReportModel(input).gedragscode?.sections ?? [];
    expect(sections.at(-1)).toMatchObject({ key: "OVERIG", title: "Overige afspraken", clauses: [{ title: "Los punt" }] });
  });

  it("keeps GEDRAGSCODE_SECTIONS in step with the Prisma enum", () => {
    const schema = fs.readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
    const body = /enum GedragscodeSection \{([^}]*)\}/.exec(schema)?.[1] ?? "";
    expect(GEDRAGSCODE_SECTIONS.map((s) => s.key)).toEqual(body.split(/\s+/).filter(Boolean));
  });

  it("resolves solution keys to title and description", () => {
    const first = full.aandachtspunten[0];
    expect(first?.themeKey).toBe("T8");
    expect(first?.solutions.map((s) => s.key)).toEqual(["OR-37", "OR-38", "OR-22"]);
    for (const s of first?.solutions ?? []) {
      expect(s.title).not.toMatch(/^OR-/);
      expect(s.description.length).toBeGreaterThan(10);
    }
    expect(first?.focusItems.map((f) => f.key)).toEqual(["8.4", "8.6"]);
  });

  it("formats numbers and dates the Dutch way", () => {
    expect(full.summary.keyFigures[0]).toEqual({ label: "Totaalcijfer scan", value: "6,5", note: "Op weg" });
    expect(full.themes.find((t) => t.key === "T8")?.grade).toBe("5,0");
    expect(full.cover.rows).toContainEqual({ label: "Datum rapport", value: "22 november 2026" });
    expect(full.cover.rows).toContainEqual({ label: "Traject", value: "8 september tot en met 20 november 2026" });
    expect(formatDecimal(2.65)).toBe("2,7");
    expect(formatDecimal(-0.5)).toBe("−0,5");
    expect(formatDecimal(null)).toBe("–");
    expect(formatPercent(0.33)).toBe("33%");
    expect(formatDate(new Date("2026-11-21T23:30:00Z"))).toBe("22 november 2026");
    expect(formatPeriod(new Date("2026-12-01T12:00:00Z"), new Date("2027-01-15T12:00:00Z"))).toBe(
      "1 december 2026 tot en met 15 januari 2027",
    );
  });

  it("describes the chart for screen readers", () => {
    expect(full.summary.chart?.bars).toHaveLength(9);
    expect(full.summary.chart?.alt).toContain("Terugval en baanzekerheid: 5,0 (ontwikkelpunt).");
    expect(full.summary.chart?.alt).toContain("Zelfbeeld: 7,0.");
  });

  describe("the closing part follows the traject's outcome", () => {
    const keys = (model: ReturnType<typeof buildReportModel>) => model.sections.map((s) => s.key);

    it("FORMELE_CODE: the adopted code, then its signature page (Amsterdam time, 16 hex chars of the hash)", () => {
      expect(keys(full)).toEqual(expect.arrayContaining(["gedragscode", "vervolgstappen"]));
      expect(full.gedragscode?.statusLabel).toBe("Vastgesteld");
      expect(full.gedragscode?.signatures).toEqual({
        title: "Ondertekening",
        explanation: expect.stringMatching(/^Het kenmerk is een controlegetal van de ondertekende tekst.*precies deze tekst/),
        columns: { name: "Naam", function: "Functie", signedAt: "Ondertekend op", hash: "Kenmerk" },
        rows: [
          { name: "Johan de Wit", function: "Directie", signedAt: "19 november 2026 om 10:30", hash: DEMO_CODE_HASH.slice(0, 16) },
          {
            name: "Fatima Ouali",
            function: "OR (ondernemingsraad)",
            signedAt: "20 november 2026 om 15:05",
            hash: DEMO_CODE_HASH.slice(0, 16),
          },
        ],
      });
    });

    it("FORMELE_CODE: a signature on another text than the current one stays off the page", () => {
      const input = demoReportInput();
      input.gedragscode!.signatures!.push({
        name: "Oude Handtekening",
        function: "HR",
        signedAt: new Date("2026-11-01T10:00:00Z"),
        contentHash: "ab".repeat(32),
      });
      expect(buildReportModel(input).gedragscode?.signatures?.rows.map((r) => r.name)).toEqual(["Johan de Wit", "Fatima Ouali"]);
    });

    it("FORMELE_CODE with a code reopened since: shown as the concept it is, without signatures", () => {
      const model = buildReportModel(demoReportInput({ gedragscode: "CONCEPT", outcome: "FORMELE_CODE" }));
      expect(model.gedragscode?.isConcept).toBe(true);
      expect(model.gedragscode?.signatures).toBeNull();
    });

    it("AFSPRAKEN: the concept code marked as concept, and the next steps", () => {
      const model = buildReportModel(demoReportInput({ gedragscode: "CONCEPT", outcome: "AFSPRAKEN" }));
      expect(keys(model)).toEqual(expect.arrayContaining(["gedragscode", "vervolgstappen"]));
      expect(model.sections.find((s) => s.key === "gedragscode")?.title).toBe("EPA-gedragscode (concept)");
      expect(model.gedragscode?.statusLabel).toBe("Concept");
      expect(model.gedragscode?.signatures).toBeNull();
      expect(model.nextSteps?.steps).toHaveLength(2);
    });

    it("AFSPRAKEN: no code section without clauses, and a next-steps section even without steps", () => {
      const input = demoReportInput({ gedragscode: "CONCEPT", outcome: "AFSPRAKEN" });
      input.gedragscode!.clauses = [];
      input.nextSteps = [];
      const model = buildReportModel(input);
      expect(keys(model)).not.toContain("gedragscode");
      expect(model.nextSteps?.intro).toMatch(/nog geen vervolgstappen/);
    });

    it("AFSPRAKEN with an adopted code never shows a signature page", () => {
      const model = buildReportModel(demoReportInput({ outcome: "AFSPRAKEN" }));
      expect(model.gedragscode?.isConcept).toBe(false);
      expect(model.gedragscode?.signatures).toBeNull();
      expect(keys(model)).toContain("vervolgstappen");
    });

    it("ALLEEN_RAPPORT: the next steps only, no code even when there is one", () => {
      for (const gedragscode of ["VASTGESTELD", "CONCEPT", null] as const) {
        const model = buildReportModel(demoReportInput({ gedragscode, outcome: "ALLEEN_RAPPORT" }));
        expect(model.gedragscode).toBeNull();
        expect(keys(model)).not.toContain("gedragscode");
        expect(keys(model)).toContain("vervolgstappen");
        expect(JSON.stringify(model)).not.toContain("Tweeweg-inclusie");
      }
    });

    it("without an outcome keeps the behaviour from before outcomes: the code whenever there is one", () => {
      const model = buildReportModel(demoReportInput({ gedragscode: "CONCEPT", outcome: null }));
      expect(model.gedragscode?.isConcept).toBe(true);
      const input = demoReportInput({ outcome: null });
      input.nextSteps = [];
      expect(keys(buildReportModel(input))).not.toContain("vervolgstappen");
    });
  });

  it("holds no respondent data beyond aggregates", () => {
    expect(JSON.stringify(full)).not.toMatch(/directie"|"HR"|leidinggevende"|@example\.nl/);
  });
});
