// Which worksheets support an oplossingsrichting, an afspraak of the code or a next step. Pure and
// client-safe. The mapping is bundled content beside the worksheets (docs/decisions/027-worksheets.md):
// - an oplossingsrichting of the bundled library: SOLUTION_WORKSHEETS (an entry the admin made has none);
// - an afspraak: its oplossingsrichting's worksheets; else the worksheets its words name; else its
//   section's (SECTION_WORKSHEETS);
// - a next step: the worksheets its words name.
import { WORKSHEET_KEYS, type WorksheetFormat, type WorksheetKey } from "./schema";
import { WORKSHEETS } from "./texts";

/** The bundled oplossingsrichtingen (prisma/data/oplossingsrichtingen.json) a worksheet supports. */
export const SOLUTION_WORKSHEETS: Readonly<Record<string, readonly WorksheetKey[]>> = {
  "OR-02": ["balanskaart"], // Balanskaart
  "OR-03": ["terugvalpreventieplan"], // Terugvalpreventieplan
  "OR-04": ["kleurcode"], // Kleurcodesysteem
  "OR-05": ["kleurcode", "terugvalpreventieplan"], // 'Code rood'-afspraak
  "OR-06": ["kleurcode"], // Incheckmomenten
  "OR-22": ["werkplekaanpassingen", "balanskaart"], // Geleidelijke opbouw en flexibele uren
  "OR-23": ["werkplekaanpassingen"], // Werkplekaanpassingen
  "OR-26": ["werkplekaanpassingen"], // Passende functie in eigen tempo
  "OR-27": ["werkplekaanpassingen"], // Jobcarving / jobrotation
  "OR-38": ["terugvalpreventieplan"], // Driegesprek met deskundige
  "OR-39": ["terugvalpreventieplan", "werkplekaanpassingen"], // Actieve rol leidinggevende in plan van aanpak
  "OR-42": ["werkplekaanpassingen"], // Extra leiding en aangepaste productienorm
  "OR-57": ["balanskaart"], // Grenzen werk–privé en rustmomenten
};

/** The code's sections (lib/gedragscode/sections.ts) whose afspraken a worksheet helps to carry out. */
export const SECTION_WORKSHEETS: Readonly<Record<string, readonly WorksheetKey[]>> = {
  AFSPRAKEN_PER_ROL: ["balanskaart", "kleurcode"],
  VOORZIENINGEN: ["werkplekaanpassingen"],
  SIGNALEREN_TERUGVAL: ["terugvalpreventieplan", "kleurcode"],
};

/** Words in an afspraak or a step that name a worksheet's instrument. */
const NAMED: readonly (readonly [WorksheetKey, RegExp])[] = [
  ["balanskaart", /balanskaart|energiebalans/i],
  ["terugvalpreventieplan", /terugval/i],
  ["kleurcode", /kleurcode|kleurensignaal|code rood|incheck|check-in/i],
  ["werkplekaanpassingen", /aanpassing/i],
];

const ordered = (keys: Iterable<WorksheetKey>): WorksheetKey[] => {
  const set = new Set(keys);
  return WORKSHEET_KEYS.filter((k) => set.has(k));
};

export const worksheetsForSolution = (solutionKey: string | null | undefined): WorksheetKey[] =>
  solutionKey && Object.hasOwn(SOLUTION_WORKSHEETS, solutionKey) ? ordered(SOLUTION_WORKSHEETS[solutionKey] ?? []) : [];

/** The worksheets whose instrument the text names ("Terugvalpreventieplan bespreken met Piet"). */
export const worksheetsNamedIn = (text: string): WorksheetKey[] => ordered(NAMED.filter(([, p]) => p.test(text)).map(([k]) => k));

/** An afspraak's worksheets: its oplossingsrichting's, else those its words name, else its section's. */
export function worksheetsForClause(clause: { section: string; solutionKey?: string | null; title: string; body: string }): WorksheetKey[] {
  const fromSolution = worksheetsForSolution(clause.solutionKey);
  if (fromSolution.length > 0) return fromSolution;
  const named = worksheetsNamedIn(`${clause.title}\n${clause.body}`);
  if (named.length > 0) return named;
  return Object.hasOwn(SECTION_WORKSHEETS, clause.section) ? ordered(SECTION_WORKSHEETS[clause.section] ?? []) : [];
}

export interface WorksheetLink {
  key: WorksheetKey;
  title: string;
  pdf: string;
  docx: string;
}

export const worksheetHref = (key: WorksheetKey, format: WorksheetFormat) => `/api/werkbladen/${key}?formaat=${format}`;

/** What a page needs to show a worksheet's two downloads. */
export const worksheetLinks = (keys: readonly WorksheetKey[]): WorksheetLink[] =>
  ordered(keys).map((key) => ({
    key,
    title: WORKSHEETS.find((w) => w.key === key)?.title ?? key,
    pdf: worksheetHref(key, "pdf"),
    docx: worksheetHref(key, "docx"),
  }));
