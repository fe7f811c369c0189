import { z } from "@/lib/zod";

// The shape of a worksheet (./texts.ts holds the four), and the route's input. Pure and client-safe.

export const WORKSHEET_KEYS = ["balanskaart", "terugvalpreventieplan", "kleurcode", "werkplekaanpassingen"] as const;
export type WorksheetKey = (typeof WORKSHEET_KEYS)[number];

export const WORKSHEET_FORMATS = ["pdf", "docx"] as const;
export type WorksheetFormat = (typeof WORKSHEET_FORMATS)[number];

/** Colours a row may carry beside its words (never instead of them). */
export const ROW_COLORS = ["groen", "oranje", "rood"] as const;

const sentence = z.string().trim().min(2).max(600);

/** What is filled in on paper: writing lines under a label, a table, boxes to tick, or a list to talk through. */
const fillSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("lines"), label: sentence, lines: z.number().int().min(1).max(6) }),
  z
    .object({
      kind: z.literal("table"),
      /** The header row; with rowLabels the first column heads those labels. */
      columns: z.array(sentence).min(2).max(4),
      /** Rows with a header cell of their own (the first column) … */
      rowLabels: z.array(sentence).min(1).max(8).optional(),
      /** … or this many empty rows. */
      emptyRows: z.number().int().min(1).max(10).optional(),
      /** Colours beside the row labels, one per label. */
      rowColors: z.array(z.enum(ROW_COLORS)).optional(),
      /** Writing lines per row (default 2). */
      lines: z.number().int().min(1).max(6).optional(),
    })
    .refine((t) => (t.rowLabels === undefined) !== (t.emptyRows === undefined), "Een tabel heeft rijkoppen of lege rijen.")
    .refine((t) => !t.rowColors || t.rowColors.length === t.rowLabels?.length, "Elke gekleurde rij heeft een rijkop met woorden."),
  z.object({ kind: z.literal("choices"), items: z.array(sentence).min(2).max(6) }),
  z.object({ kind: z.literal("list"), items: z.array(sentence).min(2).max(8) }),
]);
export type WorksheetFill = z.infer<typeof fillSchema>;

export const worksheetSchema = z.object({
  key: z.enum(WORKSHEET_KEYS),
  title: z.string().trim().min(3).max(60),
  /** What it is for and when to use it: one short paragraph. */
  purpose: sentence,
  /** "Zo vult u het in": 3 to 5 steps. */
  steps: z.array(sentence).min(3).max(5),
  parts: z
    .array(z.object({ title: sentence, intro: sentence.optional(), fill: z.array(fillSchema).min(1) }))
    .min(2)
    .max(8),
});
export type Worksheet = z.infer<typeof worksheetSchema>;

/** The download's path and query: an unknown key is the plain 404, a format other than pdf or docx a 400. */
export const worksheetPath = z.object({ key: z.enum(WORKSHEET_KEYS) });
export const worksheetQuery = z.object({
  formaat: z.enum(WORKSHEET_FORMATS, { message: "Kies pdf of docx als formaat." }).default("pdf"),
});
