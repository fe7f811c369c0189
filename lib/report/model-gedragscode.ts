// The EPA-gedragscode part of the report model: clauses grouped in the order of docs/method.md#the-epa-gedragscode, the preamble
// first, and a status line that never lets a concept pass for an adopted code.
import { formatDate } from "@/lib/dates";
import { GEDRAGSCODE_SECTIONS, PREAMBLE_SECTION } from "@/lib/gedragscode/sections";
import type { GedragscodeModel, ReportInput } from "./types";

export function buildGedragscode({ gedragscode, questionnaire }: ReportInput): GedragscodeModel | null {
  if (!gedragscode) return null;
  const isConcept = gedragscode.status !== "VASTGESTELD";
  const themeTitle = (key: string | null) => (key ? (questionnaire.themes.find((t) => t.key === key)?.title ?? null) : null);
  const known = new Set<string>(GEDRAGSCODE_SECTIONS.map((s) => s.key));
  const preamble = gedragscode.preamble?.trim() || null;
  const groups = [
    ...GEDRAGSCODE_SECTIONS.map((s) => ({ key: s.key, title: s.title })),
    { key: "OVERIG" as const, title: "Overige afspraken" },
  ];
  const sections = groups
    .map((g) => ({
      ...g,
      // the preamble text opens the "Preambule" section, before any clauses typed as preamble
      intro: g.key === PREAMBLE_SECTION.key ? preamble : null,
      clauses: gedragscode.clauses
        .filter((c) => (g.key === "OVERIG" ? !known.has(c.section) : c.section === g.key))
        .map((c) => ({
          title: c.title,
          body: c.body,
          details: [
            themeTitle(c.themeKey) ? `Hoort bij thema: ${themeTitle(c.themeKey)}` : null,
            c.owner ? `Eigenaar: ${c.owner}` : null,
            c.startDate ? `Start: ${formatDate(c.startDate)}` : null,
          ].filter((d): d is string => d !== null),
        })),
    }))
    .filter((g) => g.intro !== null || g.clauses.length > 0);
  const adopted = [
    gedragscode.adoptedAt ? `op ${formatDate(gedragscode.adoptedAt)}` : null,
    gedragscode.adoptedBy ? `door ${gedragscode.adoptedBy}` : null,
  ]
    .filter(Boolean)
    .join(" ");
  return {
    isConcept,
    statusLabel: isConcept ? "Concept" : "Vastgesteld",
    statusLine: isConcept
      ? `Concept, versie ${gedragscode.version}. Deze gedragscode is nog niet vastgesteld; de tekst kan nog veranderen.`
      : `Vastgesteld${adopted ? ` ${adopted}` : ""}. Versie ${gedragscode.version}.`,
    sections,
  };
}
