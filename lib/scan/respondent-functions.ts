// The functions a respondent is invited as, in Dutch, and the names the questionnaire and scoring use
// for them. One list with the key persons' functions (ADR 022). Pure and client-safe.
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";

/** What the invite form offers: exactly a key person's functions, so a key person is invited as what they are. */
export const OFFERED_RESPONDENT_FUNCTIONS = ["DIRECTIE", "HR", "LEIDINGGEVENDE", "ONDERNEMINGSRAAD", "MEDEWERKER", "ANDERS"] as const;

export const RESPONDENT_FUNCTION_LABEL = {
  ...EMPLOYER_FUNCTION_LABEL,
  // invitations made before ADR 022 only; never offered again
  MEDEWERKER_OR: "Medewerker of OR",
} as const;
export type RespondentFunctionKey = keyof typeof RESPONDENT_FUNCTION_LABEL;

const MEDEWERKER_OR_GROUP = "medewerker / OR";

/**
 * The function groups as the questionnaire and scoring name them (mhb-2025.json respondentRoles). OR and
 * medewerker stay ONE group, as before ADR 022: the results' function breakdown has a privacy minimum
 * per group, and two finer groups beside the old one would let a reader subtract one view from another.
 */
export const RESPONDENT_FUNCTION_GROUP: Record<RespondentFunctionKey, string> = {
  DIRECTIE: "directie",
  HR: "HR",
  LEIDINGGEVENDE: "leidinggevende",
  ONDERNEMINGSRAAD: MEDEWERKER_OR_GROUP,
  MEDEWERKER: MEDEWERKER_OR_GROUP,
  MEDEWERKER_OR: MEDEWERKER_OR_GROUP,
  ANDERS: "anders",
};

// the function whose label names each group: the merged group keeps its old name "Medewerker of OR"
const GROUP_NAMED_BY: readonly RespondentFunctionKey[] = ["DIRECTIE", "HR", "LEIDINGGEVENDE", "MEDEWERKER_OR", "ANDERS"];

/** "HR", "Directie", "Medewerker of OR", … for the function groups the scoring uses ("directie", "medewerker / OR"). */
export function functionGroupLabel(name: string): string {
  const key = GROUP_NAMED_BY.find((k) => RESPONDENT_FUNCTION_GROUP[k] === name);
  return key ? RESPONDENT_FUNCTION_LABEL[key] : name.charAt(0).toUpperCase() + name.slice(1);
}
