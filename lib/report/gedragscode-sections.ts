// The sections of an EPA-gedragscode, in the order of DOMAIN.md ("The EPA-gedragscode"). Keys match the
// Prisma enum `GedragscodeSection`, so clauses can be compared across employers later; titles are the
// Dutch headings used in the editor and in the report. Shared by the report and the gedragscode editor.

export const GEDRAGSCODE_SECTIONS = [
  { key: "PREAMBULE", title: "Preambule" },
  { key: "UITGANGSPUNTEN", title: "Uitgangspunten" },
  { key: "AFSPRAKEN_PER_ROL", title: "Afspraken per rol" },
  { key: "VOORZIENINGEN", title: "Voorzieningen en instrumenten" },
  { key: "SIGNALEREN_TERUGVAL", title: "Signaleren, terugval en baanzekerheid" },
  { key: "TOEGANG_WERVING", title: "Toegang en werving" },
  { key: "BORGING", title: "Borging" },
] as const;

export type GedragscodeSectionKey = (typeof GEDRAGSCODE_SECTIONS)[number]["key"];

export function isGedragscodeSectionKey(value: string): value is GedragscodeSectionKey {
  return GEDRAGSCODE_SECTIONS.some((s) => s.key === value);
}
