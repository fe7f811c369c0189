// The organisation's texts as they were before they became settings (ADR 025): what the app says while
// no admin has saved /beheer/organisatie, and what the demo shows. The one module outside the bundled
// content (prisma/data, prisma/seed) that may name these organisations: tests/unit/organisation-literals
// fails on any other. Pure and client-safe.

export interface OrganisationTexts {
  /** the programme's name: the report's title, the calendar's product */
  programmeName: string;
  /** the trainers' organisation: the mails a trainer signs, the report's contact block */
  name: string;
  /** for places with little room (the certificates of phase 2); shown on the settings page */
  shortName: string;
  /** the programme owner: "de beheerder (…)" */
  ownerName: string;
  /** who is behind the programme, starting "Een …": the report's cover as is, its contact block after "<programme> is" */
  initiativeLine: string;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  /** the From of every mail; an absent part comes from MAIL_FROM */
  mailFromName: string | null;
  mailFromAddress: string | null;
  /** Reply-To of mails no trainer signs */
  replyToAddress: string | null;
}

export const DEFAULT_ORGANISATION: OrganisationTexts = {
  programmeName: "Weerbare Werkgever",
  name: "Onbeperkt aan de Slag",
  shortName: "OadS",
  ownerName: "ECIO",
  initiativeLine: "Een initiatief van ECIO en Onbeperkt aan de Slag, binnen het Platform Werk Inclusief Beperking.",
  contactEmail: null,
  contactPhone: null,
  website: null,
  mailFromName: null,
  mailFromAddress: null,
  replyToAddress: null,
};
