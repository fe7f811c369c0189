// The follow-up scan next to the first scan: overall, per theme, the aandachtspunten then and now and
// the themes that are in one questionnaire version only. Placed by the page inside a section with an
// <h2> (PROGRESS_TITLE); its own headings start at <h3>. The texts are the report's (compare-texts.ts).
// Direction is always written out; the arrows are decorative and hidden from screen readers.
import type { ScanComparison } from "@/lib/followup/compare";
import { type ProgressCell, type ProgressTable, type RoundLabels, type StepsDone, buildProgressView } from "@/lib/followup/compare-texts";
import { TableRegion } from "@/components/ui/table";
import { stickyColClass, tdClass, thClass } from "./results-table";

interface Props {
  comparison: ScanComparison;
  /** share of the agreed next steps that is done; null when the traject has none to show */
  stepsDone: StepsDone | null;
  roundLabels: RoundLabels;
}

function Cell({ cell }: { cell: ProgressCell }) {
  return (
    <td className={tdClass}>
      <span className="font-semibold text-slate-800">{cell.value}</span>
      {cell.note ? <span className="block text-sm text-slate-600">{cell.note}</span> : null}
    </td>
  );
}

function ComparisonTable({ table }: { table: ProgressTable }) {
  const { columns } = table;
  return (
    <TableRegion label={`Tabel: ${table.caption}`}>
      <table className="w-full min-w-[32rem] text-sm sm:text-base">
        <caption className="sr-only">{table.caption}</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className={`${thClass} ${stickyColClass}`}>
              {columns.label}
            </th>
            <th scope="col" className={thClass}>
              {columns.before}
            </th>
            <th scope="col" className={thClass}>
              {columns.after}
            </th>
            <th scope="col" className={thClass}>
              {columns.change}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label} className="border-b border-slate-100">
              <th scope="row" className={`${tdClass} ${stickyColClass} text-left font-normal text-slate-800`}>
                {row.label}
              </th>
              <Cell cell={row.before} />
              <Cell cell={row.after} />
              <td className={`${tdClass} whitespace-nowrap text-slate-800`}>
                {row.change?.arrow ? (
                  <span aria-hidden="true" className="mr-1 font-bold text-brand-700">
                    {row.change.arrow}
                  </span>
                ) : null}
                {row.change ? <span className={row.change.arrow ? "font-semibold" : "text-slate-600"}>{row.change.text}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function ProgressSection({ comparison, stepsDone, roundLabels }: Props) {
  const view = buildProgressView(comparison, { stepsDone, roundLabels });
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-3">
        <p className="text-slate-700">{view.intro}</p>
        <p className="font-semibold text-slate-800">{view.summary}</p>
        {view.versionNote ? <p className="text-slate-700">{view.versionNote}</p> : null}
        {/* the explanation comes before the figures it explains */}
        {view.lowerNote ? <p className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-slate-800">{view.lowerNote}</p> : null}
      </div>

      <div className="space-y-3">
        <h3 className="text-xl font-semibold text-brand-800">{view.overall.heading}</h3>
        <ComparisonTable table={view.overall} />
        {view.steps ? (
          <p className="text-slate-800">
            {view.steps.label}: <span className="font-semibold">{view.steps.value}</span>
          </p>
        ) : null}
      </div>

      <div className="space-y-3">
        <h3 className="text-xl font-semibold text-brand-800">{view.themes.heading}</h3>
        <ComparisonTable table={view.themes} />
      </div>

      {view.aandachtspunten ? (
        <div className="space-y-3">
          <h3 className="text-xl font-semibold text-brand-800">{view.aandachtspunten.heading}</h3>
          <div className="grid gap-4 md:grid-cols-3">
            {view.aandachtspunten.groups.map((g) => (
              <div key={g.title} className="rounded-xl border border-brand-100 bg-white p-4">
                <h4 className="font-semibold text-slate-800">{g.title}</h4>
                <p className="mt-1 text-sm text-slate-700">{g.text}</p>
                <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
                  {g.themes.map((title) => (
                    <li key={title}>{title}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </div>
      ) : null}

      {view.unmatched ? (
        <div className="space-y-3">
          <h3 className="text-xl font-semibold text-brand-800">{view.unmatched.heading}</h3>
          <p className="max-w-3xl text-slate-700">{view.unmatched.explanation}</p>
          {view.unmatched.groups.map((g) => (
            <div key={g.title}>
              <h4 className="font-semibold text-slate-800">{g.title}</h4>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
                {g.themes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
