// The short version (docs/scoring.md#short-version): the core statements of the bundled questionnaire,
// scoring a short round on the golden example, and comparing a full round with a short one on the
// statements they share (lib/followup/compare-rounds.ts).
import { describe, expect, it, vi } from "vitest";
import questionnaireJson from "@/prisma/data/mhb-2025.json";
import questionnaireV2Json from "@/prisma/data/mhb-2025-v2.json";
import input from "@/tests/fixtures/three-respondents.input.json";
import expected from "@/tests/fixtures/three-respondents.expected.json";
import { type Questionnaire, type ScanResponseInput, scoreScan } from "@/lib/scan";
import { countItems } from "@/lib/questionnaires/item-index";
import { coreQuestionnaire, coreStatementKeys, minutesFor, shortVersionLabel, shortVersionUnavailable } from "@/lib/questionnaires/short";
import { parseQuestionnaire } from "@/lib/questionnaires/schema";
import { compareRounds } from "@/lib/followup/compare-rounds";
import { buildProgressView } from "@/lib/followup/compare-texts";

const questionnaire = questionnaireJson as Questionnaire;
const responses = input.responses as ScanResponseInput[];
const short = coreQuestionnaire(questionnaire);
const labels = { before: "Eerste scan (maart 2026)", after: "Vervolgscan (september 2026)" };

describe("the core statements of the bundled questionnaire", () => {
  it.each([questionnaireJson, questionnaireV2Json])("marks 27 of 51, every theme with both intentie and praktijk", (json) => {
    const q = json as Questionnaire;
    expect(countItems(q)).toBe(51);
    expect(coreStatementKeys(q)).toHaveLength(27);
    for (const theme of coreQuestionnaire(q).themes) {
      expect(theme.items.length).toBeGreaterThanOrEqual(2);
      expect(new Set(theme.items.map((i) => i.kind))).toEqual(new Set(["intentie", "praktijk"]));
    }
    expect(shortVersionUnavailable(q)).toBeNull();
  });

  it("keeps every theme, in order, with only its core statements", () => {
    expect(short.themes.map((t) => t.key)).toEqual(questionnaire.themes.map((t) => t.key));
    expect(short.themes[0]!.items.map((i) => i.key)).toEqual(["1.1", "1.3", "1.4"]);
    expect(countItems(short)).toBe(27);
  });

  it("says how long the short version takes", () => {
    expect(minutesFor(51)).toBe(15);
    expect(shortVersionLabel(27)).toBe("Korte versie (alleen de 27 kernstellingen, ongeveer 8 minuten)");
  });

  it("accepts an imported questionnaire without core marks, which then cannot be run short", () => {
    const unmarked = structuredClone(questionnaireJson) as { themes: { items: { core?: boolean }[] }[] };
    for (const t of unmarked.themes) for (const i of t.items) delete i.core;
    const parsed = parseQuestionnaire(unmarked);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(coreStatementKeys(parsed.questionnaire)).toEqual([]);
    expect(shortVersionUnavailable(parsed.questionnaire)).toMatch(/geen kernstellingen/);
    const oneTheme = structuredClone(questionnaire);
    for (const i of oneTheme.themes[8]!.items) i.core = false;
    expect(shortVersionUnavailable(oneTheme)).toMatch(/Niet elk thema/);
  });
});

describe("scoring a short round on the golden example", () => {
  const result = scoreScan(short, responses);

  it("scores each theme on its core statements only", () => {
    // by hand from tests/fixtures/three-respondents.input.json: T1's core 1.1, 1.3, 1.4 give 5,5,3 / 5,5,4 / 4,3,2
    expect(result.themes.map((t) => [t.key, t.grade])).toEqual([
      ["T1", 7.8],
      ["T2", 8.4],
      ["T3", 6.5],
      ["T4", 5.8],
      ["T5", 7.8],
      ["T6", 5.8],
      ["T7", 6.6],
      ["T8", 5],
      ["T9", 6.8],
    ]);
    expect(result.overallGrade).toBe(6.7);
    expect(result.overallGrade).not.toBe(expected.overallGrade);
    expect(result.items.map((i) => i.key)).toEqual(coreStatementKeys(questionnaire));
  });

  it("ignores answers to statements outside the short version", () => {
    const changed = responses.map((r) => ({ ...r, answers: { ...r.answers, "1.2": 1, "1.5": 1, "8.6": 5 } }));
    expect(scoreScan(short, changed)).toStrictEqual(result);
    expect(scoreScan(questionnaire, changed)).not.toStrictEqual(scoreScan(questionnaire, responses));
  });
});

