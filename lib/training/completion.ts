import type { TrainingTopic } from "@/lib/generated/prisma/client";

// When a participant's training is complete (issue 27): every topic of their cohort attended once. A
// topic that runs twice counts once, whichever of its dates they came to. The admin still confirms
// (lib/training); this only says whether attendance allows it, and what is missing.

export interface AttendedSession {
  topic: TrainingTopic;
  attended: boolean;
}

export interface Completion {
  complete: boolean;
  /** the cohort's topics not attended yet, in the cohort's order */
  missing: TrainingTopic[];
}

export function completionOf(cohortTopics: readonly TrainingTopic[], attendance: readonly AttendedSession[]): Completion {
  const attended = new Set(attendance.filter((a) => a.attended).map((a) => a.topic));
  const missing = [...new Set(cohortTopics)].filter((t) => !attended.has(t));
  return { complete: cohortTopics.length > 0 && missing.length === 0, missing };
}
