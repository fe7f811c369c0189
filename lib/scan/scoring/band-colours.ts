// Band colours for the web screens and the PDF alike. One calm blue/teal family ordered by lightness
// plus a warm sand for "ontwikkelpunt", which is also hatched: bands are never told apart by colour
// alone (every band is named in text), never red/green. Pure and client-safe.
import type { Band } from "./types";

/** Zone fills in charts and swatches, light to dark in the order of the scale; light enough for dark text on top (≥ 4.5:1). */
export const BAND_FILL: Record<Band, string> = {
  ontwikkelpunt: "#f4f1ea",
  "op weg": "#e6eef4",
  "stevige basis": "#d2e2ec",
  "sterk punt": "#bad3e2",
};

/** The band drawn with diagonal hatching as a second cue besides its name, and the hatching's colour. */
export const HATCHED_BAND: Band = "ontwikkelpunt";
export const HATCH_COLOR = "#d8cfbd";

export const isHatched = (band: Band | null): boolean => band === HATCHED_BAND;
