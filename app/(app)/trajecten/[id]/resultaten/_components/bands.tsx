// Band visuals for the results screens. Colours and hatching come from lib/scan/scoring/band-colours (shared with the
// PDF), names and ranges from lib/scan/scoring/bands; every band is always named in text.
import { BANDS, bandLabel } from "@/lib/scan/scoring/bands";
import type { Band } from "@/lib/scan/scoring/types";
import { isHatched } from "@/lib/scan/scoring/band-colours";
import { formatDecimal } from "@/lib/format/number";

/** A band's fill as a class of app/globals.css (the policy allows no style attribute; the colours are
 * BAND_FILL's, tests/unit/security-headers.test.ts keeps the two equal). */
export const BAND_CLASS: Record<Band | "none", string> = {
  ontwikkelpunt: "band-fill-ontwikkelpunt",
  "op weg": "band-fill-op-weg",
  "stevige basis": "band-fill-stevige-basis",
  "sterk punt": "band-fill-sterk-punt",
  none: "band-fill-none",
};

/** Grades show with a Dutch comma ("6,5"); an empty value reads "nog geen score". */
export const grade = (x: number | null) => formatDecimal(x, 1, "–");

/** A grade with its band in words, e.g. "6,5 · op weg". */
export function GradeBadge({ value, band, size = "md" }: { value: number | null; band: Band | null; size?: "md" | "lg" }) {
  return (
    <span
      className={`inline-flex items-baseline gap-1.5 rounded-full border border-slate-300 px-3 py-0.5 text-slate-800 ${BAND_CLASS[band ?? "none"]} ${size === "lg" ? "text-base" : "text-sm"}`}
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
            className={`inline-block h-4 w-6 rounded-sm border border-slate-400 ${BAND_CLASS[b.band]}${isHatched(b.band) ? " band-hatch" : ""}`}
          />
          <span>
            <span className="font-semibold">{b.label}</span>: {b.range}
          </span>
        </li>
      ))}
    </ul>
  );
}
