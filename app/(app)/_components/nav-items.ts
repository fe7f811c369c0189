import { capabilitiesFor, type GlobalCapability } from "@/lib/auth/capabilities";
import type { Actor } from "@/lib/auth/roles";

// Each menu item shows for whoever holds its capability: the same answer the page itself enforces.
// The admin's dozen pages sit in four groups (issue 24): the main menu holds the groups, each group's
// own page lists its pages, and on a page of a group a second row shows its sibling pages. The same
// markup at every width: nothing is shown or hidden by the screen's width.

interface Item {
  href: string;
  label: string;
  capability: GlobalCapability;
}
interface GroupItem extends Item {
  /** one line on the group's page: what is done there */
  description: string;
}
interface Group {
  slug: string;
  label: string;
  intro: string;
  items: GroupItem[];
}

const ADMIN_GROUPS: Group[] = [
  {
    slug: "programma",
    label: "Programma",
    intro: "De werkgevers in het programma en wat de tandems na afloop van hun trajecten vastlegden.",
    items: [
      {
        href: "/werkgevers",
        label: "Werkgevers",
        capability: "employer:list",
        description: "Alle werkgevers met hun werkvloeren, sleutelpersonen en trajecten.",
      },
      {
        href: "/beheer/terugblikken",
        label: "Terugblikken",
        capability: "trajectDebrief:readAll",
        description: "Wat trainers en ervaringsdeskundigen bij het afronden van een traject opschreven over wat werkte.",
      },
    ],
  },
  {
    slug: "mensen",
    label: "Mensen",
    intro:
      "De accounts van iedereen die met de app werkt, de kandidaten en cohorten van de training en de vergoedingen van de ervaringsdeskundigen.",
    items: [
      {
        href: "/beheer/gebruikers",
        label: "Gebruikers",
        capability: "user:manage",
        description: "Accounts aanmaken, links voor een wachtwoord sturen, accounts uitzetten en e-mailadressen wijzigen.",
      },
      {
        href: "/beheer/kandidaten",
        label: "Kandidaten",
        capability: "candidate:manage",
        description: "Mensen die ervaringsdeskundige willen worden: van belangstelling tot certificaat, en de cijfers van de werving.",
      },
      {
        href: "/beheer/cohorten",
        label: "Cohorten",
        capability: "cohort:manage",
        description: "De trainingsgroepen van ervaringsdeskundigen: bijeenkomsten, trainers, deelnemers, aanwezigheid en het certificaat.",
      },
      {
        href: "/beheer/vergoedingen",
        label: "Vergoedingen",
        capability: "compensation:manage",
        description: "Tarieven, een jaarmaximum per persoon, de declaraties en de export voor de financiële administratie.",
      },
    ],
  },
  {
    slug: "inhoud",
    label: "Inhoud",
    intro:
      "De teksten van de methode: de vragenlijst, de oplossingsrichtingen, de werkwijze, de werkbladen en de woordenlijst van de gezondheidscheck.",
    items: [
      {
        href: "/beheer/vragenlijsten",
        label: "Vragenlijsten",
        capability: "questionnaire:import",
        description: "Een nieuwe versie van de vragenlijst inlezen; ingevulde scans houden hun eigen versie.",
      },
      {
        href: "/beheer/oplossingsrichtingen",
        label: "Oplossingsrichtingen",
        capability: "library:edit",
        description: "De bibliotheek waaruit de scan oplossingsrichtingen bij de aandachtspunten voorstelt.",
      },
      {
        href: "/beheer/werkwijze",
        label: "Werkwijze",
        capability: "guidance:edit",
        description:
          "Wel en niet doen op de voorbereidingskaarten, de uitgangspunten van een nieuwe gedragscode en de woordenlijst van de gezondheidscheck.",
      },
      {
        href: "/werkbladen",
        label: "Werkbladen",
        capability: "worksheets:read",
        description: "De vier werkbladen voor werkgevers, om te downloaden; ze worden op papier of in eigen systemen ingevuld.",
      },
    ],
  },
  {
    slug: "systeem",
    label: "Systeem",
    intro: "De organisatie achter de app, wat de app verstuurt, bijhoudt en zelf op gezette tijden doet, en de verzoeken onder de AVG.",
    items: [
      {
        href: "/beheer/organisatie",
        label: "Organisatie",
        capability: "organisation:manage",
        description: "De namen, contactgegevens, afzender van e-mails en het logo die de app in e-mails, agenda's en het rapport gebruikt.",
      },
      {
        href: "/mail",
        label: "Uitgaande e-mail",
        capability: "outbox:read",
        description: "De e-mails die de app verstuurde of klaarzette.",
      },
      { href: "/beheer/logboek", label: "Logboek", capability: "audit:read", description: "Wie deed wat en wanneer." },
      {
        href: "/beheer/privacy",
        label: "Privacy (AVG)",
        capability: "privacy:manage",
        description:
          "Een werkgever of kandidaat alles geven wat de app over hen bewaart, of een werkgever, respondent of kandidaat wissen.",
      },
      {
        href: "/beheer/planner",
        label: "Planner",
        capability: "scheduler:manage",
        description: "De taken op gezette tijden, e-mails die niet verstuurd konden worden en de test van de mailserver.",
      },
    ],
  },
];

