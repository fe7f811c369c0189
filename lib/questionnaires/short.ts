// The short version of a questionnaire (docs/scoring.md#short-version, ADR 026): only the statements
// the content marks `core: true`. Pure and client-safe. A short round is scored, shown and compared
// on this derived questionnaire, so every rule of the full scan applies to it unchanged.
import type { Questionnaire } from "./types";

/** Minutes per statement, from the full scan's "ongeveer 15 minuten" for 51 statements and the closing page. */
const MINUTES_PER_STATEMENT = 0.3;

/** The questionnaire restricted to these statement keys; a theme left without statements is left out. */
export function restrictToStatements(q: Questionnaire, keys: ReadonlySet<string>): Questionnaire {
  const themes = q.themes
    .map((theme) => ({ ...theme, items: theme.items.filter((item) => keys.has(item.key)) }))
    .filter((theme) => theme.items.length > 0);
  return { ...q, themes };
}

/** The keys of the statements marked as core, in questionnaire order. */
export const coreStatementKeys = (q: Questionnaire): string[] =>
  q.themes.flatMap((t) => t.items.filter((i) => i.core === true).map((i) => i.key));

// versions are immutable objects (cached by id), so the derived short version is cached per object
const shortCache = new WeakMap<Questionnaire, Questionnaire>();

/** The short version: only the core statements. */
export function coreQuestionnaire(q: Questionnaire): Questionnaire {
  let short = shortCache.get(q);
  if (!short) {
    const keys = coreStatementKeys(q);
    const restricted = restrictToStatements(q, new Set(keys));
    // the introduction's time estimate ("ongeveer 15 minuten") is the full scan's
    const time = (p: string) => p.replace(/ongeveer \d+ minuten/, `ongeveer ${minutesFor(keys.length)} minuten`);
    short = { ...restricted, intro: { ...q.intro, body: q.intro.body.map(time), tips: q.intro.tips.map(time) } };
    shortCache.set(q, short);
  }
  return short;
}

/** The questionnaire a round is answered, scored and shown with. */
export const questionnaireForRound = (q: Questionnaire, short: boolean): Questionnaire => (short ? coreQuestionnaire(q) : q);

/** Why this questionnaire cannot be run short, or null when it can (every theme needs a core statement). */
export function shortVersionUnavailable(q: Questionnaire): string | null {
  if (coreStatementKeys(q).length === 0)
    return "Deze vragenlijst heeft geen kernstellingen, dus een korte versie kan niet. Kies de volledige scan.";
  if (q.themes.some((t) => !t.items.some((i) => i.core === true)))
    return "Niet elk thema van deze vragenlijst heeft een kernstelling, dus een korte versie kan niet. Kies de volledige scan.";
  return null;
}

/** About how many minutes filling in these many statements takes (never below 1). */
export const minutesFor = (statements: number): number => Math.max(1, Math.round(statements * MINUTES_PER_STATEMENT));

/** "Korte versie (alleen de 27 kernstellingen, ongeveer 8 minuten)" */
export const shortVersionLabel = (coreCount: number): string =>
  `Korte versie (alleen de ${coreCount} kernstellingen, ongeveer ${minutesFor(coreCount)} minuten)`;

/** "korte versie" / "volledige scan", as the report and pages name a round's version. */
export const versionName = (short: boolean): string => (short ? "korte versie" : "volledige scan");
