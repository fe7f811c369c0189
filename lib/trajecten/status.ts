import { TRAJECT_STATUS_ORDER, type TrajectStatusKey } from "./labels";

// A traject moves one step forward at a time (a trainer may also step back one, to correct a
// mistake), and can be stopped from any open state. Pure, shared by the form and the server.
export function allowedNextStatuses(current: TrajectStatusKey): TrajectStatusKey[] {
  if (current === "CANCELLED" || current === "CLOSED") return [];
  const i = TRAJECT_STATUS_ORDER.indexOf(current);
  const next: TrajectStatusKey[] = [];
  if (i > 0) next.push(TRAJECT_STATUS_ORDER[i - 1]!);
  if (i >= 0 && i + 1 < TRAJECT_STATUS_ORDER.length) next.push(TRAJECT_STATUS_ORDER[i + 1]!);
  next.push("CANCELLED");
  return next;
}

export function canMoveTo(current: TrajectStatusKey, target: TrajectStatusKey): boolean {
  return allowedNextStatuses(current).includes(target);
}

/** The scan has not closed yet: links still take answers and employers see no results (docs/privacy.md). */
export const isBeforeScanClose = (status: TrajectStatusKey): boolean => status === "INTAKE" || status === "SCAN_OPEN";
