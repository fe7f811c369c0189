// The sections of an EPA-gedragscode, in the order of docs/method.md#the-epa-gedragscode: the one list
// of their order, Dutch titles and descriptions, used by the editor, the form schema, the report model
// and the PDF. Keys match the Prisma enum `GedragscodeSection` (a unit test keeps them in step), so
// clauses can be compared across employers later. Pure and client-safe.

export const GEDRAGSCODE_SECTIONS = [
  { key: "PREAMBULE", title: "Preambule", description: "organisatie, werkvloer, wie meedeed en de inzet van de directie" },
  { key: "UITGANGSPUNTEN", title: "Uitgangspunten" },
  { key: "AFSPRAKEN_PER_ROL", title: "Afspraken per rol" },
  { key: "VOORZIENINGEN", title: "Voorzieningen en instrumenten" },
  { key: "SIGNALEREN_TERUGVAL", title: "Signaleren, terugval en baanzekerheid" },
  { key: "TOEGANG_WERVING", title: "Toegang en werving" },
  { key: "BORGING", title: "Borging" },
] as const satisfies readonly { key: string; title: string; description?: string }[];

export type GedragscodeSectionKey = (typeof GEDRAGSCODE_SECTIONS)[number]["key"];

/** The keys in order, as a tuple for z.enum. */
export const GEDRAGSCODE_SECTION_KEYS = GEDRAGSCODE_SECTIONS.map((s) => s.key) as [GedragscodeSectionKey, ...GedragscodeSectionKey[]];

export function isGedragscodeSectionKey(value: string): value is GedragscodeSectionKey {
  return GEDRAGSCODE_SECTIONS.some((s) => s.key === value);
}

/** The section whose text is the preamble, typed on its own rather than as afspraken. */
export const PREAMBLE_SECTION = GEDRAGSCODE_SECTIONS[0];

/** The sections that hold afspraken (all but the preamble), in order. */
export const CLAUSE_SECTIONS = GEDRAGSCODE_SECTIONS.filter((s) => s.key !== PREAMBLE_SECTION.key);

/** A section's title for a key as stored (a key this version does not know is shown as it is). */
export const sectionTitle = (key: string): string => GEDRAGSCODE_SECTIONS.find((s) => s.key === key)?.title ?? key;
