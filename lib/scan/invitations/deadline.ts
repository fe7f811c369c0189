import { isoDay } from "@/lib/dates";

/** The deadline the invitation form suggests: the traject's own, or `days` from now (YYYY-MM-DD, Amsterdam calendar day). */
export function defaultScanDeadline(scanDeadline: Date | null, days: number, now = new Date()): string {
  return isoDay(scanDeadline ?? new Date(now.getTime() + days * 86400_000));
}
