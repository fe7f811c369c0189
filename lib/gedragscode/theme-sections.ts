import type { GedragscodeSectionKey } from "./sections";

// Where an afspraak that answers a theme's aandachtspunt belongs in the code (docs/method.md#the-epa-gedragscode).
// By theme key, so a newer questionnaire version with the same keys keeps the mapping; a theme not
// listed here lands in "Afspraken per rol", where the group can move it.
const THEME_SECTION: Record<string, GedragscodeSectionKey> = {
  T1: "AFSPRAKEN_PER_ROL", // openheid en beeldvorming
  T2: "BORGING", // bedrijfscultuur en beleid
  T3: "AFSPRAKEN_PER_ROL", // collegialiteit en teamklimaat
  T4: "SIGNALEREN_TERUGVAL", // leiderschap en signaleren
  T5: "AFSPRAKEN_PER_ROL", // het goede gesprek, rolzuiverheid
  T6: "VOORZIENINGEN", // maatwerk: taakeisen en hulpbronnen
  T7: "AFSPRAKEN_PER_ROL", // sociale verplichtingen en informele werkcultuur
  T8: "SIGNALEREN_TERUGVAL", // terugval, verzuim en baanzekerheid
  T9: "TOEGANG_WERVING", // toegang, werving en instroom
};

export const sectionForTheme = (themeKey: string): GedragscodeSectionKey => THEME_SECTION[themeKey] ?? "AFSPRAKEN_PER_ROL";
