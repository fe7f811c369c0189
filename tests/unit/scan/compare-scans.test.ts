// compareScans on hand-made pairs of questionnaires and results (no scoring needed: a ScanResult's
// grades are already rounded to one decimal), plus the shared texts and the results-page component.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProgressSection } from "@/app/(app)/trajecten/[id]/resultaten/_components/progress-section";
import { compareGrades, compareScans } from "@/lib/followup/compare";
import { LOWER_EXPLANATION, NO_COMPARISON_LABEL, buildProgressView, changeText, progressSummary } from "@/lib/followup/compare-texts";
import type { Questionnaire, ScanResult } from "@/lib/scan/scoring/types";

/** A questionnaire with the given themes (key → title); items do not matter for the comparison. */
function questionnaire(id: string, themes: Record<string, string>): Questionnaire {
  return {
    id,
    title: id,
    language: "nl",
    scale: { options: [1, 2, 3, 4, 5].map((value) => ({ value, label: `${value}` })), dontKnow: { value: null, label: "Weet ik niet" } },
    intro: { title: id, body: [], tips: [] },
    selfGrade: { key: "selfGrade", text: "Cijfer?", min: 1, max: 10 },
    themeQuestion: "Wat is nodig?",
    openQuestions: [],
    respondentRoles: ["HR"],
    themes: Object.entries(themes).map(([key, title]) => ({
      key,
      title,
      items: [{ key: `${key}.1`, core: true, kind: "praktijk" as const, text: `${key}.1`, solutions: [] }],
    })),
  };
}

/** A result with the given theme grades (already rounded, as scoreScan gives them) and aandachtspunten. */
function result(
  grades: Record<string, number | null>,
  { aandachtspunten = [], ...extra }: Partial<Omit<ScanResult, "aandachtspunten">> & { aandachtspunten?: string[] } = {},
): ScanResult {
  return {
    respondents: 4,
    overallGrade: 6.5,
    selfGrade: null,
    selfGap: null,
    themes: Object.entries(grades).map(([key, grade]) => ({
      key,
      score: grade === null ? null : 1 + (grade - 1) / 2.25,
      grade,
      band: null,
      intentie: null,
      praktijk: null,
      gap: null,
      unknownShare: null,
      spread: null,
      respondents: grade === null ? 0 : 4,
    })),
    items: [],
    divergentItems: [],
    aandachtspunten: aandachtspunten.map((theme) => ({ theme, reasons: ["ontwikkelpunt"], focusItems: [], solutions: [] })),
    ...extra,
  };
}

const V1 = questionnaire("v1", { A: "Ambitie", B: "Bespreekbaarheid", C: "Communicatie", OLD: "Oud thema" });
const V2 = questionnaire("v2", { B: "Bespreekbaar maken", A: "Ambitie", NEW: "Nieuw thema", C: "Communicatie" });

