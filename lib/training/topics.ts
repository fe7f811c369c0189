import type { TrainingTopic } from "@/lib/generated/prisma/client";

// The training's topics, from the programme's template (§4.1, §6.3), in the order a cohort takes them.
// Pure and client-safe: the forms, the pages, the mails and the calendar say them alike.

export const TRAINING_TOPICS = [
  "PROJECT_EN_ERVARINGEN",
  "AANPAK_EN_SCAN",
  "WERKGEVERSGESPREKKEN",
  "GOEDE_TRAINER",
] as const satisfies readonly TrainingTopic[];

export const TOPIC_LABEL: Record<TrainingTopic, string> = {
  PROJECT_EN_ERVARINGEN: "Het project en ervaringen delen",
  AANPAK_EN_SCAN: "De aanpak en de scan samen ontwerpen",
  WERKGEVERSGESPREKKEN: "De gesprekken met werkgevers voorbereiden",
  GOEDE_TRAINER: "Een goede trainer zijn",
};

/** A later cohort's topic: offered, but not ticked for a new cohort by default. */
export const LATER_COHORT_TOPICS: readonly TrainingTopic[] = ["GOEDE_TRAINER"];

/** The topics in the template's order. */
export const inTopicOrder = (topics: readonly TrainingTopic[]): TrainingTopic[] => TRAINING_TOPICS.filter((t) => topics.includes(t));

/** "Nog niet gevolgd: X en Y." — or "compleet". */
export function completionText(missing: readonly TrainingTopic[]): string {
  if (missing.length === 0) return "compleet";
  const names = missing.map((t) => `“${TOPIC_LABEL[t]}”`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
  return `nog niet gevolgd: ${list}`;
}
