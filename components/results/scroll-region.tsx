/**
 * A table that may be wider than a phone: it scrolls sideways and can be scrolled with the keyboard.
 * `relative` keeps the sr-only texts inside (absolutely positioned) from widening the whole page.
 */
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto rounded-md">
      {children}
    </div>
  );
}

export const thClass = "px-2 py-2 text-left align-bottom font-semibold text-slate-700";
export const tdClass = "px-2 py-2 align-top";
/** The first column stays in view while a wide table scrolls sideways on a phone. */
export const stickyColClass = "sticky left-0 z-10 w-44 min-w-44 bg-white shadow-[1px_0_0_#e2e8f0] sm:w-auto";
