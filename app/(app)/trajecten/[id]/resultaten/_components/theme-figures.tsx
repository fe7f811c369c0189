// Key figures of one theme (intention vs practice, "weet ik niet", spread) and the conversation
// signals that follow from them, in words.
import { formatDecimal, formatPercent } from "@/lib/format/number";
import { REASON_EXPLANATIONS, REASON_LABELS } from "@/lib/scan/scoring/labels";
import type { ThemeResult } from "@/lib/scan/scoring/types";

/** A 1–5 value as a small decorative bar next to its number (SVG: the policy allows no style attribute). */
function ScaleBar({ value }: { value: number | null }) {
  const width = value === null ? 0 : ((Math.min(5, Math.max(1, value)) - 1) / 4) * 100;
  return (
    <svg aria-hidden="true" className="block h-2.5 w-full max-w-48">
      <rect width="100%" height="100%" rx="5" className="fill-slate-200" />
      {width > 0 ? <rect width={`${width}%`} height="100%" rx="5" className="fill-brand-700" /> : null}
    </svg>
  );
}

function Figure({ label, value, bar }: { label: string; value: string; bar?: number | null }) {
  return (
    <div className="sm:grid sm:grid-cols-[13rem_1fr] sm:items-center sm:gap-x-3">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="flex items-center gap-3">
        <span className="min-w-20 whitespace-nowrap font-semibold text-slate-800">{value}</span>
        {bar !== undefined ? <ScaleBar value={bar} /> : null}
      </dd>
    </div>
  );
}

export function themeSignals(r: ThemeResult): { title: string; text: string }[] {
  const out: { title: string; text: string }[] = [];
  const add = (reason: keyof typeof REASON_LABELS) => out.push({ title: REASON_LABELS[reason], text: REASON_EXPLANATIONS[reason] });
  if (r.gap !== null && r.gap >= 1) add("schijninclusie");
  else if (r.gap !== null && r.gap >= 0.5) add("schijninclusie-let-op");
  else if (r.gap !== null && r.gap <= -0.5) {
    out.push({
      title: "Praktijk positiever dan verwacht",
      text: "In de praktijk gebeurt meer dan de antwoorden over houding doen vermoeden. Mooi om zichtbaar te maken.",
    });
  }
  if (r.unknownShare !== null && r.unknownShare >= 0.3) add("onbekendheid");
  if (r.spread !== null && r.spread >= 1.5) add("verschil-in-beeld");
  return out;
}

export function ThemeFigures({ result }: { result: ThemeResult | undefined }) {
  if (!result || result.score === null) {
    return <p className="text-slate-700">Voor dit thema zijn nog te weinig antwoorden om een score te geven.</p>;
  }
  const signals = themeSignals(result);
  const of5 = (x: number | null) => (x === null ? "–" : `${formatDecimal(x)} van 5`);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <dl className="space-y-2">
        <Figure label="Intentie (houding)" value={of5(result.intentie)} bar={result.intentie} />
        <Figure label="Praktijk (concreet)" value={of5(result.praktijk)} bar={result.praktijk} />
        {result.gap !== null ? <Figure label="Verschil intentie − praktijk" value={`${formatDecimal(result.gap)} punt`} /> : null}
        <Figure label="'Weet ik niet' bij de praktijk" value={formatPercent(result.unknownShare)} />
        {result.spread !== null ? <Figure label="Spreiding tussen respondenten" value={`${formatDecimal(result.spread)} punt`} /> : null}
        <Figure label="Respondenten met een score" value={String(result.respondents)} />
      </dl>
      {signals.length > 0 ? (
        <ul className="space-y-2">
          {signals.map((s) => (
            <li key={s.title} className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-3 text-sm">
              <p className="font-semibold text-slate-800">{s.title}</p>
              <p className="text-slate-700">{s.text}</p>
            </li>
          ))}
        </ul>
      ) : result.gap !== null ? (
        <p className="text-sm text-slate-700">Intentie en praktijk liggen dicht bij elkaar. Mooi om vast te houden.</p>
      ) : null}
    </div>
  );
}
