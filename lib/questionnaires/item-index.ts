import type { Questionnaire, QuestionnaireItem, QuestionnaireTheme } from "./types";

// Statement lookups by key, computed once per questionnaire object (versions are immutable).
const cache = new WeakMap<Questionnaire, Map<string, { item: QuestionnaireItem; theme: QuestionnaireTheme; themeIndex: number }>>();

export function itemIndex(q: Questionnaire) {
  let index = cache.get(q);
  if (!index) {
    index = new Map();
    q.themes.forEach((theme, themeIndex) => theme.items.forEach((item) => index!.set(item.key, { item, theme, themeIndex })));
    cache.set(q, index);
  }
  return index;
}

export const countItems = (q: Questionnaire) => q.themes.reduce((n, t) => n + t.items.length, 0);
