// The aandachtspunten: why a theme asks for attention (in plain words), where to start, and the
// oplossingsrichtingen from the library. Always a next step, never a verdict.
import { formatDecimal } from "@/lib/format/number";
import { REASON_EXPLANATIONS, REASON_LABELS } from "@/lib/scan/scoring/labels";
import type { Aandachtspunt, ItemStatistics, QuestionnaireTheme, ThemeResult } from "@/lib/scan/scoring/types";
import { WorksheetLinks } from "@/components/worksheets/worksheet-links";
import { worksheetLinks, worksheetsForSolution } from "@/lib/worksheets/links";
import { GradeBadge } from "./bands";

interface Props {
  aandachtspunten: Aandachtspunt[];
  themes: QuestionnaireTheme[];
  results: ThemeResult[];
  items: ItemStatistics[];
  solutions: Record<string, { key: string; title: string; description: string }>;
  /** Show the worksheets that support an oplossingsrichting (the actor holds worksheets:read) */
  worksheets?: boolean;
}

export function Aandachtspunten({ aandachtspunten, themes, results, items, solutions, worksheets = false }: Props) {
  if (aandachtspunten.length === 0) {
    return <p className="text-slate-700">Er zijn nog te weinig antwoorden om aandachtspunten te kiezen.</p>;
  }
  const statement = new Map(themes.flatMap((t) => t.items.map((i) => [i.key, i.text] as const)));
  const mean = new Map(items.map((i) => [i.key, i.mean]));
  return (
    <ol className="space-y-6">
      {aandachtspunten.map((ap, i) => {
        const theme = themes.find((t) => t.key === ap.theme);
        const r = results.find((t) => t.key === ap.theme);
        const chosen = ap.solutions.flatMap((key) => (solutions[key] ? [solutions[key]] : []));
        return (
          <li key={ap.theme} className="rounded-xl border border-brand-100 bg-white p-5">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="text-lg font-semibold text-brand-800">
                <span className="sr-only">Aandachtspunt {i + 1}: </span>
                <a href={`#thema-${ap.theme}`} className="underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700">
                  {theme?.title ?? ap.theme}
                </a>
              </h3>
              <GradeBadge value={r?.grade ?? null} band={r?.band ?? null} />
            </div>
            <ul className="mt-3 space-y-2">
              {ap.reasons.map((reason) => (
                <li key={reason}>
                  <p className="font-semibold text-slate-800">{REASON_LABELS[reason]}</p>
                  <p className="text-slate-700">{REASON_EXPLANATIONS[reason]}</p>
                </li>
              ))}
            </ul>
            {ap.focusItems.length > 0 ? (
              <>
                <h4 className="mt-4 font-semibold text-slate-800">Waar kunt u beginnen?</h4>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
                  {ap.focusItems.map((key) => (
                    <li key={key}>
                      {statement.get(key) ?? key}{" "}
                      <span className="whitespace-nowrap text-slate-600">(gemiddeld {formatDecimal(mean.get(key) ?? null)} van 5)</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {chosen.length > 0 ? (
              <>
                <h4 className="mt-4 font-semibold text-slate-800">Oplossingsrichtingen</h4>
                <ul className="mt-2 space-y-3">
                  {chosen.map((s) => (
                    <li key={s.key} className="rounded-lg bg-sand-100 p-3">
                      <p className="font-semibold text-slate-800">{s.title}</p>
                      <p className="mt-1 text-slate-700">{s.description}</p>
                      {worksheets ? <WorksheetLinks links={worksheetLinks(worksheetsForSolution(s.key))} className="mt-2" /> : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
