import type { ComponentProps } from "react";

// The tables' shared parts (issue 21): one header style instead of a copy per table, and the
// horizontally scrolling region every wide table sits in.

/** A table that may be wider than a phone scrolls sideways and can be scrolled with the keyboard. */
export function TableRegion({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    // `relative` keeps absolutely positioned sr-only texts inside from widening the whole page
    <div role="region" aria-label={label} tabIndex={0} className={["relative overflow-x-auto", className].filter(Boolean).join(" ")}>
      {children}
    </div>
  );
}

export const theadClass = "border-b border-brand-100 text-slate-600";
export const thClass = "py-2 pr-3 text-left font-semibold";

/** A column header; scope="col" unless told otherwise. */
export function Th({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return <th scope={scope} className={[thClass, className].filter(Boolean).join(" ")} {...props} />;
}
