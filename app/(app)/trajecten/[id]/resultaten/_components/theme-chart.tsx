// The theme grades as a server-rendered SVG bar chart (no chart library, no client JS), with the band
// zones as a subtle background, and the same figures as a real table right below it.
// Horizontal positions are percentages of the plot, so the chart stretches to any width while the
// text keeps its real pixel size (readable on a 390 px phone).
import { BAND_EDGES, BANDS, bandLabel } from "@/lib/scan/scoring/bands";
import type { Band, QuestionnaireTheme, ThemeResult } from "@/lib/scan/scoring/types";
import { BAND_FILL, HATCH_COLOR, isHatched } from "@/lib/scan/scoring/band-colours";
import { BandLegend, grade } from "./bands";
import { TableRegion } from "@/components/ui/table";
import { tdClass, thClass } from "./results-table";

const ROW = 50;
const TOP = 6;
const AXIS = 26;
const PLOT_WIDTH = 86; // % of the chart; the rest leaves room for the grade after a bar near 10
const INK = "#1e293b";
const BAR = "#185a56";

/** Position of a grade (1–10) in % of the plot width. */
const pct = (g: number) => (Math.min(10, Math.max(1, g)) - 1) * (100 / 9);

export interface ChartRow {
  key: string;
  title: string;
  shortTitle: string;
  grade: number | null;
  band: Band | null;
  respondents: number;
}

export function chartRows(themes: QuestionnaireTheme[], results: ThemeResult[]): ChartRow[] {
  const byKey = new Map(results.map((r) => [r.key, r]));
  return themes.map((t) => {
    const r = byKey.get(t.key);
    return {
      key: t.key,
      title: t.title,
      shortTitle: t.shortTitle ?? t.title,
      grade: r?.grade ?? null,
      band: r?.band ?? null,
      respondents: r?.respondents ?? 0,
    };
  });
}

export function ThemeChart({ rows }: { rows: ChartRow[] }) {
  const height = TOP + rows.length * ROW + AXIS;
  const plotBottom = TOP + rows.length * ROW;
  const summary = rows
    .map((r) => `${r.title}: ${r.grade === null ? bandLabel(null) : `${grade(r.grade)}, ${bandLabel(r.band)}`}`)
    .join("; ");
  return (
    <div className="space-y-4">
      <svg width="100%" height={height} role="img" aria-labelledby="themagrafiek-titel themagrafiek-uitleg" className="block">
        <title id="themagrafiek-titel">Rapportcijfer per thema</title>
        <desc id="themagrafiek-uitleg">
          {`Staafdiagram op een schaal van 1 tot 10, met de vlakken ${BANDS.map((b) => `${b.label.toLowerCase()} (${b.range})`).join(", ")}. ${summary}.`}
        </desc>
        <defs>
          <pattern id="themagrafiek-arcering" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke={HATCH_COLOR} strokeWidth="1.5" />
          </pattern>
        </defs>
        <svg x="0" y="0" width={`${PLOT_WIDTH}%`} height={height} overflow="visible">
          {BANDS.map((b) => (
            <g key={b.band}>
              <rect
                x={`${pct(b.from)}%`}
                y={TOP}
                width={`${pct(b.to) - pct(b.from)}%`}
                height={plotBottom - TOP}
                fill={BAND_FILL[b.band]}
              />
              {isHatched(b.band) ? (
                <rect x="0" y={TOP} width={`${pct(b.to)}%`} height={plotBottom - TOP} fill="url(#themagrafiek-arcering)" />
              ) : null}
            </g>
          ))}
          {BAND_EDGES.map((edge) => (
            <line
              key={edge}
              x1={`${pct(edge)}%`}
              x2={`${pct(edge)}%`}
              y1={TOP}
              y2={plotBottom}
              stroke="#64748b"
              strokeWidth="1"
              strokeDasharray="3 3"
            />
          ))}
          {rows.map((r, i) => {
            const y = TOP + i * ROW;
            return (
              <g key={r.key}>
                <text x="4" y={y + 16} fontSize="13" fill={INK} stroke="#ffffff" strokeWidth="3" strokeLinejoin="round" paintOrder="stroke">
                  {r.shortTitle}
                  <tspan fill="#334155">{` · ${bandLabel(r.band)}`}</tspan>
                </text>
                {r.grade === null ? null : (
                  <>
                    <rect x="0" y={y + 22} width={`${pct(r.grade)}%`} height="18" rx="2" fill={BAR} />
                    <text
                      x={`${pct(r.grade)}%`}
                      dx="6"
                      y={y + 36}
                      fontSize="14"
                      fontWeight="700"
                      fill={INK}
                      stroke="#ffffff"
                      strokeWidth="3"
                      strokeLinejoin="round"
                      paintOrder="stroke"
                    >
                      {grade(r.grade)}
                    </text>
                  </>
                )}
              </g>
            );
          })}
          <line x1="0" x2="100%" y1={plotBottom} y2={plotBottom} stroke="#475569" strokeWidth="1" />
          {Array.from({ length: 10 }, (_, i) => i + 1).map((g) => (
            <text key={g} x={`${pct(g)}%`} y={plotBottom + 18} fontSize="12" fill="#334155" textAnchor={g === 1 ? "start" : "middle"}>
              {g}
            </text>
          ))}
        </svg>
      </svg>
      <BandLegend />
      <details className="rounded-lg border border-slate-200 bg-white p-3">
        <summary className="cursor-pointer font-semibold text-brand-800">Toon als tabel</summary>
        <TableRegion label="Tabel: rapportcijfer per thema">
          <table className="mt-3 w-full min-w-[28rem] text-sm">
            <caption className="mb-2 text-left text-slate-700">Rapportcijfer per thema (schaal 1 tot 10)</caption>
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className={thClass}>
                  Thema
                </th>
                <th scope="col" className={thClass}>
                  Rapportcijfer
                </th>
                <th scope="col" className={thClass}>
                  Betekenis
                </th>
                <th scope="col" className={thClass}>
                  Respondenten
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-b border-slate-100">
                  <th scope="row" className={`${tdClass} text-left font-normal`}>
                    {r.title}
                  </th>
                  <td className={tdClass}>{grade(r.grade)}</td>
                  <td className={tdClass}>{bandLabel(r.band)}</td>
                  <td className={tdClass}>{r.respondents}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </details>
    </div>
  );
}
