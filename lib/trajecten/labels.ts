// Dutch labels for traject-related enums. Pure and client-safe.
export const TRAJECT_STATUS_LABEL = {
  INTAKE: "Intake",
  SCAN_OPEN: "Scan loopt",
  SCAN_CLOSED: "Scan afgerond",
  SESSION_1_DONE: "Bijeenkomst 1 gehouden",
  SESSION_2_DONE: "Bijeenkomst 2 gehouden",
  CLOSED: "Afgerond",
  CANCELLED: "Gestopt",
} as const;
export type TrajectStatusKey = keyof typeof TRAJECT_STATUS_LABEL;

export const TRAJECT_STATUS_ORDER: TrajectStatusKey[] = [
  "INTAKE",
  "SCAN_OPEN",
  "SCAN_CLOSED",
  "SESSION_1_DONE",
  "SESSION_2_DONE",
  "CLOSED",
];

export const EMPLOYER_FUNCTION_LABEL = {
  DIRECTIE: "Directie",
  HR: "HR",
  LEIDINGGEVENDE: "Leidinggevende",
  ONDERNEMINGSRAAD: "OR (ondernemingsraad)",
  ANDERS: "Anders",
} as const;

export const RESPONDENT_FUNCTION_LABEL = {
  DIRECTIE: "Directie",
  HR: "HR",
  LEIDINGGEVENDE: "Leidinggevende",
  MEDEWERKER_OR: "Medewerker of OR",
  ANDERS: "Anders",
} as const;
export type RespondentFunctionKey = keyof typeof RESPONDENT_FUNCTION_LABEL;

/** The role names the questionnaire and scoring use (mhb-2025.json respondentRoles). */
export const RESPONDENT_FUNCTION_ROLE: Record<RespondentFunctionKey, string> = {
  DIRECTIE: "directie",
  HR: "HR",
  LEIDINGGEVENDE: "leidinggevende",
  MEDEWERKER_OR: "medewerker / OR",
  ANDERS: "anders",
};

export const SESSION_STATUS_LABEL = { PLANNED: "Gepland", HELD: "Gehouden", CANCELLED: "Vervallen" } as const;

export const OUTCOME_LABEL = {
  FORMELE_CODE: "Formele EPA-gedragscode",
  AFSPRAKEN: "Afspraken of uitgangspunten",
  ALLEEN_RAPPORT: "Rapport",
} as const;
