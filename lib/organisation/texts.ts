import type { OrganisationTexts } from "./defaults";

// The sentences built from the organisation's settings, in one place, so every screen, mail and file
// says them alike. Pure and client-safe.

/** How the app names the admin to everyone else, e.g. "de beheerder (ECIO)". */
export const ownerLabel = (org: Pick<OrganisationTexts, "ownerName">) => `de beheerder (${org.ownerName})`;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const withFullStop = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** The cover's line as the admin wrote it: "Een initiatief van …". */
export const initiativeLine = (org: Pick<OrganisationTexts, "initiativeLine">) => withFullStop(org.initiativeLine);

/** The same as a sentence about the programme: "Weerbare Werkgever is een initiatief van …". */
export const initiativeSentence = (org: Pick<OrganisationTexts, "programmeName" | "initiativeLine">) =>
  `${org.programmeName} is ${lowerFirst(initiativeLine(org))}`;

/** Who made it, for the report's metadata: "Weerbare Werkgever (ECIO en …)". */
export const authorLine = (org: Pick<OrganisationTexts, "programmeName" | "ownerName" | "name">) =>
  `${org.programmeName} (${org.ownerName} en ${org.name})`;

/** The privacy statement's first sentence. */
export const programmeSentence = (org: Pick<OrganisationTexts, "programmeName" | "ownerName" | "name">) =>
  `${org.programmeName} is een programma van ${org.name} en ${org.ownerName}.`;

/**
 * The placeholders of the bundled content (the questionnaire's introduction): {organisatie},
 * {programma} and {beheerder}. A text without them (an imported questionnaire) stays as it is.
 */
export function fillOrganisation(text: string, org: Pick<OrganisationTexts, "name" | "programmeName" | "ownerName">): string {
  return text.replace(/\{(organisatie|programma|beheerder)\}/g, (_m, key: string) =>
    key === "organisatie" ? org.name : key === "programma" ? org.programmeName : org.ownerName,
  );
}

/**
 * The From of a mail: MAIL_FROM as it is until the admin sets a sender; then the settings' name and
 * address, each falling back to MAIL_FROM's own part. An object, so nodemailer does the quoting.
 */
export function mailFrom(
  org: Pick<OrganisationTexts, "mailFromName" | "mailFromAddress">,
  envFrom: string,
): string | { name: string; address: string } {
  if (!org.mailFromName && !org.mailFromAddress) return envFrom;
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(envFrom);
  const envName = match?.[1]?.trim() ?? "";
  const envAddress = match?.[2]?.trim() ?? envFrom.trim();
  return { name: org.mailFromName ?? envName, address: org.mailFromAddress ?? envAddress };
}

/** The calendar's PRODID parts (lib/calendar/ics.ts CalendarProduct): the trainers' organisation and the programme. */
export const calendarProduct = (org: Pick<OrganisationTexts, "name" | "programmeName">) => ({
  company: org.name,
  product: org.programmeName,
});
