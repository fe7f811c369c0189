import { describe, expect, it } from "vitest";
import {
  closingFormDestination,
  pageHref,
  placeNumber,
  resumePlace,
  statementAnchor,
  themeFormDestination,
  themeHref,
} from "@/lib/scan/respondent/resume";
import { answerLabel, reviewThemes } from "@/lib/scan/respondent/review";

// Three themes of two statements: 1.1 1.2 | 2.1 2.2 | 3.1 3.2
const themes = [1, 2, 3].map((t) => ({
  key: `T${t}`,
  title: `Thema ${t}`,
  items: [1, 2].map((i) => ({ key: `${t}.${i}`, text: `Stelling ${t}.${i}` })),
}));
const answered = (...keys: string[]) => new Set(keys);
const CLOSING = placeNumber({ page: "closing" }, themes.length);
const REVIEW = placeNumber({ page: "review" }, themes.length);

describe("where a form post leads, and what is stored", () => {
  it("'Opslaan en verder' stores the theme the respondent goes on to, not the one they leave", () => {
    // the old rule stored the theme just saved, so "Verder waar u was" pointed one theme early
    expect(themeFormDestination("next", 0, 3)).toEqual({ page: "theme", themeIndex: 1 });
    expect(placeNumber(themeFormDestination("next", 0, 3), 3)).toBe(1);
    expect(themeFormDestination("next", 2, 3)).toEqual({ page: "closing" });
    expect(placeNumber(themeFormDestination("next", 2, 3), 3)).toBe(3);
    expect(themeFormDestination(undefined, 1, 3)).toEqual({ page: "theme", themeIndex: 2 }); // Enter in the form
  });

  it("back, review and go-to lead where their button says; a go-to outside the questionnaire stays", () => {
    expect(themeFormDestination("prev", 0, 3)).toEqual({ page: "intro" });
    expect(placeNumber({ page: "intro" }, 3)).toBe(0);
    expect(themeFormDestination("prev", 2, 3)).toEqual({ page: "theme", themeIndex: 1 });
    expect(themeFormDestination("review", 1, 3)).toEqual({ page: "review" });
    expect(themeFormDestination("goto:3", 0, 3)).toEqual({ page: "theme", themeIndex: 2 });
    expect(themeFormDestination("goto:9", 1, 3)).toEqual({ page: "theme", themeIndex: 1 });
    expect(themeFormDestination("goto:0", 1, 3)).toEqual({ page: "theme", themeIndex: 1 });
    expect(closingFormDestination("prev", 3)).toEqual({ page: "theme", themeIndex: 2 });
    expect(closingFormDestination("review", 3)).toEqual({ page: "review" });
    expect(placeNumber(closingFormDestination("review", 3), 3)).toBe(4);
  });
});

describe("'Verder waar u was': the exact place", () => {
  it("is the first open statement of the theme the respondent was on", () => {
    expect(resumePlace(themes, answered("1.1", "1.2", "2.1"), 1)).toEqual({ page: "theme", themeIndex: 1, itemKey: "2.2" });
    expect(resumePlace(themes, answered(), 0)).toEqual({ page: "theme", themeIndex: 0, itemKey: "1.1" });
  });

  it("goes on past a theme completed by autosave without pressing 'Opslaan en verder'", () => {
    expect(resumePlace(themes, answered("1.1", "1.2", "2.1", "2.2"), 1)).toEqual({ page: "theme", themeIndex: 2, itemKey: "3.1" });
    // an older response, stored as the theme it left: the same answers lead to the same place
    expect(resumePlace(themes, answered("1.1", "1.2", "2.1", "2.2"), 0)).toEqual({ page: "theme", themeIndex: 2, itemKey: "3.1" });
  });

  it("does not send the respondent back to a statement left open in an earlier theme", () => {
    expect(resumePlace(themes, answered("1.2", "2.1"), 1)).toEqual({ page: "theme", themeIndex: 1, itemKey: "2.2" });
    expect(resumePlace(themes, answered("1.2", "2.1", "2.2", "3.1", "3.2"), 1)).toEqual({ page: "closing" });
  });

  it("is the closing or the review page when the respondent had reached it", () => {
    expect(resumePlace(themes, answered("1.1"), CLOSING)).toEqual({ page: "closing" });
    expect(resumePlace(themes, answered("1.1"), REVIEW)).toEqual({ page: "review" });
    expect(resumePlace(themes, answered("1.1"), 99)).toEqual({ page: "review" });
    expect(resumePlace(themes, answered(), -3)).toEqual({ page: "theme", themeIndex: 0, itemKey: "1.1" });
  });

  it("links to the theme page at the statement, whose fieldset carries the same id", () => {
    expect(statementAnchor("2.2")).toBe("stelling-2.2");
    expect(pageHref("TOKEN", { page: "theme", themeIndex: 1, itemKey: "2.2" })).toBe("/scan/TOKEN/thema/2#stelling-2.2");
    expect(pageHref("TOKEN", { page: "theme", themeIndex: 1 })).toBe("/scan/TOKEN/thema/2");
    expect(themeHref("TOKEN", 0, "a b")).toBe("/scan/TOKEN/thema/1#stelling-a%20b");
    expect(pageHref("TOKEN", { page: "closing" })).toBe("/scan/TOKEN/afronden");
    expect(pageHref("TOKEN", { page: "review" })).toBe("/scan/TOKEN/controle");
    expect(pageHref("TOKEN", { page: "intro" })).toBe("/scan/TOKEN");
  });
});

describe("the review page's answers in words", () => {
  const scale = {
    options: [
      { value: 1, label: "Klopt helemaal niet" },
      { value: 5, label: "Klopt helemaal" },
    ],
    dontKnow: { value: null, label: "Weet ik niet" },
  };

  it("names each answer by the scale's label, an open one as null, and keeps the theme's comment", () => {
    const review = reviewThemes(
      { scale, themes },
      {
        answers: { "1.1": { value: 5 }, "1.2": { value: "dontKnow" }, "2.1": { value: 1 } },
        notes: { "theme:T1": { text: "  Vaker samen bespreken.  " }, "theme:T2": { text: "   " } },
      },
    );
    expect(review[0]).toMatchObject({
      index: 0,
      title: "Thema 1",
      open: 0,
      note: "Vaker samen bespreken.",
      items: [
        { key: "1.1", answer: "Klopt helemaal" },
        { key: "1.2", answer: "Weet ik niet" },
      ],
    });
    expect(review[1]).toMatchObject({ open: 1, note: null, items: [{ answer: "Klopt helemaal niet" }, { key: "2.2", answer: null }] });
    expect(review[2]!.open).toBe(2);
  });

  it("shows a value the scale does not name as the number itself", () => {
    expect(answerLabel({ scale }, 3)).toBe("3");
  });
});
