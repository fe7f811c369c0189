import { TableRegion, Th, theadClass } from "@/components/ui/table";
import { dutchDay } from "@/lib/dates";
import type { IndicatorFigures, Indicators } from "@/lib/training/indicator-counts";
import { CANDIDATE_CHANNEL_LABEL } from "@/lib/training/labels";

const COLUMNS: [keyof IndicatorFigures, string][] = [
  ["recruited", "Geworven"],
  ["started", "Gestart in een cohort"],
  ["stopped", "Gestopt"],
  ["certified", "Gecertificeerd"],
];

/** The programme's first figures (§5.1) per channel for one period, with the totals underneath. */
export function IndicatorTable({ from, to, rows, total }: Indicators & { from: string; to: string }) {
  const period = `${dutchDay(from)} tot en met ${dutchDay(to)}`;
  return (
    <TableRegion label={`Cijfers per kanaal, ${period}`}>
      <table className="min-w-full text-sm" data-testid="candidate-indicators">
        <caption className="mb-2 text-left text-slate-700">Per kanaal, van {period}</caption>
        <thead className={theadClass}>
          <tr>
            <Th>Kanaal</Th>
            {COLUMNS.map(([key, name]) => (
              <Th key={key} className="text-right">
                {name}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.channel}>
              <th scope="row" className="py-2 pr-3 text-left font-normal text-slate-800">
                {CANDIDATE_CHANNEL_LABEL[row.channel]}
              </th>
              {COLUMNS.map(([key]) => (
                <td key={key} className="py-2 pr-3 text-right tabular-nums">
                  {row[key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-brand-200 font-semibold">
          <tr>
            <th scope="row" className="py-2 pr-3 text-left">
              Totaal
            </th>
            {COLUMNS.map(([key]) => (
              <td key={key} className="py-2 pr-3 text-right tabular-nums" data-testid={`indicator-total-${key}`}>
                {total[key]}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