// The main menu, in order. A group shows for the admin's workspace; a link that a shown group already
// holds (the admin's Werkgevers, Uitgaande e-mail) is not listed a second time.
const MAIN: ({ kind: "link" } & Item)[] = [
  { kind: "link", href: "/beheer", label: "Overzicht", capability: "workspace:beheer" },
  { kind: "link", href: "/trainer", label: "Mijn trajecten", capability: "workspace:trainer" },
  { kind: "link", href: "/werkgevers", label: "Werkgevers", capability: "employer:list" },
  // a trainer reaches the cohorts they train (attendance); the admin's are in the Mensen group
  { kind: "link", href: "/beheer/cohorten", label: "Cohorten", capability: "attendance:record" },
  { kind: "link", href: "/expert", label: "Mijn trajecten", capability: "workspace:expert" },
  { kind: "link", href: "/expert/profiel", label: "Mijn profiel", capability: "profile:own" },
  { kind: "link", href: "/expert/tempo", label: "Mijn tempo", capability: "pacing:own" },
  { kind: "link", href: "/expert/vergoedingen", label: "Vergoedingen", capability: "compensation:claim" },
  { kind: "link", href: "/werkgever", label: "Ons traject", capability: "workspace:werkgever" },
  { kind: "link", href: "/werkbladen", label: "Werkbladen", capability: "worksheets:read" },
  { kind: "link", href: "/mail", label: "Uitgaande e-mail", capability: "outbox:read" },
];

export const groupHref = (slug: string) => `/beheer/${slug}`;
/** A group's name for its page's title; the page itself asks navGroupFor whether this actor has it. */
export const groupLabel = (slug: string) => ADMIN_GROUPS.find((g) => g.slug === slug)?.label;

export interface NavLink {
  href: string;
  label: string;
}
export interface NavGroup extends NavLink {
  slug: string;
  intro: string;
  items: (NavLink & { description: string })[];
}
export type NavEntry = ({ kind: "link" } & NavLink) | ({ kind: "group" } & NavGroup);

/** The main menu of this actor: plain data, so the client part that marks the current page gets it as props. */
export function navFor(actor: Pick<Actor, "role">): NavEntry[] {
  const capabilities = capabilitiesFor(actor);
  const groups: NavEntry[] = capabilities.has("workspace:beheer")
    ? ADMIN_GROUPS.map((g) => ({
        kind: "group" as const,
        slug: g.slug,
        href: groupHref(g.slug),
        label: g.label,
        intro: g.intro,
        items: g.items.filter((i) => capabilities.has(i.capability)).map(({ href, label, description }) => ({ href, label, description })),
      })).filter((g) => g.items.length > 0)
    : [];
  const inGroups = new Set(groups.flatMap((g) => (g.kind === "group" ? g.items.map((i) => i.href) : [])));
  const links = MAIN.filter((i) => capabilities.has(i.capability) && !inGroups.has(i.href)).map(({ href, label }): NavEntry => ({
    kind: "link",
    href,
    label,
  }));
  // the home first, then the groups, then the rest
  return [...links.slice(0, 1), ...groups, ...links.slice(1)];
}

/** One group of the actor's menu, for the group's own page; undefined when the actor has no such group. */
export function navGroupFor(actor: Pick<Actor, "role">, slug: string): NavGroup | undefined {
  const entry = navFor(actor).find((e) => e.kind === "group" && e.slug === slug);
  return entry?.kind === "group" ? entry : undefined;
}

/**
 * Where the current path sits in the menu: the deepest menu address it is at or below (so an edit page
 * under /beheer/oplossingsrichtingen marks Oplossingsrichtingen) and the group holding that address.
 */
export function currentNav(entries: NavEntry[], pathname: string): { href?: string; group?: NavGroup } {
  const candidates = entries.flatMap((e): { href: string; group?: NavGroup }[] =>
    e.kind === "group" ? [{ href: e.href, group: e }, ...e.items.map((i) => ({ href: i.href, group: e }))] : [{ href: e.href }],
  );
  const matching = candidates.filter((c) => pathname === c.href || pathname.startsWith(`${c.href}/`));
  const deepest = matching.sort((a, b) => b.href.length - a.href.length)[0];
  return deepest ? { href: deepest.href, group: deepest.group } : {};
}

/** aria-current for an entry of the main menu: a group is "true" while one of its pages is open. */
export function entryCurrent(entry: NavEntry, pathname: string, current: { href?: string; group?: NavGroup }) {
  if (entry.kind === "link") return ariaCurrent(entry.href, pathname, current);
  if (current.group?.slug !== entry.slug) return undefined;
  return pathname === entry.href ? "page" : "true";
}

/** aria-current for one menu address: "page" on the page itself, "true" on the menu entry holding it. */
export function ariaCurrent(href: string, pathname: string, current: { href?: string }): "page" | "true" | undefined {
  if (current.href !== href) return undefined;
  return pathname === href ? "page" : "true";
}
