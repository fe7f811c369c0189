// Dutch labels of a key person's function at the employer. Pure and client-safe.
export const EMPLOYER_FUNCTION_LABEL = {
  DIRECTIE: "Directie",
  HR: "HR",
  LEIDINGGEVENDE: "Leidinggevende",
  ONDERNEMINGSRAAD: "OR (ondernemingsraad)",
  ANDERS: "Anders",
} as const;
