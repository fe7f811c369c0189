import { WORKING_VERSION_LABEL, WORKING_VERSION_TEXT } from "@/lib/questionnaires/working-version";

/**
 * A small, calm notice that the questionnaire is the app's working version (ADR 026). For the admin's,
 * the tandem's and the employer's pages; never on the respondent's (app/scan/[token]/*).
 */
export function WorkingVersionNotice({ className = "" }: { className?: string }) {
  return (
    <p className={`rounded-lg border border-slate-200 bg-sand-100 px-3 py-2 text-sm text-slate-700 ${className}`} data-testid="werkversie">
      <span className="mr-2 inline-block rounded bg-white px-1.5 py-0.5 text-xs font-semibold tracking-wide text-slate-800">
        {WORKING_VERSION_LABEL}
      </span>
      {WORKING_VERSION_TEXT}
    </p>
  );
}
