import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ariaCurrent, currentNav, entryCurrent, navFor, navGroupFor, type NavEntry } from "@/app/(app)/_components/nav-items";

// The main menu (issue 24): the admin's pages in four groups, every page reachable exactly once; the
// other roles keep their short flat menus; the current page is marked, an edit page marks its list.
const admin = { role: "ADMIN" as const };
const labels = (entries: NavEntry[]) => entries.map((e) => e.label);
const pagesOf = (entries: NavEntry[]) => entries.flatMap((e) => (e.kind === "group" ? [e.href, ...e.items.map((i) => i.href)] : [e.href]));
const pageFile = (href: string) => `app/(app)${href.replace(/^\/beheer\/(programma|mensen|inhoud|systeem)$/, "/beheer/[groep]")}/page.tsx`;

describe("the main menu", () => {
  it("gives the admin five entries: the home and four groups, which together hold every admin page once", () => {
    const entries = navFor(admin);
    expect(labels(entries)).toEqual(["Overzicht", "Programma", "Mensen", "Inhoud", "Systeem"]);
    const pages = pagesOf(entries);
    expect(new Set(pages).size).toBe(pages.length);
    for (const href of [
      "/beheer/gebruikers",
      "/beheer/vragenlijsten",
      "/beheer/oplossingsrichtingen",
      "/beheer/werkwijze",
      "/werkbladen",
      "/beheer/terugblikken",
      "/werkgevers",
      "/mail",
      "/beheer/logboek",
      "/beheer/vergoedingen",
      "/beheer/privacy",
      "/beheer/planner",
    ])
      expect(pages).toContain(href);
    expect(
      pages.filter((href) => !fs.existsSync(pageFile(href))),
      "menu addresses without a page",
    ).toEqual([]);
  });

  it("keeps the other roles' menus flat and short", () => {
    expect(navFor({ role: "TRAINER" }).map((e) => [e.kind, e.label])).toEqual([
      ["link", "Mijn trajecten"],
      ["link", "Werkgevers"],
      ["link", "Cohorten"],
      ["link", "Werkbladen"],
      ["link", "Uitgaande e-mail"],
    ]);
    expect(labels(navFor({ role: "EXPERT" }))).toEqual(["Mijn trajecten", "Mijn profiel", "Mijn tempo", "Vergoedingen", "Werkbladen"]);
    expect(labels(navFor({ role: "EMPLOYER" }))).toEqual(["Ons traject", "Werkbladen"]);
    expect(navGroupFor({ role: "TRAINER" }, "inhoud")).toBeUndefined();
    expect(navGroupFor(admin, "onbekend")).toBeUndefined();
    expect(navGroupFor(admin, "inhoud")?.items.map((i) => i.label)).toEqual([
      "Vragenlijsten",
      "Oplossingsrichtingen",
      "Werkwijze",
      "Werkbladen",
    ]);
  });

  it("marks the current page, and the group and list an inner page belongs to", () => {
    const entries = navFor(admin);
    const mark = (pathname: string) => {
      const current = currentNav(entries, pathname);
      return Object.fromEntries(entries.map((e) => [e.label, entryCurrent(e, pathname, current)]).filter(([, v]) => v));
    };
    expect(mark("/beheer")).toEqual({ Overzicht: "page" });
    expect(mark("/beheer/inhoud")).toEqual({ Inhoud: "page" });
    expect(mark("/beheer/oplossingsrichtingen")).toEqual({ Inhoud: "true" });
    expect(mark("/beheer/oplossingsrichtingen/OR-01")).toEqual({ Inhoud: "true" });
    expect(mark("/mail")).toEqual({ Systeem: "true" });
    expect(mark("/trajecten/t1")).toEqual({});

    const edit = currentNav(entries, "/beheer/oplossingsrichtingen/OR-01");
    expect(edit.group?.slug).toBe("inhoud");
    expect(ariaCurrent("/beheer/oplossingsrichtingen", "/beheer/oplossingsrichtingen/OR-01", edit)).toBe("true");
    expect(ariaCurrent("/beheer/werkwijze", "/beheer/oplossingsrichtingen/OR-01", edit)).toBeUndefined();
    // a longer address is not inside a shorter one that merely starts the same
    expect(currentNav(entries, "/beheerders").href).toBeUndefined();

    const expert = navFor({ role: "EXPERT" });
    const profile = currentNav(expert, "/expert/profiel");
    expect(expert.map((e) => entryCurrent(e, "/expert/profiel", profile))).toEqual([undefined, "page", undefined, undefined, undefined]);
  });
});
