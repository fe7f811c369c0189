import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The glossary is a map, tested like ARCHITECTURE.md (issue 21): every Dutch word in a URL is
// explained, and every set of Dutch labels (the words for an enum or a status) has one home that the
// glossary names and no second copy elsewhere (the outcome labels once lived in two files, with
// different Dutch, and the glossary documented the unused one).
const glossary = fs.readFileSync("docs/glossary.md", "utf8");
const section = (title: string) => {
  const start = glossary.indexOf(`\n## ${title}\n`);
  expect(start, `docs/glossary.md has a "## ${title}" section`).toBeGreaterThan(-1);
  const end = glossary.indexOf("\n## ", start + 1);
  return glossary.slice(start, end === -1 ? undefined : end);
};

// Route segments that are English or technical, not words a user reads as Dutch.
const NOT_DUTCH = new Set(["auth", "login", "export", "stream", "backup", "health", "ready"]);

function routeWords(dir = "app"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (!e.isDirectory()) return [];
    const own = /^[[(_]/.test(e.name) || e.name === "api" ? [] : [e.name.replace(/\.(ics|pdf|docx|xlsx)$/, "")];
    return [...own, ...routeWords(path.join(dir, e.name))];
  });
}

/** The words in the first column of the "Route words" table ("agenda, bijeenkomsten" is two). */
function glossaryRouteWords(): Set<string> {
  const rows = [...section("Route words").matchAll(/^\|([^|]+)\|/gm)].map((m) => m[1] ?? "");
  return new Set(
    rows.flatMap((cell) =>
      cell
        .replace(/`/g, "")
        .split(/[,/]/)
        .map((w) => w.trim()),
    ),
  );
}

/** `lib/x/labels.ts` → `NAME` pairs in the "Label sets" section. */
function labelHomes(): { file: string; name: string }[] {
  return [...section("Label sets").matchAll(/`((?:lib|app|components)\/[^`]+)` → `([A-Z][A-Z0-9_]*)`/g)].map((m) => ({
    file: m[1] ?? "",
    name: m[2] ?? "",
  }));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p === path.join("lib", "generated") ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

// Files that may hold a set's keys or words for another purpose.
const ALLOWED: Record<string, string[]> = {
  // account mails open with a sentence per role, not the role's name
  ROLE_LABEL: ["lib/mail/templates.ts"],
  // a colour per band, not its words (and the CSS class of that colour on the results screens)
  BAND_LABELS: ["lib/scan/scoring/band-colours.ts", "app/(app)/trajecten/[id]/resultaten/_components/bands.tsx"],
  // two enums that share four words: a key person's function and a respondent's function
  EMPLOYER_FUNCTION_LABEL: ["lib/scan/respondent-functions.ts"],
  RESPONDENT_FUNCTION_LABEL: ["lib/employers/labels.ts"],
  // built from EMPLOYER_FUNCTION_LABEL, so the function enums share its keys and words
  FOLLOW_UP_OWNER_LABEL: ["lib/employers/labels.ts", "lib/scan/respondent-functions.ts"],
  // the preparation card's phrase inside a sentence ("u, alleen voor u"), not the editor's choice
  VISIBILITY_LABEL: ["lib/preparation/model.ts"],
};

async function labelValues(file: string, name: string): Promise<Record<string, string>> {
  const mod = (await import(path.resolve(file))) as Record<string, unknown>;
  const set = mod[name] ?? {};
  // a list of { key, title } (the gedragscode's sections) or a plain key → label object
  const entries = Array.isArray(set)
    ? set.map((s: { key: string; title?: string; label?: string }) => [s.key, s.title ?? s.label ?? ""])
    : Object.entries(set as object);
  return Object.fromEntries(entries.filter(([, v]) => typeof v === "string"));
}

/** Which other files copy a label set: ≥3 of its labels as literals, or ≥3 of its keys given strings. */
function secondCopies(home: string, name: string, labels: Record<string, string>, files: Map<string, string>): string[] {
  const quoted = (s: string) => new RegExp(`["'\`]${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'\`]`);
  // a label that is its own key ("op weg") is the code's value too, not a copy of the words
  const values = [
    ...new Set(
      Object.entries(labels)
        .filter(([k, v]) => k !== v)
        .map(([, v]) => v),
    ),
  ];
  const keys = Object.keys(labels);
  const needValues = Math.min(3, values.length);
  return [...files].flatMap(([file, text]) => {
    if (file === home || ALLOWED[name]?.includes(file)) return [];
    const copiedValues = values.length ? values.filter((v) => quoted(v).test(text)).length : -1;
    const copiedKeys = keys.filter((k) => new RegExp(`[\\s{,]["']?${k.replace(/[-]/g, "\\-")}["']?\\s*:\\s*["'\`]`).test(text)).length;
    return copiedValues >= needValues || (keys.length >= 3 && copiedKeys >= 3) ? [`${file} copies ${name}`] : [];
  });
}

describe("docs/glossary.md", () => {
  it("explains every Dutch word in a route", () => {
    const listed = glossaryRouteWords();
    const missing = [...new Set(routeWords())].filter((w) => !NOT_DUTCH.has(w) && !listed.has(w)).sort();
    expect(missing, "route words without a row in the glossary's 'Route words' table").toEqual([]);
  });

  it("names a home for each label set that exists and exports it", () => {
    const homes = labelHomes();
    expect(homes.length).toBeGreaterThan(15);
    const wrong = homes.filter(
      ({ file, name }) => !fs.existsSync(file) || !new RegExp(`^export const ${name}\\b`, "m").test(fs.readFileSync(file, "utf8")),
    );
    expect(wrong, "label sets the glossary names where they are not exported").toEqual([]);
  });

  it("has no second copy of a label set", async () => {
    const files = new Map(["lib", "app", "components"].flatMap(sourceFiles).map((f) => [f, fs.readFileSync(f, "utf8")] as const));
    const copies: string[] = [];
    // a missing home is the test above's failure
    for (const { file, name } of labelHomes().filter(({ file }) => fs.existsSync(file)))
      copies.push(...secondCopies(file, name, await labelValues(file, name), files));
    expect(copies).toEqual([]);
  });

  it("catches a copy with the same words or the same keys", () => {
    const labels = { FORMELE_CODE: "Formele gedragscode", AFSPRAKEN: "Afspraken", ALLEEN_RAPPORT: "Alleen het rapport" };
    const files = new Map([
      ["lib/home.ts", `export const X = ${JSON.stringify(labels)}`],
      ["lib/a.ts", `const Y = { FORMELE_CODE: "Formele EPA-gedragscode", AFSPRAKEN: "Afspraken of…", ALLEEN_RAPPORT: "Rapport" };`],
      ["lib/b.ts", `const z = ["Formele gedragscode", "Afspraken", 'Alleen het rapport'];`],
      ["lib/c.ts", `import { X } from "./home"; X.FORMELE_CODE;`],
    ]);
    expect(secondCopies("lib/home.ts", "X", labels, files)).toEqual(["lib/a.ts copies X", "lib/b.ts copies X"]);
  });
});
