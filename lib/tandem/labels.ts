// Dutch words for an expert's assignment to a traject (AssignmentStatus), as the trainer's planning
// shows them beside the expert. Pure and client-safe.
export const ASSIGNMENT_STATUS_LABEL = {
  INVITED: "gevraagd, nog geen antwoord",
  ACCEPTED: "doet mee",
  DECLINED: "zei nee",
  WITHDRAWN: "ontkoppeld",
  STEPPED_BACK: "heeft zich teruggetrokken",
} as const;
export type AssignmentStatusKey = keyof typeof ASSIGNMENT_STATUS_LABEL;
