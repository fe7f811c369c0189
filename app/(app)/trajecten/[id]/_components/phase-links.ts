import type { Capability } from "@/lib/auth/capabilities";
import type { PhaseKey } from "@/lib/trajecten/phases";

export type Can = (capability: Capability) => boolean;

/**
 * Where each phase is worked on, for whoever may do something there (their capabilities, as the pages
 * themselves check); null where there is nothing for them. Planning and Scan are the trainer's (and
 * the admin's handover, the expert's step back); Gedragscode and Opvolging are the existing pages.
 */
export function phaseHref(trajectId: string, key: PhaseKey, can: Can): string | null {
  const page = `/trajecten/${trajectId}/${key}`;
  switch (key) {
    case "planning":
      return mayOpenPlanning(can) ? page : null;
    case "scan":
      return mayOpenScan(can) ? page : null;
    case "bijeenkomsten":
      return mayOpenSessions(can) ? page : null;
    case "gedragscode":
    case "opvolging":
      return can("gedragscode:read") ? page : null;
  }
}

export const mayOpenPlanning = (can: Can) => can("traject:plan") || can("traject:reassign") || can("tandem:stepBack");
export const mayOpenScan = (can: Can) => can("invitation:manage") || can("traject:plan");
/** The employer's people read the summary of session 2 there (gedragscode:read, issue 26). */
export const mayOpenSessions = (can: Can) =>
  can("traject:plan") || can("preparation:read") || can("debrief:write") || can("compensation:approve") || can("gedragscode:read");