describe("comparing a full round with a short one", () => {
  const full = scoreScan(questionnaire, responses);
  const shortResult = scoreScan(short, responses);
  const rescoreWith = (inputs: ScanResponseInput[]) => vi.fn(async (q: Questionnaire) => scoreScan(q, inputs));

  it("recomputes the full round on the core statements: the same answers give no change", async () => {
    const rescoreFull = rescoreWith(responses);
    const rescoreShort = rescoreWith(responses);
    const comparison = await compareRounds(
      { questionnaire, short: false, result: full, rescore: rescoreFull },
      { questionnaire, short: true, result: shortResult, rescore: rescoreShort },
    );
    expect(rescoreFull).toHaveBeenCalledTimes(1);
    expect(countItems(rescoreFull.mock.calls[0]![0])).toBe(27);
    expect(rescoreShort).not.toHaveBeenCalled();
    expect(comparison.shared).toEqual({ statements: 27, shortBefore: false, shortAfter: true });
    expect(comparison.themes.map((t) => t.change)).toEqual(Array(9).fill(0));
    expect(comparison.overall).toMatchObject({ gradeBefore: 6.7, gradeAfter: 6.7, change: 0 });
  });

  it("compares on what moved in the core statements only", async () => {
    // the follow-up: everyone answers 1.1 one point higher where they could (5 stays 5), and 1.2 (not core) 1
    const after = responses.map((r) => ({
      ...r,
      answers: { ...r.answers, "1.1": Math.min(5, Number(r.answers["1.1"]) + 1), "1.2": 1 },
    }));
    const comparison = await compareRounds(
      { questionnaire, short: false, result: full, rescore: rescoreWith(responses) },
      { questionnaire, short: true, result: scoreScan(short, after), rescore: rescoreWith(after) },
    );
    const t1 = comparison.themes.find((t) => t.key === "T1")!;
    // T1 core then: 13/3, 14/3, 9/3 → 4.0 (grade 7.75 → 7.8); now 1.1 is 5, 5, 5 → 13/3, 14/3, 10/3 → 37/9 (grade 8.0)
    expect(t1).toMatchObject({ gradeBefore: 7.8, gradeAfter: 8, change: 0.2, direction: "hoger" });
    expect(comparison.themes.filter((t) => t.key !== "T1").every((t) => t.change === 0)).toBe(true);
  });

  it("leaves two full rounds to compareScans, with nothing recomputed", async () => {
    const rescore = rescoreWith(responses);
    const comparison = await compareRounds(
      { questionnaire, short: false, result: full, rescore },
      { questionnaire, short: false, result: full, rescore },
    );
    expect(rescore).not.toHaveBeenCalled();
    expect(comparison.shared).toBeNull();
    expect(buildProgressView(comparison, { stepsDone: null, roundLabels: labels }).versionNote).toBeNull();
  });

  it("says in plain Dutch that the comparison is on the core statements, and which round was short", async () => {
    const comparison = await compareRounds(
      { questionnaire, short: false, result: full, rescore: rescoreWith(responses) },
      { questionnaire, short: true, result: shortResult, rescore: rescoreWith(responses) },
    );
    const note = buildProgressView(comparison, { stepsDone: null, roundLabels: labels }).versionNote;
    expect(note).toMatch(/^Vergeleken op de 27 kernstellingen: Vervolgscan \(september 2026\) was de korte versie/);
    expect(note).toContain("Eerste scan (maart 2026) was de volledige scan");
  });
});

describe("the short version's introduction", () => {
  it("gives the short version's time, not the full scan's", () => {
    const text = (q: Questionnaire) => [...q.intro.body, ...q.intro.tips].join(" ");
    expect(text(questionnaireV2Json as Questionnaire)).toContain("ongeveer 15 minuten");
    expect(text(coreQuestionnaire(questionnaireV2Json as Questionnaire))).toContain("ongeveer 8 minuten");
    expect(text(coreQuestionnaire(questionnaireV2Json as Questionnaire))).not.toContain("15 minuten");
  });
});
