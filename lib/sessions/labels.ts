// Dutch labels of a meeting's status. Pure and client-safe.
export const SESSION_STATUS_LABEL = { PLANNED: "Gepland", HELD: "Gehouden", CANCELLED: "Vervallen" } as const;
