// Hand-made small questionnaires for the edge cases of docs/scoring.md (aandachtspunten).
import { describe, expect, it } from "vitest";
import {
  type ItemStatistics,
  type Questionnaire,
  type ScanResponseInput,
  type ThemeResult,
  scoreScan,
  selectAandachtspunten,
  themeReasons,
} from "@/lib/scan";

/** Themes as "iipp" strings (i = intentie, p = praktijk); items T1.1, T1.2, …; solutions S-<key>. */
function makeQuestionnaire(themes: Record<string, string>, solutions: Record<string, string[]> = {}): Questionnaire {
  return {
    id: "test",
    title: "Test",
    language: "nl",
    scale: { options: [1, 2, 3, 4, 5].map((value) => ({ value, label: `${value}` })), dontKnow: { value: null, label: "Weet ik niet" } },
    intro: { title: "Test", body: [], tips: [] },
    selfGrade: { key: "selfGrade", text: "Cijfer?", min: 1, max: 10 },
    themeQuestion: "Wat is nodig?",
    openQuestions: [],
    respondentRoles: ["HR"],
    themes: Object.entries(themes).map(([key, kinds]) => ({
      key,
      title: key,
      items: [...kinds].map((k, i) => {
        const itemKey = `${key}.${i + 1}`;
        return {
          key: itemKey,
          core: true,
          kind: k === "i" ? "intentie" : "praktijk",
          text: itemKey,
          solutions: solutions[itemKey] ?? [`S-${itemKey}`],
        };
      }),
    })),
  } as Questionnaire;
}

const respond = (answers: Record<string, unknown>, extra: Partial<ScanResponseInput> = {}): ScanResponseInput => ({
  respondentRole: "HR",
  status: "submitted",
  selfGrade: null,
  answers,
  ...extra,
});

