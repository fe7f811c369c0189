// Dutch labels of a key person's function at the employer. Pure and client-safe.
// One list for key persons and respondents (ADR 022): lib/scan/respondent-functions.ts builds on it.
import { withInBrackets } from "@/lib/format/sentence";

export const EMPLOYER_FUNCTION_LABEL = {
  DIRECTIE: "Directie",
  HR: "HR",
  LEIDINGGEVENDE: "Leidinggevende",
  ONDERNEMINGSRAAD: "OR (ondernemingsraad)",
  MEDEWERKER: "Medewerker",
  ANDERS: "Anders",
} as const;

/** "Fatima Ouali (ondernemingsraad)": a key person with their function, never "(OR (ondernemingsraad))". */
export const keyPersonWithFunction = (k: { name: string; function: keyof typeof EMPLOYER_FUNCTION_LABEL }): string =>
  withInBrackets(k.name, EMPLOYER_FUNCTION_LABEL[k.function]);
