import type { TrajectStatusKey } from "./labels";

// The four steps of Mensen met Mogelijkheden (verdiepen, verbeelden, vormgeven, verwezenlijken) as the
// frame of a traject (issue 25; docs/method.md, "The traject"). The five phases (phases.ts) say what to do
// next; these say what the traject is for at that moment, in plain words. Pure and client-safe.

export const FOUR_STEP_KEYS = ["verdiepen", "verbeelden", "vormgeven", "verwezenlijken"] as const;
export type FourStepKey = (typeof FOUR_STEP_KEYS)[number];

export interface FourStep {
  key: FourStepKey;
  label: string;
  /** where in the traject it happens */
  when: string;
  /** what it is about, in a sentence */
  what: string;
}

export const FOUR_STEPS: readonly FourStep[] = [
  {
    key: "verdiepen",
    label: "Verdiepen",
    when: "De scan en bijeenkomst 1",
    what: "Luisteren naar de ervaringsdeskundige en naar elkaar, en zien waar de organisatie nu staat.",
  },
  {
    key: "verbeelden",
    label: "Verbeelden",
    when: "De reflectie",
    what: "Terugkijken op de uitkomsten en samen voor u zien hoe het werk er voor iedereen uit kan zien.",
  },
  {
    key: "vormgeven",
    label: "Vormgeven",
    when: "Bijeenkomst 2 en de gedragscode",
    what: "Van aandachtspunten naar oplossingsrichtingen en afspraken: de EPA-gedragscode.",
  },
  {
    key: "verwezenlijken",
    label: "Verwezenlijken",
    when: "De opvolging",
    what: "De afspraken waarmaken, bijhouden hoe het gaat, en met een vervolgscan zien wat er veranderde.",
  },
];

/**
 * The step the traject is in now, or null once stopped. The scan and session 1 are verdiepen; between
 * the sessions the reflection (verbeelden); after session 2, until the code is adopted, vormgeven; then
 * (or once the traject is closed) verwezenlijken.
 */
export function currentFourStep(status: TrajectStatusKey, codeAdopted: boolean): FourStepKey | null {
  switch (status) {
    case "INTAKE":
    case "SCAN_OPEN":
    case "SCAN_CLOSED":
      return "verdiepen";
    case "SESSION_1_DONE":
      return "verbeelden";
    case "SESSION_2_DONE":
      return codeAdopted ? "verwezenlijken" : "vormgeven";
    case "CLOSED":
      return "verwezenlijken";
    case "CANCELLED":
      return null;
  }
}
