// The EPA-gedragscode part of the report model: clauses grouped in the order of docs/method.md#the-epa-gedragscode, the preamble
// first, a status line that never lets a concept pass for an adopted code, and for an adopted code the
// signature page. The code's own downloads (PDF, Word) use the same model.
import { formatDate, formatDateTime } from "@/lib/dates";
import { endSentence } from "@/lib/format/sentence";
import { GEDRAGSCODE_SECTIONS, PREAMBLE_SECTION } from "./sections";
import type { CodeDocumentModel, GedragscodeInput, GedragscodeModel, SignaturePageModel } from "./document-types";

/** What the code model is built from: the code and the titles of the questionnaire's themes. */
export interface CodeSource {
  gedragscode: GedragscodeInput | null;
  questionnaire: { themes: readonly { key: string; title: string }[] };
}

/** How many hex characters of the SHA-256 the documents show as the text's kenmerk: enough to tell versions apart. */
export const HASH_PREFIX_LENGTH = 16;

/**
 * The one sentence that says what a kenmerk is. The documents never say "hash" or a version number: the
 * code's version counts every edit (12 after a busy session), which reads as if there were 12 codes.
 */
export const KENMERK_EXPLANATION = "Het kenmerk is een controlegetal van deze tekst: verandert er één letter, dan verandert het kenmerk.";

const kenmerkOf = (hash: string) => hash.slice(0, HASH_PREFIX_LENGTH);

/**
 * The code's model; null without a code. `signatures: false` leaves the signature page out (a report
 * whose outcome is not the formal code).
 */
export function buildGedragscode({ gedragscode, questionnaire }: CodeSource, opts: { signatures?: boolean } = {}): GedragscodeModel | null {
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
    // the documents put the label before this line ("Concept. Deze gedragscode …"): it never repeats the label
    statusLine:
      [
        isConcept ? "Deze gedragscode is nog niet vastgesteld; de tekst kan nog veranderen." : null,
        !isConcept && adopted ? endSentence(`${adopted.charAt(0).toUpperCase()}${adopted.slice(1)}`) : null,
        gedragscode.contentHash ? `Kenmerk van deze tekst: ${kenmerkOf(gedragscode.contentHash)}. ${KENMERK_EXPLANATION}` : null,
      ]
        .filter(Boolean)
        .join(" ") || "Dit is de geldende tekst.",
    signatures: !isConcept && opts.signatures !== false ? signaturePage(gedragscode) : null,
    sections,
  };
}

/** The signatures on the content as it is now (all valid ones when the current hash is unknown), oldest first. */
function signaturePage(code: GedragscodeInput): SignaturePageModel | null {
  const current = code.contentHash ?? null;
  const valid = (code.signatures ?? [])
    .filter((s) => current === null || s.contentHash === current)
    .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime());
  if (valid.length === 0) return null;
  return {
    title: "Ondertekening",
    explanation:
      "Het kenmerk is een controlegetal van de ondertekende tekst: verandert er één letter, dan verandert het kenmerk. Zo ziet u dat iedereen precies deze tekst heeft ondertekend.",
    columns: { name: "Naam", function: "Functie", signedAt: "Ondertekend op", hash: "Kenmerk" },
    rows: valid.map((s) => ({
      name: s.name,
      function: s.function,
      signedAt: formatDateTime(s.signedAt),
      hash: kenmerkOf(s.contentHash),
    })),
  };
}

/** The code on its own, for its PDF and Word downloads; null without a code. */
export function buildCodeDocument(source: CodeSource & { employerName: string }): CodeDocumentModel | null {
  const code = buildGedragscode(source);
  if (!code) return null;
  const title = `EPA-gedragscode ${source.employerName}`;
  return {
    meta: {
      title,
      author: source.employerName,
      subject: `De EPA-gedragscode van ${source.employerName} (${code.statusLabel.toLowerCase()})`,
      keywords: "Weerbare Werkgever, EPA-gedragscode, mentale toegankelijkheid",
      lang: "nl-NL",
    },
    title,
    employerName: source.employerName,
    runningHeader: `Weerbare Werkgever · ${title}`,
    code,
  };
}
