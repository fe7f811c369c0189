import { describe, expect, it } from "vitest";
import questionnaireJson from "@/prisma/data/mhb-2025.json";
import solutionsJson from "@/prisma/data/oplossingsrichtingen.json";
import guidanceJson from "@/prisma/data/werkwijze.json";
import input from "@/tests/fixtures/three-respondents.input.json";
import { type Questionnaire, type ScanResponseInput, scoreScan } from "@/lib/scan";
import { draftFromScan } from "@/lib/gedragscode/draft";
import { canonicalContent, contentHash, type SignedContent } from "@/lib/gedragscode/content-hash";
import { changedWords, wordDiff } from "@/lib/gedragscode/word-diff";

// The draft from the scan on the golden example, the signature hash, the word-level comparison.

const questionnaire = questionnaireJson as Questionnaire;
const result = scoreScan(questionnaire, input.responses as ScanResponseInput[]);
const solutions = solutionsJson.entries.map((s) => ({ ...s, active: true }));
const principles = guidanceJson.entries
  .filter((g) => g.kind === "PRINCIPLE")
  .map((g) => ({ key: g.key, title: (g as { title?: string }).title!, text: g.text }));

describe("draftFromScan: the golden example", () => {
  const groups = draftFromScan({
    aandachtspunten: result.aandachtspunten,
    themeTitles: new Map(questionnaire.themes.map((t) => [t.key, t.title])),
    solutions,
    principles,
  });

  it("offers the method's uitgangspunten first, all preselected, in Uitgangspunten", () => {
    expect(groups[0]!.themeKey).toBeNull();
    expect(groups[0]!.proposals.map((p) => p.title)).toEqual([
      "Rolzuiverheid",
      "Nieuwsgierig in plaats van invullen",
      "Geen medische vragen",
      "De medewerker bepaalt wat wordt gedeeld",
    ]);
    expect(groups[0]!.proposals.every((p) => p.preselected && p.section === "UITGANGSPUNTEN")).toBe(true);
  });

  it("gives one group per aandachtspunt, in the scoring's order, each in the section that fits its theme", () => {
    expect(groups.slice(1).map((g) => [g.themeKey, g.proposals[0]!.section])).toEqual([
      ["T8", "SIGNALEREN_TERUGVAL"],
      ["T4", "SIGNALEREN_TERUGVAL"],
      ["T2", "BORGING"],
      ["T6", "VOORZIENINGEN"],
      ["T9", "TOEGANG_WERVING"],
    ]);
  });

  it("preselects exactly the scoring's own picks, first, and offers every other fitting oplossingsrichting unticked", () => {
    const t8 = groups.find((g) => g.themeKey === "T8")!;
    expect(t8.proposals.filter((p) => p.preselected).map((p) => p.solutionKey)).toEqual(["OR-37", "OR-38", "OR-22"]);
    expect(t8.proposals.slice(0, 3).map((p) => p.solutionKey)).toEqual(["OR-37", "OR-38", "OR-22"]);
    const fitting = solutionsJson.entries.filter((s) => s.themes.includes("T8")).map((s) => s.key);
    expect(new Set(t8.proposals.map((p) => p.solutionKey))).toEqual(new Set([...fitting, "OR-37", "OR-38", "OR-22"]));
    expect(t8.proposals.every((p) => p.themeKey === "T8" && p.key === `theme:T8:${p.solutionKey}`)).toBe(true);
    const or37 = solutionsJson.entries.find((s) => s.key === "OR-37")!;
    expect(t8.proposals[0]).toMatchObject({ title: or37.title, body: or37.description });
    expect(t8.reasons).toEqual(["ontwikkelpunt", "schijninclusie", "onbekendheid"]);
  });

  it("offers no switched-off oplossingsrichting beyond the scoring's picks", () => {
    const off = draftFromScan({
      aandachtspunten: result.aandachtspunten,
      themeTitles: new Map(),
      solutions: solutions.map((s) => (s.key === "OR-16" ? s : { ...s, active: false })),
      principles: [],
    });
    expect(off.find((g) => g.themeKey === "T4")!.proposals.map((p) => p.solutionKey)).toEqual(["OR-16", "OR-47", "OR-48"]);
  });
});

describe("contentHash", () => {
  const content: SignedContent = {
    preamble: "De directie staat erachter.",
    clauses: [
      {
        section: "BORGING",
        position: 0,
        title: "Evaluatie",
        body: "Over een jaar.",
        owner: "HR",
        startDate: new Date("2027-02-01T11:00:00Z"),
        themeKey: "T2",
        solutionKey: null,
      },
      {
        section: "UITGANGSPUNTEN",
        position: 0,
        title: "Rolzuiverheid",
        body: "Geen diagnose.",
        owner: null,
        startDate: null,
        themeKey: null,
        solutionKey: null,
      },
    ],
  };

  it("is the same for the same content, whatever order the rows came in", () => {
    expect(contentHash(content)).toBe(contentHash({ ...content, clauses: [...content.clauses].reverse() }));
    expect(contentHash(content)).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(canonicalContent(content)).clauses[0][1]).toBe("Rolzuiverheid");
  });

  it("differs for any change: a word, the preamble, the owner, the date, the order, the section", () => {
    const base = contentHash(content);
    const [a, b] = content.clauses as [SignedContent["clauses"][number], SignedContent["clauses"][number]];
    const variants: SignedContent[] = [
      { ...content, preamble: "De directie staat er achter." },
      { ...content, clauses: [{ ...a, body: "Over een jaar!" }, b] },
      { ...content, clauses: [{ ...a, owner: "Directie" }, b] },
      { ...content, clauses: [{ ...a, startDate: new Date("2027-02-02T11:00:00Z") }, b] },
      { ...content, clauses: [{ ...a, section: "VOORZIENINGEN" }, b] },
      { ...content, clauses: [a, { ...b, section: "BORGING", position: 1 }] },
      {
        ...content,
        clauses: [
          { ...a, position: 1 },
          { ...b, section: "BORGING", position: 0 },
        ],
      },
    ];
    const hashes = variants.map(contentHash);
    expect(hashes).not.toContain(base);
    expect(new Set(hashes).size).toBe(variants.length);
  });
});

describe("wordDiff", () => {
  it("marks words taken out and put in, the rest as it was", () => {
    const parts = wordDiff("Wij vragen naar impact op werk", "Wij vragen altijd naar de impact op het werk");
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["altijd", "de", "het"]);
    expect(parts.filter((p) => p.kind === "removed")).toEqual([]);
    expect(parts.map((p) => (p.kind === "removed" ? "" : p.text)).join("")).toBe("Wij vragen altijd naar de impact op het werk");
    const swapped = wordDiff("De leidinggevende belt", "De collega belt");
    expect(swapped).toEqual([
      { kind: "same", text: "De " },
      { kind: "removed", text: "leidinggevende" },
      { kind: "added", text: "collega" },
      { kind: "same", text: " belt" },
    ]);
    expect(changedWords(wordDiff("gelijk", "gelijk"))).toBe(0);
  });
});
