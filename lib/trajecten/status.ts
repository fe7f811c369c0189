import type { TrajectStatusKey } from "./labels";

// The traject's phase follows from facts: the first invitation opens the scan, "Scan sluiten" closes
// it (lib/trajecten/close-scan.ts), a session saved as held moves it on (phaseFromSessions). By hand
// the trainer only makes the exceptions: stop, reopen the scan, close the traject. Pure, shared by
// the form and the server.

/** The exceptions the trainer may choose by hand from a phase. */
export function allowedNextStatuses(current: TrajectStatusKey): TrajectStatusKey[] {
  switch (current) {
    case "INTAKE":
    case "SCAN_OPEN":
      return ["CANCELLED"];
    case "SCAN_CLOSED":
      return ["SCAN_OPEN", "CLOSED", "CANCELLED"];
    case "SESSION_1_DONE":
    case "SESSION_2_DONE":
      return ["CLOSED", "CANCELLED"];
    default:
      return [];
  }
}

export function canMoveTo(current: TrajectStatusKey, target: TrajectStatusKey): boolean {
  return allowedNextStatuses(current).includes(target);
}

/** Each exception in words: what the trainer chooses, and what it does. */
export const PHASE_CHOICE: Partial<Record<TrajectStatusKey, { label: string; consequence: string }>> = {
  SCAN_OPEN: {
    label: "Scan heropenen",
    consequence:
      "De links van wie nog niet klaar was, werken weer. Wat de werkgever ziet, blijft zoals het is tot u de scan opnieuw sluit.",
  },
  CLOSED: {
    label: "Traject afronden",
    consequence:
      "Het traject is klaar: u legt daarna de uitkomst vast en er komt een vervolgmoment over zes maanden. Dit kunt u niet terugdraaien. Bijeenkomsten die nog gepland staan, blijven staan: zet ze eerst op 'Vervallen' als ze niet doorgaan.",
  },
  CANCELLED: {
    label: "Traject stoppen",
    consequence:
      "Het traject stopt voorgoed: de scanlinks werken niet meer en er gebeurt niets meer. Dit kunt u niet terugdraaien. Zet geplande bijeenkomsten eerst op 'Vervallen', dan krijgen de deelnemers een afmelding.",
  },
};

/** Why a fact-driven phase is not in the select (the server's message when someone tries anyway). */
export function notByHandMessage(current: TrajectStatusKey, target: TrajectStatusKey): string {
  if (target === "SCAN_CLOSED" && current === "SCAN_OPEN")
    return "De scan sluit u met 'Scan sluiten': dan ziet u eerst wie de scan heeft ingevuld.";
  if (target === "SCAN_OPEN" && current === "INTAKE") return "De scan gaat open zodra u de eerste uitnodiging verstuurt.";
  if (target === "SESSION_1_DONE" || target === "SESSION_2_DONE")
    return "Deze fase volgt vanzelf als u de bijeenkomst als gehouden bewaart (en gaat terug met 'Toch niet gehouden').";
  return "Deze stap kan vanuit de huidige fase niet.";
}

const SESSION_PHASES: TrajectStatusKey[] = ["SCAN_CLOSED", "SESSION_1_DONE", "SESSION_2_DONE"];

/**
 * The phase the held sessions make it, once the scan is closed: the highest held session (there is no
 * phase after session 2: a third session leaves it at "Bijeenkomst 2 gehouden"). Before the scan
 * closes, and once the traject is closed or stopped, sessions do not move the phase.
 */
export function phaseFromSessions(current: TrajectStatusKey, heldNumbers: number[]): TrajectStatusKey {
  if (!SESSION_PHASES.includes(current)) return current;
  const highest = Math.max(0, ...heldNumbers);
  return highest >= 2 ? "SESSION_2_DONE" : highest === 1 ? "SESSION_1_DONE" : "SCAN_CLOSED";
}

/** The scan has not closed yet: links still take answers and employers see no results (docs/privacy.md). */
export const isBeforeScanClose = (status: TrajectStatusKey): boolean => status === "INTAKE" || status === "SCAN_OPEN";
