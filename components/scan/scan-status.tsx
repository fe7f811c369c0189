import type { ReactNode } from "react";

/**
 * The state of the respondent's link (lib/scan/respondent/status.ts), as the first thing after a
 * page's h1 (issue 24): a status region, so it is neither missed at the bottom of a long page nor read
 * as an error. Renders nothing without a text.
 */
export function ScanStatusNotice({ text, children }: { text: string | null | undefined; children?: ReactNode }) {
  if (!text) return null;
  return (
    <div role="status" className="mt-4 rounded-lg border border-brand-200 bg-brand-50 p-4 text-slate-900" data-testid="scan-status">
      <p>{text}</p>
      {children ? <div className="mt-3">{children}</div> : null}
    </div>
  );
}
