import { describe, expect, it } from "vitest";
import { wrapLines } from "@/lib/pdf/text";

// One point per character: line breaking without a font.
const measurer = { widthOfString: (s: string) => s.length };

describe("wrapLines (the PDF kit's line breaker)", () => {
  it("breaks on CRLF as on LF: no carriage return reaches a line (texts stored before the zod normalisation)", () => {
    const { lines } = wrapLines("Eerste regel\r\nTweede regel\nDerde", 100, "test-crlf", measurer);
    expect(lines).toEqual(["Eerste regel ", "Tweede regel ", "Derde"]);
    expect(lines.join("")).not.toContain("\r");
  });
});
