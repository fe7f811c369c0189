// The statements of one theme: mean, number of answers, "weet ik niet", the spread of answers over the
// scale, and a text mark for statements where respondents differ a lot.
import { formatDecimal } from "@/lib/format/number";
import { DIVERGENT_SIGNAL, KIND_LABELS } from "@/lib/scan/scoring/labels";
import type { ItemStatistics, QuestionnaireTheme } from "@/lib/scan/scoring/types";
import { TableRegion } from "@/components/ui/table";
import { stickyColClass, tdClass, thClass } from "./results-table";

export function DivergentTag() {
  return (
    <span className="ml-1 inline-flex items-center gap-1 whitespace-nowrap rounded border border-slate-500 bg-white px-1.5 text-xs font-semibold text-slate-800">
      <span aria-hidden="true">↔</span> verschillend beeld
    </span>
  );
}

/** Counts per scale value as a tiny column chart (decorative) plus the same counts in words. */
function Distribution({ counts, labels }: { counts: number[]; labels: string[] }) {
  const max = Math.max(1, ...counts);
  return (
    <>
      <span aria-hidden="true" className="flex items-end gap-1">
        {counts.map((c, i) => (
          <span key={i} className="flex w-4 flex-col items-center">
            {/* SVG, not a styled span: the policy allows no style attribute (lib/security/csp.ts) */}
            <svg className="block w-3 border-b border-slate-400" height={c === 0 ? 0 : 3 + Math.round((c / max) * 18)}>
              <rect width="100%" height="100%" className="fill-brand-600" />
            </svg>
            <span className="text-xs leading-4 text-slate-700">{c}</span>
          </span>
        ))}
      </span>
      <span className="sr-only">{counts.map((c, i) => `${labels[i] ?? i + 1}: ${c}`).join(", ")}</span>
    </>
  );
}

export function StatementsTable({
  theme,
  stats,
  scaleLabels,
}: {
  theme: QuestionnaireTheme;
  stats: Map<string, ItemStatistics>;
  scaleLabels: string[];
}) {
  const anyDivergent = theme.items.some((i) => stats.get(i.key)?.divergent);
  return (
    <div className="space-y-2">
      <TableRegion label={`Tabel: stellingen van ${theme.title}`}>
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">Stellingen van het thema {theme.title}, met gemiddelde en verdeling van de antwoorden</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className={`${thClass} ${stickyColClass}`}>
                Stelling
              </th>
              <th scope="col" className={thClass}>
                Soort
              </th>
              <th scope="col" className={thClass}>
                Gemiddeld <span className="block font-normal text-slate-600">(1 tot 5)</span>
              </th>
              <th scope="col" className={thClass}>
                Antwoorden
              </th>
              <th scope="col" className={thClass}>
                Weet ik niet
              </th>
              <th scope="col" className={thClass}>
                Verdeling <span className="block font-normal text-slate-600">(1 tot 5)</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {theme.items.map((item) => {
              const s = stats.get(item.key);
              return (
                <tr key={item.key} className="border-b border-slate-100">
                  <th scope="row" className={`${tdClass} ${stickyColClass} text-left font-normal`}>
                    <span className="text-slate-600">{item.key}</span> {item.text}
                    {s?.divergent ? <DivergentTag /> : null}
                  </th>
                  <td className={`${tdClass} text-slate-700`}>{KIND_LABELS[item.kind]}</td>
                  <td className={`${tdClass} font-semibold`}>{formatDecimal(s?.mean ?? null)}</td>
                  <td className={tdClass}>{s?.n ?? 0}</td>
                  <td className={tdClass}>{s?.dontKnow ?? 0}</td>
                  <td className={tdClass}>
                    <Distribution counts={s?.distribution ?? scaleLabels.map(() => 0)} labels={scaleLabels} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      {anyDivergent ? (
        <p className="text-sm text-slate-700">
          <DivergentTag /> {DIVERGENT_SIGNAL}
        </p>
      ) : null}
    </div>
  );
}
