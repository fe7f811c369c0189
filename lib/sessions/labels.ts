// Dutch labels of a meeting's status. Pure and client-safe.
export const SESSION_STATUS_LABEL = { PLANNED: "Gepland", HELD: "Gehouden", CANCELLED: "Vervallen" } as const;

// An attendee's answer through their link (ADR 021): as the tandem reads it on the session card …
export const RSVP_ANSWER_LABEL = { ATTENDING: "Komt", DECLINED: "Kan niet" } as const;
export const NO_RSVP_ANSWER = "Nog geen antwoord";
// … and as the attendee says it (the buttons and the links in the mail)
export const RSVP_CHOICE_LABEL = { ATTENDING: "Ik kom", DECLINED: "Ik kan niet" } as const;
