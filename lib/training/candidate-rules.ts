import type { CandidateMove } from "./candidate-schema";
import type { CandidateStatusKey } from "./labels";

// Pure: which status buttons a candidate has, where each leads, and when they can start in a cohort.
// interested → intake held → in a cohort (by starting one) → certified (by the certificate); stopped at
// any time before certified, never with a reason, and undone back to interested.

export const CANDIDATE_MOVE_RULES: Record<CandidateMove, { from: readonly CandidateStatusKey[]; to: CandidateStatusKey; label: string }> = {
  intake: { from: ["INTERESTED"], to: "INTAKE_HELD", label: "Intake is gehouden" },
  intakeUndo: { from: ["INTAKE_HELD"], to: "INTERESTED", label: "Intake terugzetten" },
  stop: { from: ["INTERESTED", "INTAKE_HELD", "IN_COHORT"], to: "STOPPED", label: "Gestopt zetten" },
  stopUndo: { from: ["STOPPED"], to: "INTERESTED", label: "Stoppen ongedaan maken" },
};

/** The moves open from this status, in the order the page shows them. */
export const movesFrom = (status: CandidateStatusKey): CandidateMove[] =>
  (Object.keys(CANDIDATE_MOVE_RULES) as CandidateMove[]).filter((m) => CANDIDATE_MOVE_RULES[m].from.includes(status));

/** Only after the intake: the conversation comes before the training. */
export const mayStartCohort = (status: CandidateStatusKey): boolean => status === "INTAKE_HELD";
