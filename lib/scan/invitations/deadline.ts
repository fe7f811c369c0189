/** The deadline the invitation form suggests: the traject's own, or `days` from now (YYYY-MM-DD). */
export function defaultScanDeadline(scanDeadline: Date | null, days: number, now = new Date()): string {
  return (scanDeadline ?? new Date(now.getTime() + days * 86400_000)).toISOString().slice(0, 10);
}
