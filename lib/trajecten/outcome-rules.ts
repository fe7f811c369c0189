// The traject's outcome (issue "Session 2 live", item 5): formele code, afspraken or alleen rapport,
// derived from what exists. Pure and client-safe: the closing form offers exactly what the server accepts.

export const OUTCOMES = ["FORMELE_CODE", "AFSPRAKEN", "ALLEEN_RAPPORT"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABEL: Record<Outcome, string> = {
  FORMELE_CODE: "Formele gedragscode",
  AFSPRAKEN: "Afspraken en uitgangspunten",
  ALLEEN_RAPPORT: "Alleen het rapport",
};

export interface OutcomeFacts {
  codeAdopted: boolean;
  clauses: number;
  nextSteps: number;
}

/** What exists decides it: an adopted code, else any afspraak or step, else the report alone. */
export function deriveOutcome(f: OutcomeFacts): Outcome {
  if (f.codeAdopted) return "FORMELE_CODE";
  return f.clauses + f.nextSteps > 0 ? "AFSPRAKEN" : "ALLEEN_RAPPORT";
}

/** What the trainer may confirm: never more than exists (a formal code only when it is adopted). */
export function allowedOutcomes(f: OutcomeFacts): Outcome[] {
  return OUTCOMES.filter((o) => (o === "FORMELE_CODE" ? f.codeAdopted : o === "AFSPRAKEN" ? f.clauses + f.nextSteps > 0 : true));
}
