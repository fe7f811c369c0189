// Dutch words for a change in the code's history (CodeChange), as the history page shows them.
// Pure and client-safe.
export const CODE_CHANGE_LABEL = {
  ADDED: "toegevoegd",
  EDITED: "gewijzigd",
  MOVED: "verplaatst",
  REMOVED: "verwijderd",
  RESTORED: "teruggezet",
} as const;
