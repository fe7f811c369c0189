// The preparation card of one session for the tandem, as plain data: the page and the PDF render the
// same model. Pure (no Prisma, no next/*), so it is tested directly.
import { formatDate, formatTime } from "@/lib/dates";
import { themeReasons } from "@/lib/scan/scoring/aandachtspunten";
import { reasonLabel, selfGapSignal } from "@/lib/scan/scoring/labels";
import type { Questionnaire, ScanResult } from "@/lib/scan/scoring/types";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";
import { SESSION_STATUS_LABEL } from "@/lib/sessions/labels";
import { formatDecimal } from "@/lib/format/number";

/** Divergent statements on the card: the conversation needs a few, not all. */
export const MAX_DIVERGENT = 6;

export interface PreparationInput {
  employerName: string;
  werkvloerName: string | null;
  motivation: string | null;
  expertQuestions: string | null;
  trainerName: string;
  expertNames: string[];
  session: {
    number: number;
    status: keyof typeof SESSION_STATUS_LABEL;
    scheduledAt: Date | null;
    endsAt: Date | null;
    mode: "IN_PERSON" | "ONLINE";
    location: string | null;
    onlineUrl: string | null;
    agenda: string;
  };
  attendees: { name: string; function: keyof typeof EMPLOYER_FUNCTION_LABEL; present: boolean | null }[];
  scan: { questionnaire: Questionnaire; result: ScanResult } | null;
  annotations: { themeKey: string | null; itemKey: string | null; body: string; visibility: string; authorName: string; own: boolean }[];
  guidelines: { do: string[]; dont: string[] };
}

/**
 * Every fixed word of the card, for the page and the PDF alike: the view model carries its words, so
 * the two never drift apart (as the report's model does).
 */
export const PREPARATION_TEXT = {
  forTandem: "Voor de tandem. Vertrouwelijk: de werkgever ziet deze kaart niet, stuur hem niet door.",
  agenda: "Agenda",
  attendees: "Deelnemers van de werkgever",
  noAttendees: "Nog niemand van de werkgever uitgenodigd.",
  absent: ", was er niet",
  motivation: "Waarom de werkgever meedoet",
  noMotivation: "Niet vastgelegd bij de intake.",
  expertQuestions: "Vragen van de werkgever aan de ervaringsdeskundige",
  noExpertQuestions: "Geen vragen vastgelegd. De trainer legt ze vast bij de gegevens van het traject.",
  scan: "Uit de scan",
  noScan: "Nog geen ingevulde scans.",
  aandachtspunten: "Aandachtspunten",
  schijninclusie: "Signaal van schijninclusie",
  divergent: "Stellingen die mensen verschillend zien",
  annotations: "Reflecties van de ervaringsdeskundige",
  noAnnotations: "Nog geen reflecties.",
  do: "Wel doen",
  dont: "Niet doen",
} as const;

const VISIBILITY = { PRIVATE: "alleen voor u", TANDEM: "gedeeld met de trainer", EMPLOYER: "gedeeld met de werkgever" } as const;

export function buildPreparationCard(input: PreparationInput) {
  const { session: s, scan } = input;
  const themeTitle = new Map(scan?.questionnaire.themes.map((t) => [t.key, t.title]) ?? []);
  const itemText = new Map(scan?.questionnaire.themes.flatMap((t) => t.items.map((i) => [i.key, i.text] as const)) ?? []);
  const when = s.scheduledAt
    ? `${formatDate(s.scheduledAt)}, ${formatTime(s.scheduledAt)}${s.endsAt ? `–${formatTime(s.endsAt)}` : ""}`
    : null;
  const where = s.mode === "ONLINE" ? (s.onlineUrl ? `Online: ${s.onlineUrl}` : "Online") : (s.location ?? null);
  return {
    title: `Voorbereiding bijeenkomst ${s.number}`,
    employerName: input.employerName,
    number: s.number,
    facts: [
      { label: "Werkgever", value: input.werkvloerName ? `${input.employerName}, ${input.werkvloerName}` : input.employerName },
      { label: "Wanneer", value: when ?? "Nog niet gepland" },
      { label: "Waar", value: where ?? "Nog niet bekend" },
      { label: "Status", value: SESSION_STATUS_LABEL[s.status] },
      {
        label: "Tandem",
        value: [input.trainerName, ...input.expertNames].join(" en ") + (input.expertNames.length ? "" : " (nog geen ervaringsdeskundige)"),
      },
    ],
    agenda: s.agenda
      .split("\n")
      .map((l) => l.replace(/^\s*[-•*\d.]+\s*/, "").trim())
      .filter(Boolean),
    attendees: input.attendees.map((a) => ({
      name: a.name,
      function: EMPLOYER_FUNCTION_LABEL[a.function],
      present: a.present,
    })),
    motivation: input.motivation?.trim() || null,
    expertQuestions: (input.expertQuestions ?? "")
      .split("\n")
      .map((q) => q.trim())
      .filter(Boolean),
    scan: scan && scan.result.respondents > 0 ? scanHighlights(scan.result, themeTitle, itemText) : null,
    annotations: input.annotations.map((a) => ({
      about: a.itemKey ? (itemText.get(a.itemKey) ?? a.itemKey) : a.themeKey ? (themeTitle.get(a.themeKey) ?? a.themeKey) : "Algemeen",
      body: a.body,
      /** "Van u, alleen voor u" */
      byline: [`Van ${a.own ? "u" : a.authorName}`, VISIBILITY[a.visibility as keyof typeof VISIBILITY]].filter(Boolean).join(", "),
    })),
    guidelines: input.guidelines,
    text: PREPARATION_TEXT,
  };
}

function scanHighlights(result: ScanResult, themeTitle: Map<string, string>, itemText: Map<string, string>) {
  const title = (key: string) => themeTitle.get(key) ?? key;
  return {
    respondents: result.respondents,
    respondentsText: `${result.respondents} ${result.respondents === 1 ? "respondent" : "respondenten"}`,
    overallGrade: formatDecimal(result.overallGrade),
    selfGrade: formatDecimal(result.selfGrade),
    selfSignal: selfGapSignal(result.selfGap),
    aandachtspunten: result.aandachtspunten.map((ap) => ({ theme: title(ap.theme), reasons: ap.reasons.map(reasonLabel) })),
    // the clear signal first; "let op" (a smaller gap) marked as such, as on the results page
    schijninclusie: [
      ...result.themes.filter((t) => themeReasons(t).includes("schijninclusie")).map((t) => title(t.key)),
      ...result.themes
        .filter((t) => themeReasons(t).includes("schijninclusie-let-op"))
        .map((t) => `${title(t.key)} (let op: kleiner verschil)`),
    ],
    divergent: result.divergentItems.slice(0, MAX_DIVERGENT).map((key) => itemText.get(key) ?? key),
  };
}

export type PreparationCard = ReturnType<typeof buildPreparationCard>;
