// Band visuals for the results screens. Colours and hatching come from lib/scan/scoring/band-colours (shared with the
// PDF), names and ranges from lib/scan/scoring/bands; every band is always named in text.
import { BANDS, bandLabel } from "@/lib/scan/scoring/bands";
import type { Band } from "@/lib/scan/scoring/types";
import { BAND_FILL, HATCH_COLOR, isHatched } from "@/lib/scan/scoring/band-colours";
import { formatDecimal } from "@/lib/format/number";

/** Grades show with a Dutch comma ("6,5"); an empty value reads "nog geen score". */
export const grade = (x: number | null) => formatDecimal(x, 1, "–");

/** A grade with its band in words, e.g. "6,5 · op weg". */
export function GradeBadge({ value, band, size = "md" }: { value: number | null; band: Band | null; size?: "md" | "lg" }) {
  const fill = band ? BAND_FILL[band] : "#f1f5f9";
  return (
    <span
      className={`inline-flex items-baseline gap-1.5 rounded-full border border-slate-300 px-3 py-0.5 text-slate-800 ${size === "lg" ? "text-base" : "text-sm"}`}
      style={{ backgroundColor: fill }}
    >
      {value === null ? (
        <span>{bandLabel(null)}</span>
      ) : (
        <>
          <span className="font-bold">{grade(value)}</span>
          <span aria-hidden="true">·</span>
          <span>{bandLabel(band)}</span>
        </>
      )}
    </span>
  );
}

/** The legend of the four bands: swatch (decorative), name and range in text. */
export function BandLegend() {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-slate-700" aria-label="Betekenis van de achtergrondvlakken">
      {BANDS.map((b) => (
        <li key={b.band} className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="inline-block h-4 w-6 rounded-sm border border-slate-400"
            style={{
              backgroundColor: BAND_FILL[b.band],
              backgroundImage: isHatched(b.band)
                ? `repeating-linear-gradient(45deg, transparent 0 3px, ${HATCH_COLOR} 3px 4px)`
                : undefined,
            }}
          />
          <span>
            <span className="font-semibold">{b.label}</span>: {b.range}
          </span>
        </li>
      ))}
    </ul>
  );
}
