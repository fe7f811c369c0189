// Answers per respondent for one theme, labelled by function only ("HR 1"), never by name. Rendered
// only for trainer and experts: the query returns perRespondent = null for everyone else.
import type { QuestionnaireTheme } from "@/lib/scan/scoring/types";
import { TableRegion } from "@/components/ui/table";
import { stickyColClass, tdClass, thClass } from "./results-table";

export interface RespondentAnswers {
  label: string;
  answers: Record<string, unknown>;
}

function Answer({ value }: { value: unknown }) {
  if (value === "dontKnow") return <span className="whitespace-nowrap text-slate-700">weet ik niet</span>;
  if (typeof value === "number" && Number.isInteger(value)) return <span className="font-semibold">{value}</span>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">geen antwoord</span>
    </>
  );
}

export function PerRespondentTable({ theme, respondents }: { theme: QuestionnaireTheme; respondents: RespondentAnswers[] }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer font-semibold text-brand-800">Antwoorden per respondent</summary>
      <p className="mt-2 text-sm text-slate-600">
        Alleen zichtbaar voor de trainer en de ervaringsdeskundige. Respondenten staan hier met hun functie, niet met hun naam. Schaal: 1 =
        klopt helemaal niet, 5 = klopt helemaal.
      </p>
      <TableRegion label={`Tabel: antwoorden per respondent bij ${theme.title}`}>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">Antwoorden per respondent bij het thema {theme.title}</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className={`${thClass} ${stickyColClass}`}>
                Stelling
              </th>
              {respondents.map((r) => (
                <th key={r.label} scope="col" className={`${thClass} whitespace-nowrap`}>
                  {r.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {theme.items.map((item) => (
              <tr key={item.key} className="border-b border-slate-100">
                <th scope="row" className={`${tdClass} ${stickyColClass} text-left font-normal`}>
                  <span className="text-slate-600">{item.key}</span> {item.text}
                </th>
                {respondents.map((r) => (
                  <td key={r.label} className={tdClass}>
                    <Answer value={r.answers[item.key]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </details>
  );
}
