// The worked example of docs/scoring.md#golden-example, reproduced exactly: every field of the expected output.
import { describe, expect, it } from "vitest";
import questionnaireJson from "@/prisma/data/mhb-2025.json";
import input from "@/tests/fixtures/three-respondents.input.json";
import expected from "@/tests/fixtures/three-respondents.expected.json";
import { type Questionnaire, type ScanResponseInput, scoreScan } from "@/lib/scan";

const questionnaire = questionnaireJson as Questionnaire;
const responses = input.responses as ScanResponseInput[];

describe("scoreScan: golden example (three respondents)", () => {
  const result = scoreScan(questionnaire, responses);

  it("reproduces every field of the expected output", () => {
    const { items, ...rest } = result;
    expect(rest).toStrictEqual(expected);
    expect(items).toHaveLength(questionnaire.themes.flatMap((t) => t.items).length);
  });

  it("outputs the themes in questionnaire order with null, never omitted, values", () => {
    expect(result.themes.map((t) => t.key)).toEqual(questionnaire.themes.map((t) => t.key));
    for (const theme of result.themes) expect(Object.keys(theme)).toHaveLength(10);
  });

  it("gives per-statement statistics consistent with the answers", () => {
    const item = result.items.find((i) => i.key === "6.4");
    expect(item).toMatchObject({ theme: "T6", kind: "praktijk", divergent: true });
    expect(item?.distribution.reduce((a, b) => a + b, 0)).toBe(item?.n);
    expect(result.items.filter((i) => i.divergent).map((i) => i.key)).toEqual(expected.divergentItems);
    for (const i of result.items) {
      expect(i.distribution).toHaveLength(5);
      expect(i.n + i.dontKnow).toBeLessThanOrEqual(responses.length);
    }
  });

  it("ignores a draft added to the example", () => {
    const draft: ScanResponseInput = { ...responses[0]!, status: "draft", selfGrade: 1 };
    const { items, ...rest } = scoreScan(questionnaire, [...responses, draft]);
    expect(rest).toStrictEqual(expected);
    expect(items).toStrictEqual(result.items);
  });
});
