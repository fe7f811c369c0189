import { FOUR_STEPS, type FourStepKey } from "@/lib/trajecten/four-steps";

/**
 * The four steps of the method as the traject's frame (issue 25): where the traject is, in plain words.
 * "Nu" is said in words, not only by the heavier frame.
 */
export function FourSteps({ current }: { current: FourStepKey | null }) {
  return (
    <section aria-labelledby="vier-stappen" className="mb-8">
      <h2 id="vier-stappen" className="mb-1 text-lg font-semibold text-brand-800">
        De vier stappen van de methode
      </h2>
      <p className="mb-3 max-w-3xl text-sm text-slate-700">
        Verdiepen, verbeelden, vormgeven en verwezenlijken: zo gaat een traject van luisteren naar afspraken die werken.
      </p>
      <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="four-steps">
        {FOUR_STEPS.map((step, i) => {
          const now = step.key === current;
          return (
            <li
              key={step.key}
              aria-current={now ? "step" : undefined}
              className={`rounded-xl border p-3 text-sm ${now ? "border-2 border-brand-600 bg-brand-50" : "border-brand-100 bg-white"}`}
            >
              <p className="font-semibold text-slate-900">
                {i + 1}. {step.label}
                {now ? <span className="ml-2 font-bold text-brand-900">Nu</span> : null}
              </p>
              <p className="text-slate-600">{step.when}</p>
              <p className="mt-1 text-slate-800">{step.what}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
