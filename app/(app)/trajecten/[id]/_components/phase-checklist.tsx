import Link from "next/link";
import { PHASE_PURPOSE, PHASE_STATE_LABEL, type Phase } from "@/lib/trajecten/phases";
import { phaseHref, type Can } from "./phase-links";

const BOX: Record<Phase["state"], string> = {
  done: "border-brand-100 bg-white",
  now: "border-2 border-brand-600 bg-brand-50",
  later: "border-slate-200 bg-white",
};
const MARK: Record<Phase["state"], string> = {
  done: "bg-brand-700 text-white",
  now: "bg-white text-brand-800 ring-2 ring-brand-600",
  later: "bg-slate-100 text-slate-700",
};

/**
 * The method's phases as a checklist, in order: done (a check and the word), now (the word and a
 * heavier frame) or later, each with its facts and a link to where it is done. State is always in
 * text, never in colour alone.
 */
export function PhaseChecklist({ trajectId, phases, can }: { trajectId: string; phases: Phase[]; can: Can }) {
  return (
    <section aria-labelledby="fases-titel" className="mb-8">
      <h2 id="fases-titel" className="mb-3 text-lg font-semibold text-brand-800">
        Stappen van het traject
      </h2>
      <ol className="space-y-3" data-testid="phase-checklist">
        {phases.map((p, i) => {
          const href = phaseHref(trajectId, p.key, can);
          return (
            <li key={p.key} className={`rounded-xl border p-4 ${BOX[p.state]}`} data-testid={`phase-${p.key}`} data-state={p.state}>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span
                  aria-hidden="true"
                  className={`flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-bold ${MARK[p.state]}`}
                >
                  {p.state === "done" ? "✓" : i + 1}
                </span>
                <h3 className="text-base font-semibold text-slate-900">
                  {href ? (
                    <Link href={href} className="text-brand-800 underline underline-offset-4 hover:text-brand-900">
                      {p.label}
                    </Link>
                  ) : (
                    p.label
                  )}
                </h3>
                <span className={`text-sm ${p.state === "now" ? "font-bold text-brand-900" : "text-slate-700"}`}>
                  {PHASE_STATE_LABEL[p.state]}
                </span>
              </div>
              {p.state === "now" ? <p className="mt-2 text-sm text-slate-700">{PHASE_PURPOSE[p.key]}</p> : null}
              {p.facts.length > 0 ? (
                <ul className="mt-2 space-y-0.5 text-sm text-slate-800" aria-label={`${p.label}: stand van zaken`}>
                  {p.facts.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
