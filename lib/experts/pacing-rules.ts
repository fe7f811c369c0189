import { formatDate, formatPeriod, isoDay } from "@/lib/dates";

// The expert's own pace (issue 27, ADR 037): a pause they set themselves (from a day, until a day or
// until they end it) and how many trajects they take at once. No reason is asked, ever. Pure and
// client-safe: the profile page, matching, the request and the task list read the same answers.

export interface PacingFacts {
  /** the first day of the pause (stored as the start of that day in Amsterdam) */
  selfPausedFrom: Date | null;
  /** the last day of the pause, inclusive; null with a start: until they end it themselves */
  selfPausedUntil: Date | null;
  /** null: no limit of their own */
  maxActiveTrajects: number | null;
}

/** The limit's choices on the form: 1 to 10, or none. */
export const MAX_ACTIVE_CHOICES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export type PauseState = "none" | "planned" | "active" | "over";

/** Where today falls in the pause: by calendar day in Amsterdam, both ends included. */
export function pauseState(p: Pick<PacingFacts, "selfPausedFrom" | "selfPausedUntil">, now: Date): PauseState {
  if (!p.selfPausedFrom) return "none";
  const today = isoDay(now);
  if (today < isoDay(p.selfPausedFrom)) return "planned";
  if (p.selfPausedUntil && today > isoDay(p.selfPausedUntil)) return "over";
  return "active";
}

export const isSelfPaused = (p: Pick<PacingFacts, "selfPausedFrom" | "selfPausedUntil">, now: Date) => pauseState(p, now) === "active";

/** At their own limit: as many trajects running as they said they take at once. */
export const atOwnLimit = (p: Pick<PacingFacts, "maxActiveTrajects">, activeTrajects: number) =>
  p.maxActiveTrajects !== null && activeTrajects >= p.maxActiveTrajects;

/** Whether a trainer may ask them for a new traject now, as far as their own pace goes. */
export const takesNewTrajects = (p: PacingFacts, activeTrajects: number, now: Date) =>
  !isSelfPaused(p, now) && !atOwnLimit(p, activeTrajects);

/**
 * What the trainer is told, the same for a pause and a limit: never which, never until when (ADR 037).
 */
export const NOT_TAKING_NEW = "Heeft aangegeven nu geen nieuw traject te willen.";
/** The request refused with the same words, by name. */
export const notTakingNewMessage = (name: string) =>
  `${name} heeft aangegeven nu geen nieuw traject te willen. U kunt een andere ervaringsdeskundige vragen.`;

/**
 * A traject counts as running until it is closed or stopped (TrajectStatus CLOSED, CANCELLED:
 * lib/trajecten/labels.ts); only assignments the expert accepted count.
 */
export const FINISHED_TRAJECT_STATUSES = ["CLOSED", "CANCELLED"] as const;

/** Why a pause cannot be stored, or null: it ends before it starts, or it is already over. */
export function pauseWindowProblem(from: string, until: string | null, today: string): { field: "until"; message: string } | null {
  if (until === null) return null;
  if (until < from)
    return { field: "until", message: "Deze pauze eindigt voordat hij begint. Kies een einddatum op of na de eerste dag van de pauze." };
  if (until < today) return { field: "until", message: "Deze pauze is al voorbij. Kies een einddatum vanaf vandaag." };
  return null;
}

/** The pause in the expert's own words: "van 1 maart tot en met 14 maart 2027", "vanaf 1 maart 2027 tot u hem zelf beëindigt". */
export function pauseLabel(p: Pick<PacingFacts, "selfPausedFrom" | "selfPausedUntil">): string | null {
  if (!p.selfPausedFrom) return null;
  if (!p.selfPausedUntil) return `vanaf ${formatDate(p.selfPausedFrom)}, tot u hem zelf beëindigt`;
  if (isoDay(p.selfPausedFrom) === isoDay(p.selfPausedUntil)) return `op ${formatDate(p.selfPausedFrom)}`;
  return `van ${formatPeriod(p.selfPausedFrom, p.selfPausedUntil)}`;
}
