import { describe, expect, it } from "vitest";
import {
  PRIVACY_MIN_RESPONDENTS,
  effectiveMinimum,
  employerResultsView,
  isRoleGroupShown,
  type FreeText,
} from "@/lib/scan/results/privacy";
import type { ScanResult } from "@/lib/scan/scoring/types";

function result(respondents: number): ScanResult {
  return {
    respondents,
    overallGrade: 6.4,
    selfGrade: 7,
    selfGap: 0.6,
    themes: [
      {
        key: "T1",
        score: 3.4,
        grade: 6.4,
        band: "op weg",
        intentie: 3.5,
        praktijk: 3.2,
        gap: 0.3,
        unknownShare: 0.1,
        spread: 1.6,
        respondents,
      },
    ],
    items: [
      {
        key: "1.1",
        theme: "T1",
        kind: "praktijk",
        mean: 3,
        n: respondents,
        dontKnow: 0,
        min: 1,
        max: 5,
        distribution: [1, 0, 0, 0, 1],
        divergent: true,
      },
    ],
    divergentItems: ["1.1"],
    aandachtspunten: [{ theme: "T1", reasons: ["verschil-in-beeld", "onbekendheid"], focusItems: ["1.1"], solutions: ["s1"] }],
  };
}
const texts: FreeText[] = [
  { kind: "theme", key: "T1", text: " gedeeld ", shared: true },
  { kind: "theme", key: "T1", text: "niet gedeeld", shared: false },
  { kind: "open", key: "q", text: "open gedeeld", shared: true },
  { kind: "open", key: "q", text: "   ", shared: true },
];
const group = (role: string, respondents: number) => ({ role, respondents, themes: [{ key: "T1", grade: 6 }] });

describe("employerResultsView (docs/privacy.md)", () => {
  it("below the minimum: theme grades and aandachtspunten, no statements, self-grade, spread, focus items or text", () => {
    const v = employerResultsView({ result: result(2), byRole: [group("HR", 2)], texts, minimum: 3 });
    expect(v.fewRespondents).toBe(true);
    expect(v.result.themes[0]).toMatchObject({ grade: 6.4, band: "op weg", spread: null });
    expect(v.result).toMatchObject({ overallGrade: 6.4, selfGrade: null, selfGap: null, items: [], divergentItems: [] });
    expect(v.result.aandachtspunten).toEqual([{ theme: "T1", reasons: ["onbekendheid"], focusItems: [], solutions: ["s1"] }]);
    expect(v.themeComments).toEqual([]);
    expect(v.openAnswers).toEqual([]);
    expect(v.byRole).toEqual([]);
  });

  it("from the minimum: everything aggregated, and only the texts their authors shared", () => {
    const v = employerResultsView({ result: result(3), byRole: [], texts, minimum: 3 });
    expect(v.fewRespondents).toBe(false);
    expect(v.result).toEqual(result(3));
    expect(v.themeComments).toEqual([{ themeKey: "T1", text: "gedeeld" }]);
    expect(v.openAnswers).toEqual([{ questionKey: "q", text: "open gedeeld" }]);
  });

  it("a role group needs the minimum in the group and in the rest", () => {
    expect(isRoleGroupShown(3, 5, 3)).toBe(false);
    expect(isRoleGroupShown(3, 6, 3)).toBe(true);
    expect(isRoleGroupShown(2, 6, 3)).toBe(false);
    expect(isRoleGroupShown(6, 6, 3)).toBe(false);
    const v = employerResultsView({
      result: result(8),
      byRole: [group("HR", 3), group("directie", 5), group("ander", 6)],
      texts: [],
      minimum: 3,
    });
    expect(v.byRole.map((g) => g.role)).toEqual(["HR", "directie"]);
  });

  it("the minimum can be raised, never lowered below 3", () => {
    expect(PRIVACY_MIN_RESPONDENTS).toBe(3);
    expect(effectiveMinimum(1)).toBe(3);
    expect(effectiveMinimum(5)).toBe(5);
    expect(employerResultsView({ result: result(4), byRole: [], texts, minimum: 5 }).fewRespondents).toBe(true);
    expect(employerResultsView({ result: result(2), byRole: [], texts, minimum: 0 }).minimum).toBe(3);
  });
});
