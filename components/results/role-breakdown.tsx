// Theme grades per respondent role, only for roles where the role and the rest each have the privacy
// minimum of submitted respondents (decided by the query; docs/privacy.md#role-groups).
import { roleBreakdownNote } from "@/lib/scan/scoring/labels";
import type { QuestionnaireTheme, ThemeResult } from "@/lib/scan/scoring/types";
import { RESPONDENT_FUNCTION_LABEL, RESPONDENT_FUNCTION_ROLE, type RespondentFunctionKey } from "@/lib/trajecten/labels";
import { grade } from "./bands";
import { ScrollRegion, tdClass, thClass } from "./scroll-region";

export interface RoleBreakdownRow {
  role: string;
  respondents: number;
  themes: { key: string; grade: number | null }[];
}

/** "HR", "Directie", … for the role names the scoring uses ("directie", "medewerker / OR"). */
export function roleLabel(role: string): string {
  const key = (Object.keys(RESPONDENT_FUNCTION_ROLE) as RespondentFunctionKey[]).find((k) => RESPONDENT_FUNCTION_ROLE[k] === role);
  return key ? RESPONDENT_FUNCTION_LABEL[key] : role.charAt(0).toUpperCase() + role.slice(1);
}

export function RoleBreakdown({
  byRole,
  themes,
  results,
  respondents,
  minimum,
}: {
  byRole: RoleBreakdownRow[];
  themes: QuestionnaireTheme[];
  results: ThemeResult[];
  respondents: number;
  minimum: number;
}) {
  if (byRole.length === 0) {
    return <p className="text-slate-700">Er is nog geen rol die we apart kunnen tonen. {roleBreakdownNote(minimum)}</p>;
  }
  const all = new Map(results.map((r) => [r.key, r.grade]));
  const perRole = byRole.map((r) => ({ ...r, grades: new Map(r.themes.map((t) => [t.key, t.grade])) }));
  return (
    <div className="space-y-3">
      <p className="text-slate-700">{roleBreakdownNote(minimum)}</p>
      <ScrollRegion label="Tabel: rapportcijfer per thema en per rol">
        <table className="w-full min-w-[32rem] bg-white text-sm">
          <caption className="sr-only">Rapportcijfer per thema, voor alle respondenten samen en per rol</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className={thClass}>
                Thema
              </th>
              <th scope="col" className={thClass}>
                Iedereen <span className="block font-normal text-slate-600">{respondents} respondenten</span>
              </th>
              {perRole.map((r) => (
                <th key={r.role} scope="col" className={thClass}>
                  {roleLabel(r.role)} <span className="block font-normal text-slate-600">{r.respondents} respondenten</span>
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
                  <td key={r.role} className={tdClass}>
                    {grade(r.grades.get(t.key) ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