describe("compareScans", () => {
  it("lists matched themes in the newer questionnaire's order with the newer title", () => {
    const c = compareScans(V1, result({ A: 6, B: 6, C: 6, OLD: 6 }), V2, result({ A: 6, B: 6, C: 6, NEW: 6 }));
    expect(c.themes.map((t) => [t.key, t.title])).toEqual([
      ["B", "Bespreekbaar maken"],
      ["A", "Ambitie"],
      ["C", "Communicatie"],
    ]);
  });

  it("shows an improvement with the change rounded like the grades (6.8 → 7.0 is 0.2)", () => {
    const c = compareScans(V1, result({ A: 6.8 }), V2, result({ A: 7.0 }));
    const a = c.themes.find((t) => t.key === "A");
    expect(7.0 - 6.8).not.toBe(0.2); // the naive difference is 0.20000000000000018
    expect(a).toMatchObject({
      gradeBefore: 6.8,
      gradeAfter: 7,
      change: 0.2,
      direction: "hoger",
      bandBefore: "op weg",
      bandAfter: "stevige basis",
    });
    expect(c.hasLower).toBe(false);
  });

  it("shows a decline (7.3 → 7.1 is −0.2, not −0.19999…) and flags it for the explanation", () => {
    const c = compareScans(V1, result({ A: 7.3, B: 7.1 }), V2, result({ A: 7.1, B: 7.3 }));
    expect(7.3 - 7.1).not.toBe(0.2);
    expect(c.themes.find((t) => t.key === "A")).toMatchObject({ change: -0.2, direction: "lager" });
    expect(c.themes.find((t) => t.key === "B")).toMatchObject({ change: 0.2, direction: "hoger" });
    expect(c.hasLower).toBe(true);
  });

  it("calls an unchanged grade 'gelijk' with change 0", () => {
    const c = compareScans(V1, result({ C: 5.5 }), V2, result({ C: 5.5 }));
    expect(c.themes.find((t) => t.key === "C")).toMatchObject({ change: 0, direction: "gelijk" });
  });

  it("every change is exactly the difference of the grades shown, in tenths", () => {
    for (let before = 10; before <= 100; before += 3) {
      for (let after = 10; after <= 100; after++) {
        const g = compareGrades(before / 10, after / 10);
        expect(g.change).toBe((after - before) / 10);
        expect(g.direction).toBe(after > before ? "hoger" : after < before ? "lager" : "gelijk");
      }
    }
  });

  it("compares the grades as shown, even if a grade arrives unrounded", () => {
    expect(compareGrades(7.1, 7.349)).toMatchObject({ gradeBefore: 7.1, gradeAfter: 7.3, change: 0.2 });
  });

  it("lists a theme added in the newer version apart, with its grade, and never compares it", () => {
    const c = compareScans(V1, result({ A: 6, OLD: 4.2 }), V2, result({ A: 6.5, NEW: 8.1 }));
    expect(c.onlyAfter).toEqual([{ key: "NEW", title: "Nieuw thema", grade: 8.1, band: "sterk punt" }]);
    expect(c.onlyBefore).toEqual([{ key: "OLD", title: "Oud thema", grade: 4.2, band: "ontwikkelpunt" }]);
    expect(c.themes.map((t) => t.key)).not.toContain("NEW");
    expect(c.themes.map((t) => t.key)).not.toContain("OLD");
  });

  it("gives no change for a theme without a score then (or now)", () => {
    const c = compareScans(V1, result({ A: null, B: 6.2 }), V2, result({ A: 6.4, B: null }));
    expect(c.themes.find((t) => t.key === "A")).toMatchObject({
      gradeBefore: null,
      gradeAfter: 6.4,
      change: null,
      direction: null,
      bandBefore: null,
    });
    expect(c.themes.find((t) => t.key === "B")).toMatchObject({
      gradeBefore: 6.2,
      gradeAfter: null,
      change: null,
      direction: null,
      bandAfter: null,
    });
    // a theme missing from a result altogether counts as no score
    expect(c.themes.find((t) => t.key === "C")).toMatchObject({ gradeBefore: null, gradeAfter: null, change: null, direction: null });
    expect(c.hasLower).toBe(false);
  });

  it("compares the overall grade and counts respondents then and now", () => {
    const c = compareScans(V1, result({}, { overallGrade: 6.8, respondents: 5 }), V2, result({}, { overallGrade: 7.1, respondents: 8 }));
    expect(c.overall).toMatchObject({ gradeBefore: 6.8, gradeAfter: 7.1, change: 0.3, direction: "hoger" });
    expect(c.respondents).toEqual({ before: 5, after: 8 });
    const none = compareScans(V1, result({}, { overallGrade: null }), V2, result({}, { overallGrade: 7.1 }));
    expect(none.overall).toMatchObject({ change: null, direction: null });
  });

  it("a lower overall grade also brings the explanation", () => {
    const c = compareScans(V1, result({}, { overallGrade: 7.3 }), V2, result({}, { overallGrade: 7.1 }));
    expect(c.overall.change).toBe(-0.2);
    expect(c.hasLower).toBe(true);
  });

  it("compares the self-grade only when both rounds show one", () => {
    const both = compareScans(V1, result({}, { selfGrade: 7.1 }), V2, result({}, { selfGrade: 7.3 }));
    expect(both.selfGrade).toEqual({ gradeBefore: 7.1, gradeAfter: 7.3, change: 0.2, direction: "hoger" });
    expect(compareScans(V1, result({}, { selfGrade: null }), V2, result({}, { selfGrade: 7.3 })).selfGrade).toBeNull();
    expect(compareScans(V1, result({}, { selfGrade: 7.1 }), V2, result({}, { selfGrade: null })).selfGrade).toBeNull();
  });

  it("sorts aandachtspunten of matched themes into resolved, still open and new", () => {
    const c = compareScans(V1, result({}, { aandachtspunten: ["C", "A", "OLD"] }), V2, result({}, { aandachtspunten: ["B", "NEW", "C"] }));
    expect(c.aandachtspunten).toEqual({ resolved: ["A"], stillOpen: ["C"], new: ["B"] });
  });
});

