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
