import { isoDay } from "@/lib/dates";
import { worksheetLinks, worksheetsForClause } from "@/lib/worksheets/links";

// A clause as the editor and the board show it (client-safe, plain values only).
export function clauseViews(
  clauses: readonly {
    id: string;
    section: string;
    title: string;
    body: string;
    owner: string | null;
    startDate: Date | null;
    version: number;
    themeKey: string | null;
    solutionKey?: string | null;
  }[],
  themes: readonly { key: string; title: string }[],
  lastBy: ReadonlyMap<string, string | null>,
  /** With the worksheets that support each afspraak (lib/worksheets/links.ts), for who may download them. */
  { worksheets = false }: { worksheets?: boolean } = {},
) {
  return clauses.map((c) => ({
    id: c.id,
    section: c.section,
    title: c.title,
    body: c.body,
    owner: c.owner,
    startDate: c.startDate ? isoDay(c.startDate) : "",
    version: c.version,
    themeKey: c.themeKey,
    themeTitle: c.themeKey ? (themes.find((t) => t.key === c.themeKey)?.title ?? c.themeKey) : null,
    lastBy: lastBy.get(c.id) ?? null,
    worksheets: worksheets ? worksheetLinks(worksheetsForClause(c)) : [],
  }));
}
