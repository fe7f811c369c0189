import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// components/ is for what is shared (issue 21, ARCHITECTURE.md): a component lives beside its screen
// in app/**/_components/ until a second screen needs it. So every file in components/ is imported from
// at least two places outside its own folder (a route, counting its _components/ as the route), or is
// a primitive in components/ui/. A helper imported only inside its folder counts the users of the files
// that import it (board-live's reconnect logic is as shared as board-live). Tests, scripts and
// benchmarks do not count as importers.

/** Files exempt from the rule, each with the reason. Keep it short. */
const ALLOWED: Record<string, string> = {};

const SOURCE_ROOTS = ["app", "components", "lib", "pages"];
const SPECIFIER = /(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g;

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? e.name === "generated"
          ? []
          : files(path.join(dir, e.name))
        : /\.tsx?$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
}

function resolveSpecifier(from: string, spec: string, exists: (p: string) => boolean): string | undefined {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : undefined;
  if (base === undefined) return undefined;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx"), base].map(path.normalize).find(exists);
}

/** The module an importer belongs to: its folder, with a route's _components/ counted as the route. */
const ownerOf = (file: string): string => path.dirname(file).replace(/\/_components(\/.*)?$/, "");

/**
 * The components/ files imported from fewer than two modules outside their own folder.
 * `sources` maps every source file to its text; pure, so the test can show it bites on a fixture.
 */
export function unsharedComponents(sources: Record<string, string>, allowed: Record<string, string> = {}): string[] {
  const exists = (p: string) => p in sources;
  const importers = new Map<string, Set<string>>();
  for (const [file, text] of Object.entries(sources)) {
    for (const m of text.matchAll(SPECIFIER)) {
      const target = resolveSpecifier(file, m[1] ?? "", exists);
      if (target?.startsWith("components/") && target !== file) importers.set(target, (importers.get(target) ?? new Set()).add(file));
    }
  }
  // the modules outside a file's folder that use it, directly or through a neighbour that imports it
  const usersOf = (file: string, seen = new Set<string>()): Set<string> => {
    seen.add(file);
    const users = new Set<string>();
    for (const importer of importers.get(file) ?? []) {
      if (path.dirname(importer) !== path.dirname(file)) users.add(ownerOf(importer));
      else if (!seen.has(importer)) for (const u of usersOf(importer, seen)) users.add(u);
    }
    return users;
  };
  return Object.keys(sources)
    .filter((f) => f.startsWith("components/") && !f.startsWith("components/ui/") && !(f in allowed))
    .map((f) => [f, [...usersOf(f)]] as const)
    .filter(([, users]) => users.length < 2)
    .map(([f, users]) => `${f} (used by: ${users.join(", ") || "nothing"})`);
}

describe("components/ holds only what is shared", () => {
  it("every file in components/ has two importing modules or is a primitive", () => {
    const sources = Object.fromEntries(SOURCE_ROOTS.flatMap(files).map((f) => [f, fs.readFileSync(f, "utf8")]));
    expect(
      unsharedComponents(sources, ALLOWED),
      "move these beside the one route that uses them (app/**/_components/), or give them a second user",
    ).toEqual([]);
  });

  it("bites: one importer (or one route with its _components) is not shared; a primitive is exempt", () => {
    const sources = {
      "components/x/card.tsx": 'import { lines } from "./lines";',
      "components/x/lines.ts": "export const lines = 1;",
      "components/x/list.tsx": 'import { Card } from "./card";',
      "components/ui/pill.tsx": "export const Pill = 1;",
      "app/a/page.tsx": 'import { Card } from "@/components/x/card";\nimport { List } from "@/components/x/list";',
      "app/a/_components/side.tsx": 'import { List } from "../../../components/x/list";',
      "app/b/page.tsx": 'import { Pill } from "@/components/ui/pill";',
    };
    expect(unsharedComponents(sources)).toEqual([
      "components/x/card.tsx (used by: app/a)",
      "components/x/lines.ts (used by: app/a)",
      "components/x/list.tsx (used by: app/a)",
    ]);
    // a second route (a re-export counts) makes card shared, and with it the helper only card imports
    const shared = { ...sources, "app/c/page.tsx": 'export { Card } from "@/components/x/card";' };
    expect(unsharedComponents(shared)).toEqual(["components/x/list.tsx (used by: app/a)"]);
  });
});
