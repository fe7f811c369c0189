import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";

// The follow-up's words, in one place. Pure and client-safe.

export const STEP_STATUSES = ["OPEN", "BEZIG", "KLAAR", "LOSGELATEN"] as const;
export type StepStatusKey = (typeof STEP_STATUSES)[number];

export const STEP_STATUS_LABEL: Record<StepStatusKey, string> = {
  OPEN: "Nog te doen",
  BEZIG: "Bezig",
  KLAAR: "Klaar",
  LOSGELATEN: "Losgelaten",
};

/** Still to do: these are reminded, listed on the employer's home page and can pass their due date. */
export const OPEN_STEP_STATUSES = ["OPEN", "BEZIG"] as const satisfies readonly StepStatusKey[];
export const isOpenStepStatus = (status: string): boolean => (OPEN_STEP_STATUSES as readonly string[]).includes(status);

/** Calm wording for a due date that has passed while the item is still open: no "te laat", no red. */
export const PAST_DUE_LABEL = "Streefdatum voorbij";

export const FOLLOW_UP_KIND_LABEL = { step: "Vervolgstap", clause: "Afspraak uit de gedragscode" } as const;
export type FollowUpKind = keyof typeof FOLLOW_UP_KIND_LABEL;

// Who picks a step up, as a role rather than a person's name: a role outlives a job change and keeps
// names out of the follow-up. Stored as the label (NextStep.owner is the text the report prints).
export const FOLLOW_UP_OWNER_LABEL = {
  DIRECTIE: EMPLOYER_FUNCTION_LABEL.DIRECTIE,
  HR: EMPLOYER_FUNCTION_LABEL.HR,
  LEIDINGGEVENDE: "Leidinggevenden",
  ONDERNEMINGSRAAD: EMPLOYER_FUNCTION_LABEL.ONDERNEMINGSRAAD,
  TRAINER: "Trainer",
  SAMEN: "Samen",
} as const;
export type FollowUpOwnerKey = keyof typeof FOLLOW_UP_OWNER_LABEL;
