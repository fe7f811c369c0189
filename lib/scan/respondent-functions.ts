// The functions a respondent chooses from on the invitation, in Dutch, and the names the questionnaire
// and scoring use for them. Pure and client-safe.
export const RESPONDENT_FUNCTION_LABEL = {
  DIRECTIE: "Directie",
  HR: "HR",
  LEIDINGGEVENDE: "Leidinggevende",
  MEDEWERKER_OR: "Medewerker of OR",
  ANDERS: "Anders",
} as const;
export type RespondentFunctionKey = keyof typeof RESPONDENT_FUNCTION_LABEL;

/** The function groups as the questionnaire and scoring name them (mhb-2025.json respondentRoles). */
export const RESPONDENT_FUNCTION_GROUP: Record<RespondentFunctionKey, string> = {
  DIRECTIE: "directie",
  HR: "HR",
  LEIDINGGEVENDE: "leidinggevende",
  MEDEWERKER_OR: "medewerker / OR",
  ANDERS: "anders",
};
