import type { Aandachtspunt } from "@/lib/scan/scoring/types";
import type { GedragscodeSectionKey } from "./sections";
import { sectionForTheme } from "./theme-sections";

// A draft code built from the scan (issue "Session 2 live", item 1). Pure: the page offers these as
// proposals; nothing enters the code until a person accepts (or edits) one. For each aandachtspunt,
// every oplossingsrichting that fits its theme is a possible afspraak; the scoring's own picks come
// first and are preselected. The method's standard uitgangspunten are offered too, all preselected.

export interface DraftSolution {
  key: string;
  title: string;
  description: string;
  themes: readonly string[];
  active: boolean;
}

export interface DraftPrinciple {
  key: string;
  title: string;
  text: string;
}

export interface Proposal {
  /** Stable within one draft: "theme:T8:OR-37" or "principle:rolzuiverheid" */
  key: string;
  section: GedragscodeSectionKey;
  title: string;
  body: string;
  themeKey: string | null;
  solutionKey: string | null;
  preselected: boolean;
}

export interface ProposalGroup {
  themeKey: string | null;
  themeTitle: string;
  /** Why the scan marked it (the scoring's reasons), for the group's conversation */
  reasons: readonly string[];
  proposals: Proposal[];
}

export function draftFromScan({
  aandachtspunten,
  themeTitles,
  solutions,
  principles,
}: {
  aandachtspunten: readonly Aandachtspunt[];
  themeTitles: ReadonlyMap<string, string>;
  solutions: readonly DraftSolution[];
  principles: readonly DraftPrinciple[];
}): ProposalGroup[] {
  const byKey = new Map(solutions.map((s) => [s.key, s]));
  const groups: ProposalGroup[] = [];
  if (principles.length > 0)
    groups.push({
      themeKey: null,
      themeTitle: "Uitgangspunten",
      reasons: [],
      proposals: principles.map((p) => ({
        key: `principle:${p.key}`,
        section: "UITGANGSPUNTEN",
        title: p.title,
        body: p.text,
        themeKey: null,
        solutionKey: null,
        preselected: true,
      })),
    });
  for (const punt of aandachtspunten) {
    const picked = punt.solutions.map((k) => byKey.get(k)).filter((s): s is DraftSolution => s !== undefined);
    const fitting = solutions.filter((s) => s.active && s.themes.includes(punt.theme) && !punt.solutions.includes(s.key));
    const section = sectionForTheme(punt.theme);
    groups.push({
      themeKey: punt.theme,
      themeTitle: themeTitles.get(punt.theme) ?? punt.theme,
      reasons: punt.reasons,
      proposals: [...picked, ...fitting].map((s) => ({
        key: `theme:${punt.theme}:${s.key}`,
        section,
        title: s.title,
        body: s.description,
        themeKey: punt.theme,
        solutionKey: s.key,
        preselected: punt.solutions.includes(s.key),
      })),
    });
  }
  return groups;
}
