import { describe, expect, it } from "vitest";
import { clauseSchema } from "@/lib/gedragscode/schema";
import {
  CLAUSE_SECTIONS,
  GEDRAGSCODE_SECTION_KEYS,
  GEDRAGSCODE_SECTIONS,
  PREAMBLE_SECTION,
  isGedragscodeSectionKey,
} from "@/lib/gedragscode/sections";

describe("gedragscode sections", () => {
  it("is one ordered list: the preamble first, then the sections that hold afspraken", () => {
    expect(PREAMBLE_SECTION.key).toBe("PREAMBULE");
    expect(GEDRAGSCODE_SECTION_KEYS).toEqual(GEDRAGSCODE_SECTIONS.map((s) => s.key));
    expect([PREAMBLE_SECTION, ...CLAUSE_SECTIONS]).toEqual([...GEDRAGSCODE_SECTIONS]);
    expect(new Set(GEDRAGSCODE_SECTIONS.map((s) => s.title)).size).toBe(GEDRAGSCODE_SECTIONS.length);
  });

  it("is what the clause form accepts", () => {
    const clause = { trajectId: "t1", version: "1", title: "Een afspraak", body: "Wat we afspreken." };
    for (const key of GEDRAGSCODE_SECTION_KEYS) {
      expect(isGedragscodeSectionKey(key)).toBe(true);
      expect(clauseSchema.safeParse({ ...clause, section: key }).success).toBe(true);
    }
    expect(isGedragscodeSectionKey("ONBEKEND")).toBe(false);
    expect(clauseSchema.safeParse({ ...clause, section: "ONBEKEND" }).success).toBe(false);
  });
});
