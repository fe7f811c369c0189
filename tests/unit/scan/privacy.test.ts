import { describe, expect, it } from "vitest";
import {
  PRIVACY_MIN_RESPONDENTS,
  effectiveMinimum,
  employerResultsView,
  filteredView,
  isPublishable,
  isFunctionGroupShown,
  respondentsDifference,
  shownFunctionGroups,
  tooCloseToAnEarlierStand,
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
const group = (name: string, respondents: number) => ({ name, respondents, themes: [{ key: "T1", grade: 6 }] });

describe("employerResultsView (docs/privacy.md)", () => {
  it("below the minimum: no figure at all; the aandachtspunten by key only, without reasons, focus items or solutions", () => {
    const v = employerResultsView({ result: result(2), byFunction: [group("HR", 2)], texts, minimum: 3 });
    expect(v.fewRespondents).toBe(true);
    expect(v.result).toEqual({
      respondents: 2,
      overallGrade: null,
      selfGrade: null,
      selfGap: null,
      themes: [],
      items: [],
      divergentItems: [],
      aandachtspunten: [{ theme: "T1", reasons: [], focusItems: [], solutions: [] }],
    });
    expect(v.themeComments).toEqual([]);
    expect(v.openAnswers).toEqual([]);
    expect(v.byFunction).toEqual([]);
    // a view stored before the rule (with theme grades) is filtered again when read
    expect(filteredView({ ...v, result: result(2) }).result).toEqual(v.result);
  });

  it("a new snapshot is published only when at least the minimum of respondents differ, added plus removed", () => {
    const before = { respondentIds: ["a", "b", "c"], respondents: 3 };
    expect(respondentsDifference(before, ["a", "b", "c", "d"])).toEqual({ added: 1, removed: 0 });
    expect(respondentsDifference(before, ["a", "b", "d"])).toEqual({ added: 1, removed: 1 });
    expect(isPublishable(respondentsDifference(before, ["a", "b", "d"]), 3)).toBe(false);
    expect(isPublishable(respondentsDifference(before, ["a", "d", "e", "f"]), 3)).toBe(true);
    expect(isPublishable(respondentsDifference(before, ["a", "b", "c"]), 3)).toBe(false);
    // a snapshot from before the ids were kept: only the difference in numbers is certain
    expect(respondentsDifference({ respondentIds: [], respondents: 3 }, ["x", "y", "z", "w"])).toEqual({ added: 1, removed: 0 });
  });

  it("from the minimum: everything aggregated, and only the texts their authors shared", () => {
    const v = employerResultsView({ result: result(3), byFunction: [], texts, minimum: 3 });
    expect(v.fewRespondents).toBe(false);
    expect(v.result).toEqual(result(3));
    expect(v.themeComments).toEqual([{ themeKey: "T1", text: "gedeeld" }]);
    expect(v.openAnswers).toEqual([{ questionKey: "q", text: "open gedeeld" }]);
  });

  it("a function group needs the minimum in the group and in the rest", () => {
    expect(isFunctionGroupShown(3, 5, 3)).toBe(false);
    expect(isFunctionGroupShown(3, 6, 3)).toBe(true);
    expect(isFunctionGroupShown(2, 6, 3)).toBe(false);
    expect(isFunctionGroupShown(6, 6, 3)).toBe(false);
    const v = employerResultsView({
      result: result(8),
      byFunction: [group("HR", 3), group("directie", 5), group("ander", 6)],
      texts: [],
      minimum: 3,
    });
    expect(v.byFunction.map((g) => g.name)).toEqual(["HR", "directie"]);
  });

  it("the function groups not shown number zero or at least the minimum, else the smallest shown group goes too", () => {
    // 10 people as 4/4/2: the total and both groups of 4 would give the pair's average
    const counts = [group("HR", 4), group("directie", 4), group("ander", 2)];
    expect(shownFunctionGroups(counts, 10, 3).map((g) => g.name)).toEqual(["HR"]);
    expect(employerResultsView({ result: result(10), byFunction: counts, texts: [], minimum: 3 }).byFunction.map((g) => g.name)).toEqual([
      "HR",
    ]);
    // the rest is 0 (all shown) or at least 3: unchanged
    expect(shownFunctionGroups([group("HR", 4), group("directie", 4)], 8, 3).map((g) => g.name)).toEqual(["HR", "directie"]);
    expect(
      shownFunctionGroups([group("HR", 4), group("directie", 3), group("ander", 1), group("or", 2)], 10, 3).map((g) => g.name),
    ).toEqual(["HR", "directie"]);
    // the smallest shown group goes: 5/3/2 keeps the 5 (the hidden 3+2 = 5)
    expect(shownFunctionGroups([group("HR", 3), group("directie", 5), group("ander", 2)], 10, 3).map((g) => g.name)).toEqual(["directie"]);
    // a view stored before the rule is filtered again when read
    const stored = {
      ...employerResultsView({ result: result(10), byFunction: [], texts: [], minimum: 3 }),
      byFunction: counts.slice(0, 2),
    };
    expect(filteredView(stored).byFunction.map((g) => g.name)).toEqual(["HR"]);
  });

  it("a new stand must differ by the minimum from every earlier stand the employer saw, not only the last", () => {
    const a = ["a1", "a2", "a3", "a4", "a5", "a6"];
    const s1 = { respondentIds: a, respondents: 6, takenAt: new Date("2026-12-01") };
    const s2 = { respondentIds: [...a, "x", "y", "z"], respondents: 9, takenAt: new Date("2026-12-02") };
    // S3 = A + w: 4 differ from S2, but only 1 from S1 (S3 − S1 would give w's grades)
    const close = tooCloseToAnEarlierStand([s1, s2], [...a, "w"], 3);
    expect(close).toEqual({ stand: s1, added: 1, removed: 0 });
    expect(tooCloseToAnEarlierStand([s1, s2], [...a, "w", "v", "u"], 3)).toBeNull();
    // an old stand without ids: the difference in numbers
    expect(tooCloseToAnEarlierStand([{ respondentIds: [], respondents: 6, takenAt: s1.takenAt }], [...a, "w"], 3)).toMatchObject({
      added: 1,
    });
  });

  it("the minimum can be raised, never lowered below 3", () => {
    expect(PRIVACY_MIN_RESPONDENTS).toBe(3);
    expect(effectiveMinimum(1)).toBe(3);
    expect(effectiveMinimum(5)).toBe(5);
    expect(employerResultsView({ result: result(4), byFunction: [], texts, minimum: 5 }).fewRespondents).toBe(true);
    expect(employerResultsView({ result: result(2), byFunction: [], texts, minimum: 0 }).minimum).toBe(3);
  });
});
