import { HEALTH_REMINDER } from "@/lib/health-check/texts";

/**
 * The health-data reminder (issue 25) above every free text that can reach the employer, a file or
 * another person. Give the field `aria-describedby` with the same id, so a screen reader reads it there.
 */
export function HealthReminder({ id, className = "" }: { id: string; className?: string }) {
  return (
    <p id={id} className={`text-sm text-slate-600 ${className}`} data-testid="health-reminder">
      {HEALTH_REMINDER}
    </p>
  );
}
