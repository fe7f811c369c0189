import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { GEDRAGSCODE_SECTION_KEYS } from "@/lib/gedragscode/sections";
import { clauseViews } from "@/lib/gedragscode/views";
import {
  SECTION_WORKSHEETS,
  SOLUTION_WORKSHEETS,
  worksheetHref,
  worksheetLinks,
  worksheetsForClause,
  worksheetsForSolution,
  worksheetsNamedIn,
} from "@/lib/worksheets/links";
import { WORKSHEET_KEYS, worksheetQuery, worksheetSchema } from "@/lib/worksheets/schema";
import { WORKSHEET_FOOTER, WORKSHEETS } from "@/lib/worksheets/texts";

// The worksheets' bundled content and which oplossingsrichtingen and afspraken they support (issue 25 item 3).

const library = JSON.parse(fs.readFileSync("prisma/data/oplossingsrichtingen.json", "utf8")) as {
  entries: { key: string; title: string }[];
};

describe("the worksheets' content", () => {
  it("has the four worksheets, once each, in the order of their keys, and each fits the schema", () => {
    expect(WORKSHEETS.map((w) => w.key)).toEqual([...WORKSHEET_KEYS]);
    for (const sheet of WORKSHEETS) expect(worksheetSchema.parse(sheet)).toEqual(sheet);
  });

  it("the schema refuses a worksheet without enough steps and a coloured row without words", () => {
    const base = WORKSHEETS[0]!;
    expect(worksheetSchema.safeParse({ ...base, steps: base.steps.slice(0, 2) }).success).toBe(false);
    const colourOnly = {
      ...base,
      parts: [...base.parts, { title: "Kleuren", fill: [{ kind: "table", columns: ["a", "b"], emptyRows: 2, rowColors: ["groen"] }] }],
    };
    expect(worksheetSchema.safeParse(colourOnly).success).toBe(false);
  });

  it("the kleurcode names every colour in words, and rood is no failure", () => {
    const table = WORKSHEETS.find((w) => w.key === "kleurcode")!
      .parts.flatMap((p) => p.fill)
      .find((f) => f.kind === "table" && f.rowColors);
    expect(table?.kind === "table" && table.rowLabels?.map((l) => l.split(":")[0])).toEqual(["Groen", "Oranje", "Rood"]);
    expect(JSON.stringify(WORKSHEETS)).not.toMatch(/mislukt|falen|faal|slecht/i);
  });

  it("says where it is filled in: on paper or in the employer's own systems, never in this app", () => {
    expect(WORKSHEET_FOOTER).toMatch(/op papier of in uw eigen systemen/);
    expect(WORKSHEET_FOOTER).toMatch(/gezondheid van één medewerker/);
    expect(WORKSHEET_FOOTER).toMatch(/niet in Weerbare Werkgever/);
  });

  it("the route's format is pdf or docx, pdf by default", () => {
    expect(worksheetQuery.parse({})).toEqual({ formaat: "pdf" });
    expect(worksheetQuery.parse({ formaat: "docx" })).toEqual({ formaat: "docx" });
    expect(worksheetQuery.safeParse({ formaat: "doc" }).success).toBe(false);
  });
});

describe("which worksheets support what", () => {
  it("names only oplossingsrichtingen of the bundled library and sections of the code", () => {
    const keys = new Set(library.entries.map((e) => e.key));
    expect(Object.keys(SOLUTION_WORKSHEETS).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.keys(SECTION_WORKSHEETS).filter((k) => !(GEDRAGSCODE_SECTION_KEYS as string[]).includes(k))).toEqual([]);
  });

  it("gives every worksheet the library entry named after it", () => {
    const byTitle = (title: string) => library.entries.find((e) => e.title === title)!.key;
    expect(worksheetsForSolution(byTitle("Balanskaart"))).toEqual(["balanskaart"]);
    expect(worksheetsForSolution(byTitle("Terugvalpreventieplan"))).toEqual(["terugvalpreventieplan"]);
    expect(worksheetsForSolution(byTitle("Kleurcodesysteem"))).toEqual(["kleurcode"]);
    expect(worksheetsForSolution(byTitle("Werkplekaanpassingen"))).toEqual(["werkplekaanpassingen"]);
    expect(worksheetsForSolution("EIGEN-1")).toEqual([]);
    expect(worksheetsForSolution(null)).toEqual([]);
    expect(worksheetsForSolution("toString")).toEqual([]);
  });

  it("an afspraak: its oplossingsrichting first, then the words it uses, then its section", () => {
    const clause = (section: string, title: string, solutionKey: string | null = null) =>
      worksheetsForClause({ section, title, body: "", solutionKey });
    expect(clause("AFSPRAKEN_PER_ROL", "Iets", "OR-03")).toEqual(["terugvalpreventieplan"]);
    expect(clause("VOORZIENINGEN", "Ieder een terugvalpreventieplan")).toEqual(["terugvalpreventieplan"]);
    expect(clause("VOORZIENINGEN", "Een vaste plek")).toEqual(["werkplekaanpassingen"]);
    expect(clause("SIGNALEREN_TERUGVAL", "Op tijd aan de bel")).toEqual(["terugvalpreventieplan", "kleurcode"]);
    expect(clause("AFSPRAKEN_PER_ROL", "De leidinggevende vraagt door")).toEqual(["balanskaart", "kleurcode"]);
    expect(clause("BORGING", "Jaarlijks terugkijken")).toEqual([]);
    expect(clause("TOEGANG_WERVING", "Vacatures op kwaliteiten", "OR-30")).toEqual([]);
  });

  it("a step: the worksheets its words name, in the worksheets' order", () => {
    expect(worksheetsNamedIn("Werkplekaanpassingen en een check-in afspreken")).toEqual(["kleurcode", "werkplekaanpassingen"]);
    expect(worksheetsNamedIn("Nieuwsbrief sturen")).toEqual([]);
  });

  it("a link line carries the title and both downloads", () => {
    expect(worksheetLinks(["kleurcode", "balanskaart"])).toEqual([
      {
        key: "balanskaart",
        title: "Balanskaart",
        pdf: "/api/werkbladen/balanskaart?formaat=pdf",
        docx: worksheetHref("balanskaart", "docx"),
      },
      {
        key: "kleurcode",
        title: "Kleurcode en incheckmomenten",
        pdf: "/api/werkbladen/kleurcode?formaat=pdf",
        docx: "/api/werkbladen/kleurcode?formaat=docx",
      },
    ]);
  });

  it("the code's afspraken carry their worksheets only where the page asks for them", () => {
    const clauses = [
      { id: "c1", section: "VOORZIENINGEN", title: "Rustige plek", body: "", owner: null, startDate: null, version: 1, themeKey: null },
    ];
    expect(clauseViews(clauses, [], new Map())[0]?.worksheets).toEqual([]);
    expect(clauseViews(clauses, [], new Map(), { worksheets: true })[0]?.worksheets.map((w) => w.key)).toEqual(["werkplekaanpassingen"]);
  });
});
