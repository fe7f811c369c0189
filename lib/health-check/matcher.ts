// The health-data check's matcher (issue 25; docs/decisions/028-health-data-check.md). Pure: no
// database, no logging. It answers one question: does a health or diagnosis term stand within a few
// words of a person's name? A term alone never counts: a code about working with people with an EPA
// names conditions in general all the time, and that is the point of it.
//
// The choices, each covered by tests/unit/health-check-matcher.test.ts:
// - Words are compared without case and without accents ("psychose" = "Psychose" = "psychóse").
//   A word is a run of letters and digits; a hyphen or apostrophe inside a word keeps it one word
//   ("burn-out", "Jan's").
// - A term matches whole words only ("ziek" is not found in "ziekenhuis"). A term ending in "*"
//   matches any ending ("depressi*": depressie, depressief, depressieve, depressieklachten); one
//   starting with "*" any beginning ("*stoornis": angststoornis). Several words match in a row
//   ("bipolaire stoornis").
// - Two kinds of term. STRONG terms (diagnoses, medication, therapy) count within
//   STRONG_WINDOW words of a name. NEAR terms are words a policy sentence uses all the time ("ziekte",
//   "verzuim", "bedrijfsarts"): they count only within NEAR_WINDOW words, so "Bij ziekte meldt u zich
//   bij Petra" passes and "Jan is ziek" or "de ziekte van Jan" is asked about.
// - A name is a word that starts with a capital letter and is either a part of a name of someone in
//   the traject (key persons, attendees, respondents, the tandem, the employer's users; tussenvoegsels
//   such as "de" and "van" left out) or a first name from the bundled list. With a capital only: "groen"
//   in a kleurcode is not Mr Groen. A possessive counts as the name ("Jans", "Jan's").
// - Sentences do not stop the window: "Jan is er niet. Hij heeft een burn-out." is about Jan.
// - A term right after a group ("medewerkers met een psychische aandoening", "collega's met
//   depressie": a GROUP word at most three words before it) is about people in general, also with a
//   name in the sentence ("Petra zorgt dat medewerkers met een psychische aandoening…").

export const STRONG_WINDOW = 6;
export const NEAR_WINDOW = 2;

type Token = { norm: string; capitalised: boolean; index: number };
type Pattern = { parts: { stem: string; prefix: boolean; suffix: boolean }[]; source: string };
export type CompiledTerms = { strong: Pattern[]; near: Pattern[] };
export type HealthMention = { term: string; name: string };

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const GROUP = new Set([
  "medewerkers",
  "werknemers",
  "collega's",
  "collegas",
  "mensen",
  "personen",
  "iedereen",
  "wie",
  "kandidaten",
  "sollicitanten",
  "deelnemers",
  "teamleden",
  "niemand",
  "anderen",
]);
const GROUP_REACH = 3;
const TUSSENVOEGSELS = new Set([
  "de",
  "den",
  "der",
  "van",
  "von",
  "het",
  "t",
  "ter",
  "ten",
  "te",
  "in",
  "op",
  "la",
  "le",
  "du",
  "da",
  "di",
  "del",
  "el",
  "al",
  "bin",
  "ben",
  "and",
]);

/** Lower case, without accents, one kind of apostrophe. */
export function normalise(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'").toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const first = m[0].charAt(0);
    tokens.push({ norm: normalise(m[0]), capitalised: first !== first.toLowerCase(), index: tokens.length });
  }
  return tokens;
}

/** One term of the list as a pattern; blank lines and "#" comments give null. */
export function compileTerm(line: string): Pattern | null {
  const source = line.trim();
  if (source === "" || source.startsWith("#")) return null;
  const parts = source
    .split(/\s+/)
    .map((word) => ({ word, prefix: word.endsWith("*"), suffix: word.startsWith("*") }))
    .map(({ word, prefix, suffix }) => ({ stem: normalise(word.replace(/^\*+|\*+$/g, "")), prefix, suffix }))
    .filter((p) => p.stem !== "");
  return parts.length ? { parts, source } : null;
}

export function compileTerms(list: { strong: readonly string[]; near: readonly string[] }): CompiledTerms {
  const compile = (lines: readonly string[]) => lines.map(compileTerm).filter((p): p is Pattern => p !== null);
  return { strong: compile(list.strong), near: compile(list.near) };
}

function partMatches(part: Pattern["parts"][number], word: string): boolean {
  if (part.prefix && part.suffix) return word.includes(part.stem);
  if (part.prefix) return word.startsWith(part.stem);
  if (part.suffix) return word.endsWith(part.stem);
  return word === part.stem;
}

/** The spans [first, last] where the pattern occurs, leaving out those about a group of people. */
function occurrences(pattern: Pattern, tokens: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i + pattern.parts.length <= tokens.length; i++) {
    if (!pattern.parts.every((part, k) => partMatches(part, tokens[i + k]?.norm ?? ""))) continue;
    if (tokens.slice(Math.max(0, i - GROUP_REACH), i).some((t) => GROUP.has(t.norm))) continue;
    spans.push([i, i + pattern.parts.length - 1]);
  }
  return spans;
}

/** The words of people's names that count: without tussenvoegsels and initials. */
export function nameWords(fullNames: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const full of fullNames)
    for (const token of tokenize(full)) if (token.norm.length >= 2 && !TUSSENVOEGSELS.has(token.norm)) words.add(token.norm);
  return words;
}

function asName(token: Token, names: ReadonlySet<string>): string | null {
  if (!token.capitalised) return null;
  const bare = token.norm.replace(/'s$/, "");
  if (names.has(bare)) return bare;
  if (bare.endsWith("s") && names.has(bare.slice(0, -1))) return bare.slice(0, -1); // "Jans"
  return null;
}

/**
 * The first place where a term stands near a name, or null. `names` holds the normalised words of
 * the people's names and the bundled first names (nameWords above). What it returns is for the
 * tests: the check itself only uses whether there is one, and never stores or logs it.
 */
export function findHealthMention(text: string, terms: CompiledTerms, names: ReadonlySet<string>): HealthMention | null {
  const tokens = tokenize(text);
  const namePositions = tokens.flatMap((t) => {
    const name = asName(t, names);
    return name ? [{ at: t.index, name }] : [];
  });
  if (namePositions.length === 0) return null;
  const near = (span: [number, number], window: number) =>
    namePositions.find(({ at }) => (at < span[0] ? span[0] - at : at - span[1]) <= window && (at < span[0] || at > span[1]));
  for (const [patterns, window] of [
    [terms.strong, STRONG_WINDOW],
    [terms.near, NEAR_WINDOW],
  ] as const) {
    for (const pattern of patterns)
      for (const span of occurrences(pattern, tokens)) {
        const hit = near(span, window);
        if (hit) return { term: pattern.source, name: hit.name };
      }
  }
  return null;
}