/** Same answer for every statement of the given themes. */
const uniform = (q: Questionnaire, values: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(q.themes.flatMap((t) => t.items.map((i) => [i.key, values[t.key]] as const)).filter(([, v]) => v !== undefined));

const theme = (key: string, values: Partial<ThemeResult>): ThemeResult => ({
  key,
  score: 3,
  grade: 5.5,
  band: "op weg",
  intentie: 3,
  praktijk: 3,
  gap: 0,
  unknownShare: 0,
  spread: 0,
  respondents: 2,
  ...values,
});

describe("theme scores", () => {
  const q = makeQuestionnaire({ T1: "ipp" });

  it("is undefined with fewer than ceil(n/2) numeric answers; dontKnow does not count", () => {
    const result = scoreScan(q, [respond({ "T1.1": 4, "T1.2": "dontKnow", "T1.3": "dontKnow" })]);
    expect(result.themes[0]).toMatchObject({ score: null, grade: null, band: null, respondents: 0 });
    // Kind scores stay defined whether or not the theme score is.
    expect(result.themes[0]).toMatchObject({ intentie: 4, praktijk: null, gap: null, unknownShare: 1 });
    expect(result.overallGrade).toBeNull();
    expect(result.aandachtspunten).toEqual([]);
  });

  it("is defined from ceil(n/2) numeric answers", () => {
    const result = scoreScan(q, [respond({ "T1.1": 4, "T1.2": 2, "T1.3": "dontKnow" })]);
    expect(result.themes[0]).toMatchObject({ score: 3, grade: 5.5, band: "op weg", respondents: 1, gap: 2, unknownShare: 0.5 });
  });

  it("has unknownShare null when no praktijk statement was answered and spread null below 2", () => {
    const result = scoreScan(q, [respond({ "T1.1": 4, "T1.2": 3, "T1.3": 5.5 }), respond({ "T1.1": 2, "T1.2": null })]);
    expect(result.themes[0]).toMatchObject({ score: 3.5, spread: null, respondents: 1 });
    const onlyIntentie = scoreScan(makeQuestionnaire({ T1: "ii" }), [respond({ "T1.1": 4 }), respond({ "T1.1": 2 })]);
    expect(onlyIntentie.themes[0]).toMatchObject({ unknownShare: null, praktijk: null, gap: null, spread: 2 });
  });

  it("compares the ROUNDED unknownShare: 8/27 = 0.296 shows as 0.3 and counts as onbekendheid", () => {
    const q2 = makeQuestionnaire({ T1: "p" });
    const responses = Array.from({ length: 27 }, (_, i) => respond({ "T1.1": i < 8 ? "dontKnow" : 4 }));
    const result = scoreScan(q2, responses);
    expect(result.themes[0]?.unknownShare).toBe(0.3);
    expect(result.aandachtspunten[0]?.reasons).toEqual(["onbekendheid"]);
  });
});

describe("themeReasons compares rounded values", () => {
  it.each([
    [{ grade: 5.449 }, ["ontwikkelpunt"]],
    [{ grade: 5.45 }, []],
    [{ gap: 0.995 }, ["schijninclusie"]],
    [{ gap: 0.994 }, ["schijninclusie-let-op"]],
    [{ gap: 0.494 }, []],
    [{ gap: 0.495 }, ["schijninclusie-let-op"]],
    [{ gap: 0.5 }, ["schijninclusie-let-op"]],
    [{ unknownShare: 0.295 }, ["onbekendheid"]],
    [{ spread: 1.495 }, ["verschil-in-beeld"]],
    [{ grade: 3, gap: 1.2, unknownShare: 0.5, spread: 2 }, ["ontwikkelpunt", "schijninclusie", "onbekendheid", "verschil-in-beeld"]],
    [{ score: null, grade: null }, []],
  ] as [Partial<ThemeResult>, string[]][])("%o → %o", (values, reasons) => {
    expect(themeReasons(theme("T1", values))).toEqual(reasons);
  });
});

describe("selection", () => {
  it("fills up with groeikans to 2, lowest score first", () => {
    const q = makeQuestionnaire({ T1: "ip", T2: "ip", T3: "ip" });
    const result = scoreScan(q, [respond(uniform(q, { T1: 5, T2: 4, T3: 4 }))]);
    expect(result.aandachtspunten.map((a) => [a.theme, a.reasons])).toEqual([
      ["T2", ["groeikans"]],
      ["T3", ["groeikans"]],
    ]);
  });

  it("appends groeikans after the themes with a reason, even when its score is lower", () => {
    const q = makeQuestionnaire({ A: "ip", B: "ip" });
    const result = scoreScan(q, [respond(uniform(q, { A: 5, B: 3 })), respond(uniform(q, { A: 3, B: 4 }))]);
    expect(result.themes.map((t) => [t.score, t.spread])).toEqual([
      [4, 2],
      [3.5, 1],
    ]);
    expect(result.aandachtspunten.map((a) => [a.theme, a.reasons])).toEqual([
      ["A", ["verschil-in-beeld"]],
      ["B", ["groeikans"]],
    ]);
  });

  it("gives one groeikans for a single scored theme and none without scores", () => {
    const q = makeQuestionnaire({ T1: "ip", T2: "ip" });
    expect(scoreScan(q, [respond(uniform(q, { T1: 4 }))]).aandachtspunten.map((a) => a.theme)).toEqual(["T1"]);
    expect(scoreScan(q, [respond({}, { status: "draft" })]).aandachtspunten).toEqual([]);
    expect(scoreScan(q, []).aandachtspunten).toEqual([]);
  });

  it("takes at most 5, by rounded score then questionnaire position", () => {
    const q = makeQuestionnaire({ T1: "p", T2: "p", T3: "p", T4: "p", T5: "p", T6: "p", T7: "p" });
    const result = scoreScan(q, [respond(uniform(q, { T1: 2, T2: 1, T3: 2, T4: 1, T5: 2, T6: 1, T7: 2 }))]);
    expect(result.aandachtspunten.map((a) => a.theme)).toEqual(["T2", "T4", "T6", "T1", "T3"]);
    expect(result.aandachtspunten.every((a) => a.reasons[0] === "ontwikkelpunt")).toBe(true);
  });

  it("treats scores that round equal as a tie, broken by position", () => {
    const q = makeQuestionnaire({ T1: "p", T2: "p" });
    const themes = [theme("T1", { score: 3.004, gap: 1 }), theme("T2", { score: 3.001, gap: 1 })];
    expect(selectAandachtspunten(q, themes, []).map((a) => a.theme)).toEqual(["T1", "T2"]);
  });
});

describe("focus items and solutions", () => {
  const stats = (means: Record<string, number | null>, q: Questionnaire): ItemStatistics[] =>
    q.themes.flatMap((t) =>
      t.items.map((i) => ({
        key: i.key,
        theme: t.key,
        kind: i.kind,
        mean: means[i.key] ?? null,
        n: 1,
        dontKnow: 0,
        min: null,
        max: null,
        distribution: [],
        divergent: false,
      })),
    );

  it("takes the 2 lowest praktijk statements, ties by rounded mean then position", () => {
    const q = makeQuestionnaire({ T1: "ippp" });
    const items = stats({ "T1.1": 1, "T1.2": 2.334, "T1.3": 2.331, "T1.4": 2 }, q);
    const [a] = selectAandachtspunten(q, [theme("T1", { gap: 1 })], items);
    expect(a?.focusItems).toEqual(["T1.4", "T1.2"]);
    expect(a?.solutions).toEqual(["S-T1.4", "S-T1.2", "S-T1.3"]);
  });

  it("falls back to intentie statements when no praktijk statement has a mean", () => {
    const q = makeQuestionnaire({ T1: "iiip" });
    const result = scoreScan(q, [respond({ "T1.1": 4, "T1.2": 2, "T1.3": 3, "T1.4": "dontKnow" })]);
    expect(result.aandachtspunten[0]?.focusItems).toEqual(["T1.2", "T1.3"]);
  });

  it("gives one focus item when only one statement qualifies", () => {
    const q = makeQuestionnaire({ T1: "ipp" });
    const result = scoreScan(q, [respond({ "T1.1": 4, "T1.2": 2, "T1.3": "dontKnow" })]);
    expect(result.aandachtspunten[0]?.focusItems).toEqual(["T1.2"]);
    // The walk continues with the intentie statement after the focus item.
    expect(result.aandachtspunten[0]?.solutions).toEqual(["S-T1.2", "S-T1.1"]);
  });

  it("de-duplicates within a walk and across aandachtspunten; keeps the first key when nothing new is left", () => {
    const solutions = {
      "A.1": ["X", "Y"],
      "A.2": ["X", "Z"],
      "A.3": ["W"], // A walks X, Z, W, (X), Y: keeps X, Z, W
      "B.1": ["Z", "X"],
      "B.2": ["W", "V"], // B walks W, V, Z, X: V is the only new key
      "C.1": ["X"],
      "C.2": ["Z"], // C walks Z, X: nothing new → only its first key, Z
    };
    const q = makeQuestionnaire({ A: "ipp", B: "ip", C: "ip" }, solutions);
    const result = scoreScan(q, [respond({ "A.1": 2, "A.2": 1, "A.3": 2, "B.1": 4, "B.2": 1, "C.1": 5, "C.2": 2 })]);
    expect(result.aandachtspunten.map((a) => [a.theme, a.focusItems, a.solutions])).toEqual([
      ["A", ["A.2", "A.3"], ["X", "Z", "W"]],
      ["B", ["B.2"], ["V"]],
      ["C", ["C.2"], ["Z"]],
    ]);
  });
});
