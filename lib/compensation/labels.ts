// Dutch words for the claim's statuses and travel modes (client-safe; the CSV writes them lower-case).
export const CLAIM_STATUS_LABEL = { SUBMITTED: "Ingediend", APPROVED: "Goedgekeurd", PAID: "Betaald" } as const;
export const TRAVEL_MODE_LABEL = { NONE: "Geen reiskosten", CAR: "Auto", PUBLIC_TRANSPORT: "Openbaar vervoer" } as const;
