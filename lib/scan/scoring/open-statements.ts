import type { Questionnaire } from "./types";

/** Per theme, the statements still without an answer (a value or "Weet ik niet"). */
export function openStatements(questionnaire: Questionnaire, answered: Set<string>) {
  return questionnaire.themes
    .map((theme, index) => ({ index, theme, missing: theme.items.filter((i) => !answered.has(i.key)) }))
    .filter((t) => t.missing.length > 0);
}
