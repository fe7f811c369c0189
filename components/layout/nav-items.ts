import type { Role } from "@/lib/auth/permissions";

export const NAV_ITEMS: Record<Role, { href: string; label: string }[]> = {
  ADMIN: [
    { href: "/beheer", label: "Overzicht" },
    { href: "/beheer/gebruikers", label: "Gebruikers" },
    { href: "/beheer/vragenlijsten", label: "Vragenlijsten" },
    { href: "/mail", label: "Uitgaande e-mail" },
    { href: "/beheer/logboek", label: "Logboek" },
  ],
  TRAINER: [
    { href: "/trainer", label: "Mijn trajecten" },
    { href: "/mail", label: "Uitgaande e-mail" },
  ],
  EXPERT: [{ href: "/expert", label: "Mijn trajecten" }],
  EMPLOYER: [{ href: "/werkgever", label: "Ons traject" }],
};
