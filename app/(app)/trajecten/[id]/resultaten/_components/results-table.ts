// The results tables' own cell styles: compact, numbers aligned, a sticky first column on a phone.
// Their scrolling region is the shared TableRegion (components/ui/table.tsx).
export const thClass = "px-2 py-2 text-left align-bottom font-semibold text-slate-700";
export const tdClass = "px-2 py-2 align-top";
/** The first column stays in view while a wide table scrolls sideways on a phone. */
export const stickyColClass = "sticky left-0 z-10 w-44 min-w-44 bg-white shadow-[1px_0_0_#e2e8f0] sm:w-auto";
