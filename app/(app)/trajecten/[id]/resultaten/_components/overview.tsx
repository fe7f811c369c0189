// The overall picture: scan grade next to the respondents' own grade, how many took part, and the
// self-image signal when the two differ a lot (a conversation starter, not a verdict).
import { gradeBand } from "@/lib/scan/scoring/bands";
import { selfGapSignal } from "@/lib/scan/scoring/labels";
import type { ScanResult } from "@/lib/scan/scoring/types";
import { formatDecimal } from "@/lib/format/number";
import { GradeBadge, grade } from "./bands";

interface Props {
  result: ScanResult;
  invitedCount: number;
  /** trainer and experts only: the own grade per respondent, labelled by function */
  selfGrades: { label: string; selfGrade: unknown }[] | null;
  /** few respondents in the employer's view: the self-grade is withheld (docs/privacy.md) */
  hideSelfGrade?: boolean;
}

function Stat({ label, children, note }: { label: string; children: React.ReactNode; note?: string }) {
  return (
    <div className="rounded-xl border border-brand-100 bg-white p-4">
      <dt className="text-sm font-semibold text-slate-700">{label}</dt>
      <dd className="mt-2">{children}</dd>
      {note ? <dd className="mt-2 text-sm text-slate-600">{note}</dd> : null}
    </div>
  );
}

export function Overview({ result, invitedCount, selfGrades, hideSelfGrade = false }: Props) {
  const signal = selfGapSignal(result.selfGap);
  const invited = Math.max(invitedCount, result.respondents);
  return (
    <div className="space-y-4">
      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat label="Rapportcijfer uit de scan" note="Het gemiddelde van alle thema's, op een schaal van 1 tot 10.">
          <GradeBadge value={result.overallGrade} band={gradeBand(result.overallGrade)} size="lg" />
        </Stat>
        {hideSelfGrade ? null : (
          <Stat label="Eigen rapportcijfer" note="Het cijfer dat de respondenten de organisatie zelf gaven (gemiddeld).">
            <span className="text-2xl font-bold text-slate-800">
              {result.selfGrade === null ? "niet ingevuld" : grade(result.selfGrade)}
            </span>
          </Stat>
        )}
        <Stat label="Ingevulde scans">
          <span className="text-2xl font-bold text-slate-800">
            {result.respondents} van {invited}
          </span>{" "}
          <span className="text-slate-700">{invited === 1 ? "uitgenodigde" : "uitgenodigden"}</span>
        </Stat>
      </dl>
      {signal ? (
        <p className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-slate-800">
          <strong>Opvallend:</strong> {signal} (verschil {formatDecimal(result.selfGap)} punt). Een mooi gesprekspunt voor de bijeenkomst:
          waar komt dat verschil vandaan?
        </p>
      ) : null}
      {selfGrades && selfGrades.length > 0 ? (
        <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <summary className="cursor-pointer font-semibold text-brand-800">Eigen rapportcijfer per respondent</summary>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
            {selfGrades.map((r) => (
              <li key={r.label}>
                {r.label}: <span className="font-semibold">{typeof r.selfGrade === "number" ? String(r.selfGrade) : "niet ingevuld"}</span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-slate-600">Alleen zichtbaar voor de trainer en de ervaringsdeskundige.</p>
        </details>
      ) : null}
    </div>
  );
}
