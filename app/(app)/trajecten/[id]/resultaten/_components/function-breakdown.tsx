// Theme grades per function group of the respondents, only for groups where the group and the rest
// each have the privacy minimum of submitted respondents (decided by the query; docs/privacy.md#function-groups).
import { functionBreakdownNote } from "@/lib/scan/scoring/labels";
import type { QuestionnaireTheme, ThemeResult } from "@/lib/scan/scoring/types";
import { functionGroupLabel } from "@/lib/scan/respondent-functions";
import { grade } from "./bands";
import { TableRegion } from "@/components/ui/table";
import { tdClass, thClass } from "./results-table";

export interface FunctionBreakdownRow {
  name: string;
  respondents: number;
  themes: { key: string; grade: number | null }[];
}

export function FunctionBreakdown({
  byFunction,
  themes,
  results,
  respondents,
  minimum,
}: {
  byFunction: FunctionBreakdownRow[];
  themes: QuestionnaireTheme[];
  results: ThemeResult[];
  respondents: number;
  minimum: number;
}) {
  if (byFunction.length === 0) {
    return <p className="text-slate-700">Er is nog geen functie die we apart kunnen tonen. {functionBreakdownNote(minimum)}</p>;
  }
  const all = new Map(results.map((r) => [r.key, r.grade]));
  const perRole = byFunction.map((r) => ({ ...r, grades: new Map(r.themes.map((t) => [t.key, t.grade])) }));
  return (
    <div className="space-y-3">
      <p className="text-slate-700">{functionBreakdownNote(minimum)}</p>
      <TableRegion label="Tabel: rapportcijfer per thema en per functie">
        <table className="w-full min-w-[32rem] bg-white text-sm">
          <caption className="sr-only">Rapportcijfer per thema, voor alle respondenten samen en per functie</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className={thClass}>
                Thema
              </th>
              <th scope="col" className={thClass}>
                Iedereen <span className="block font-normal text-slate-600">{respondents} respondenten</span>
              </th>
              {perRole.map((r) => (
                <th key={r.name} scope="col" className={thClass}>
                  {functionGroupLabel(r.name)} <span className="block font-normal text-slate-600">{r.respondents} respondenten</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themes.map((t) => (
              <tr key={t.key} className="border-b border-slate-100">
                <th scope="row" className={`${tdClass} text-left font-normal`}>
                  {t.shortTitle ?? t.title}
                </th>
                <td className={`${tdClass} font-semibold`}>{grade(all.get(t.key) ?? null)}</td>
                {perRole.map((r) => (
                  <td key={r.name} className={tdClass}>
                    {grade(r.grades.get(t.key) ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </div>
  );
}