describe("progress texts", () => {
  const labels = { before: "Eerste scan (maart 2026)", after: "Vervolgscan (september 2026)" };
  const comparison = compareScans(
    V1,
    result({ A: 6.8, B: 7.3, C: null, OLD: 5 }, { selfGrade: 7, aandachtspunten: ["A"] }),
    V2,
    result({ A: 7.0, B: 7.1, C: 6, NEW: 8.1 }, { selfGrade: null, aandachtspunten: ["B"], overallGrade: 6.6 }),
  );

  it("writes the direction out in words; the arrow only decorates", () => {
    expect(changeText({ change: 0.2, direction: "hoger" })).toEqual({ arrow: "↑", text: "0,2 hoger" });
    expect(changeText({ change: -0.2, direction: "lager" })).toEqual({ arrow: "↓", text: "0,2 lager" });
    expect(changeText({ change: 0, direction: "gelijk" })).toEqual({ arrow: "→", text: "gelijk" });
    expect(changeText({ change: null, direction: null })).toEqual({ arrow: null, text: NO_COMPARISON_LABEL });
  });

  it("builds one view: tables, summary, lower-grade explanation, aandachtspunten and unmatched themes", () => {
    const view = buildProgressView(comparison, { stepsDone: { done: 3, total: 5 }, roundLabels: labels });
    expect(view.themes.columns).toEqual({ label: "Thema", before: labels.before, after: labels.after, change: "Verschil" });
    expect(view.themes.rows.map((r) => [r.label, r.before.value, r.after.value, r.change?.text])).toEqual([
      ["Bespreekbaar maken", "7,3", "7,1", "0,2 lager"],
      ["Ambitie", "6,8", "7,0", "0,2 hoger"],
      ["Communicatie", "nog geen score", "6,0", NO_COMPARISON_LABEL],
    ]);
    expect(view.summary).toBe("Van de 2 thema’s die we kunnen vergelijken, scoren er nu 1 hoger en 1 lager.");
    expect(view.lowerNote).toBe(LOWER_EXPLANATION);
    // the self-grade is hidden: only one round shows it
    expect(view.overall.rows.map((r) => r.label)).toEqual(["Rapportcijfer uit de scan", "Ingevulde scans"]);
    expect(view.steps?.value).toBe("3 van de 5 stappen klaar");
    expect(view.aandachtspunten?.groups.map((g) => [g.title, g.themes])).toEqual([
      ["Geen aandachtspunt meer", ["Ambitie"]],
      ["Nieuw aandachtspunt", ["Bespreekbaar maken"]],
    ]);
    expect(view.unmatched?.groups).toEqual([
      { title: "Nieuw in de vervolgscan", themes: ["Nieuw thema: 8,1 (sterk punt)"] },
      { title: "Alleen in de eerste scan", themes: ["Oud thema: 5,0 (ontwikkelpunt)"] },
    ]);
    const text = JSON.stringify(view).toLowerCase();
    for (const word of ["onvoldoende", "gezakt", "slecht", "fout"]) expect(text).not.toContain(word);
  });

  it("explains lower grades only when something came out lower", () => {
    const up = compareScans(V1, result({ A: 6 }, { overallGrade: 6 }), V2, result({ A: 6.5 }, { overallGrade: 6.5 }));
    expect(buildProgressView(up, { stepsDone: null, roundLabels: labels }).lowerNote).toBeNull();
    expect(progressSummary(up)).toBe("Eén thema kunnen we vergelijken: dat scoort nu hoger.");
  });

  it("renders an accessible table on the results page with the same texts", () => {
    const html = renderToStaticMarkup(
      createElement(ProgressSection, { comparison, stepsDone: { done: 3, total: 5 }, roundLabels: labels }),
    );
    expect(html).toContain("<caption");
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
    expect(html).toContain(`>${labels.before}</th>`);
    expect(html).toContain('<span aria-hidden="true" class="mr-1 font-bold text-brand-700">↓</span>');
    expect(html).toContain("0,2 lager");
    expect(html).toContain(NO_COMPARISON_LABEL);
    expect(html).toContain(LOWER_EXPLANATION);
    expect(html).toContain("3 van de 5 stappen klaar");
    expect(html).toContain("Nieuw thema: 8,1 (sterk punt)");
    expect(html).not.toContain("Eigen rapportcijfer");
    expect(html).not.toMatch(/<h2/);
  });
});
