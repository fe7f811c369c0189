// Where the respondent is in the scan, and where "Verder waar u was" takes them back. Pure and client-safe.
//
// The place is stored as one number, ScanResponse.lastThemeIndex:
//   0 … n-1   the theme page (by index) a theme form post sent the respondent to, or kept them on
//   n         the closing page ("Tot slot", /afronden)
//   n+1       the review page ("Controleren en versturen", /controle)
// (n = the number of themes). It is written by every successful form post (forms.ts), so it names
// the page the respondent went on to, not the page they left: storing the page they left made
// "Verder waar u was" point one theme early.

/** A page of the respondent's flow that a form post leads to. */
export type ScanPage = { page: "intro" } | { page: "theme"; themeIndex: number } | { page: "closing" } | { page: "review" };

/** The exact place to resume: a theme page and the statement to land on, the closing page, or the review page. */
export type ResumePlace = { page: "theme"; themeIndex: number; itemKey: string | null } | { page: "closing" } | { page: "review" };

type Themes = readonly { items: readonly { key: string }[] }[];

/** The page a theme form's button leads to: "prev", "review", "goto:<theme number>", anything else is "next". */
export function themeFormDestination(intent: unknown, themeIndex: number, themeCount: number): ScanPage {
  if (intent === "prev") return themeIndex === 0 ? { page: "intro" } : { page: "theme", themeIndex: themeIndex - 1 };
  if (intent === "review") return { page: "review" };
  if (typeof intent === "string" && /^goto:\d{1,3}$/.test(intent)) {
    const target = Number(intent.slice(5)) - 1;
    return target >= 0 && target < themeCount ? { page: "theme", themeIndex: target } : { page: "theme", themeIndex };
  }
  return themeIndex + 1 >= themeCount ? { page: "closing" } : { page: "theme", themeIndex: themeIndex + 1 };
}

/** The page the closing form's button leads to: back to the last theme, or on to the review. */
export function closingFormDestination(intent: unknown, themeCount: number): ScanPage {
  return intent === "prev" ? { page: "theme", themeIndex: themeCount - 1 } : { page: "review" };
}

/** The number stored in lastThemeIndex for a page (the intro counts as the first theme). */
export function placeNumber(page: ScanPage, themeCount: number): number {
  if (page.page === "theme") return page.themeIndex;
  if (page.page === "closing") return themeCount;
  if (page.page === "review") return themeCount + 1;
  return 0;
}

/**
 * "The exact place" to resume, from the stored place and the answers saved so far:
 * - stored on a theme: the first statement without an answer (a value or "Weet ik niet") in that theme
 *   or, when that theme is complete, in the first later theme that is not. A theme answered by
 *   autosave without pressing "Opslaan en verder" is complete, so the respondent goes on past it.
 *   Statements left open in EARLIER themes are not where the respondent was: the review page lists them.
 * - nothing open from there on: the closing page;
 * - stored on the closing or the review page: that page.
 */
export function resumePlace(themes: Themes, answered: ReadonlySet<string>, lastPlace: number): ResumePlace {
  const n = themes.length;
  if (lastPlace >= n + 1) return { page: "review" };
  if (lastPlace >= n) return { page: "closing" };
  for (let i = Math.max(0, Math.trunc(lastPlace) || 0); i < n; i++) {
    const open = themes[i]!.items.find((item) => !answered.has(item.key));
    if (open) return { page: "theme", themeIndex: i, itemKey: open.key };
  }
  return { page: "closing" };
}

/** The id of a statement on its theme page: the target of "Wijzigen" and "Verder waar u was" links. */
export const statementAnchor = (itemKey: string) => `stelling-${itemKey}`;

/** The address of a theme page, optionally at one statement. */
export const themeHref = (token: string, themeIndex: number, itemKey?: string | null) =>
  `/scan/${token}/thema/${themeIndex + 1}${itemKey ? `#${encodeURIComponent(statementAnchor(itemKey))}` : ""}`;

/** The address of a page of the flow. */
export function pageHref(token: string, page: ScanPage | ResumePlace): string {
  if (page.page === "theme") return themeHref(token, page.themeIndex, "itemKey" in page ? page.itemKey : null);
  if (page.page === "closing") return `/scan/${token}/afronden`;
  if (page.page === "review") return `/scan/${token}/controle`;
  return `/scan/${token}`;
}
