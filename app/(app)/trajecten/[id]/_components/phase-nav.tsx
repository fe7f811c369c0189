import Link from "next/link";
import { PHASE_KEYS, PHASE_LABEL, type PhaseKey } from "@/lib/trajecten/phases";
import { phaseHref, type Can } from "./phase-links";

/**
 * The small navigation over a traject's pages: Overzicht · Planning · Scan · Bijeenkomsten ·
 * Gedragscode · Opvolging, each only where the viewer has something to do (phase-links.ts); the page
 * one is on is marked with aria-current, in text weight too. Wraps on a phone.
 */
export function PhaseNav({ trajectId, current, can }: { trajectId: string; current: PhaseKey | "overzicht"; can: Can }) {
  const items = [
    { key: "overzicht", label: "Overzicht", href: `/trajecten/${trajectId}` },
    ...PHASE_KEYS.flatMap((key) => {
      const href = phaseHref(trajectId, key, can);
      return href ? [{ key, label: PHASE_LABEL[key], href }] : [];
    }),
  ];
  if (items.length < 2) return null;
  return (
    <nav aria-label="Fases van het traject" className="mb-6" data-testid="phase-nav">
      <ul className="flex flex-wrap items-center gap-x-1 gap-y-2 text-sm">
        {items.map((item, i) => (
          <li key={item.key} className="flex items-center gap-x-1">
            {i > 0 ? (
              <span aria-hidden="true" className="text-slate-500">
                ·
              </span>
            ) : null}
            <Link
              href={item.href}
              aria-current={item.key === current ? "page" : undefined}
              className={
                item.key === current
                  ? "rounded-md bg-brand-100 px-2 py-1 font-bold text-brand-900"
                  : "rounded-md px-2 py-1 font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
              }
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
