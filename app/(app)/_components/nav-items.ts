import { capabilitiesFor, type GlobalCapability } from "@/lib/auth/capabilities";
import type { Actor } from "@/lib/auth/roles";

// Each menu item shows for whoever holds its capability: the same answer the page itself enforces.
const NAV_ITEMS: { href: string; label: string; capability: GlobalCapability }[] = [
  { href: "/beheer", label: "Overzicht", capability: "workspace:beheer" },
  { href: "/beheer/gebruikers", label: "Gebruikers", capability: "user:manage" },
  { href: "/beheer/vragenlijsten", label: "Vragenlijsten", capability: "questionnaire:import" },
  { href: "/beheer/oplossingsrichtingen", label: "Oplossingsrichtingen", capability: "library:edit" },
  { href: "/beheer/werkwijze", label: "Werkwijze", capability: "guidance:edit" },
  { href: "/beheer/terugblikken", label: "Terugblikken", capability: "trajectDebrief:readAll" },
  { href: "/trainer", label: "Mijn trajecten", capability: "workspace:trainer" },
  { href: "/werkgevers", label: "Werkgevers", capability: "employer:list" },
  { href: "/expert", label: "Mijn trajecten", capability: "workspace:expert" },
  { href: "/expert/profiel", label: "Mijn profiel", capability: "profile:own" },
  { href: "/expert/vergoedingen", label: "Vergoedingen", capability: "compensation:claim" },
  { href: "/werkgever", label: "Ons traject", capability: "workspace:werkgever" },
  { href: "/mail", label: "Uitgaande e-mail", capability: "outbox:read" },
  { href: "/beheer/logboek", label: "Logboek", capability: "audit:read" },
  { href: "/beheer/vergoedingen", label: "Vergoedingen", capability: "compensation:manage" },
  { href: "/beheer/privacy", label: "Privacy (AVG)", capability: "privacy:manage" },
  { href: "/beheer/planner", label: "Planner", capability: "scheduler:manage" },
];

export function navItemsFor(actor: Pick<Actor, "role">) {
  const capabilities = capabilitiesFor(actor);
  return NAV_ITEMS.filter((item) => capabilities.has(item.capability));
}
