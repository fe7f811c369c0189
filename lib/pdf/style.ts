// Visual constants of the report. A calm, colour-blind-safe palette: one blue/teal hue family ordered by
// lightness (readable in greyscale and for every kind of colour blindness) plus greys. Bands are never
// told apart by colour alone: every band carries its name, and "ontwikkelpunt" is also hatched.

export const PAGE = {
  width: 595.28, // A4 in points
  height: 841.89,
  marginX: 62,
  top: 78,
  bottom: 72,
} as const;

export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;
export const CONTENT_BOTTOM = PAGE.height - PAGE.bottom;

export const COLOR = {
  text: "#1f2933",
  muted: "#52606d",
  heading: "#1d3a5f",
  accent: "#1f6f8b",
  accentDark: "#17506a",
  rule: "#cfd8e3",
  panel: "#f2f6f9",
  panelStrong: "#e3edf4",
  white: "#ffffff",
  chartBar: "#1f6f8b",
  dontKnow: "#b8c2cc",
} as const;

/** A house colour as a Word file wants it ("52606D"): the Word exports use the PDFs' colours. */
export const wordColor = (hex: string): string => hex.slice(1).toUpperCase();

/** Answer values 1..5 as a sequential scale (light = "klopt helemaal niet", dark = "klopt helemaal"). */
export const ANSWER_FILL = ["#dde6ee", "#b3c8d8", "#7fa3bd", "#4a7b9d", "#1d4e6f"] as const;

export const SIZE = {
  body: 10,
  small: 8.5,
  tiny: 7.5,
  h1: 20,
  h2: 14,
  h3: 11,
  lineGap: 2.2,
} as const;
