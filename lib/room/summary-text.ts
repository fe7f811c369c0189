// The words of the session summary, shared by the mail's text and the page (components/room/summary-view.tsx),
// so the two never tell a different story. Pure and client-safe.
import { formatDate } from "@/lib/dates";
import { endSentence, inBrackets, withInBrackets } from "@/lib/format/sentence";
import type { SessionSummary, SummaryAfspraak } from "./summary-model";

/** The summary's parts, in the order the issue lists them; the page's headings and the mail's blocks. */
export const SUMMARY_HEADINGS = {
  people: "Wie er waren",
  priorities: "Wat de groep het belangrijkst vond",
  afspraken: "De afspraken",
  steps: "Volgende stappen",
  code: "De gedragscode zoals hij nu is",
  next: "Hoe het verder gaat",
} as const;

const date = (value: string | null) => (value ? formatDate(new Date(value)) : null);

export const summaryTitle = (s: SessionSummary) => `Samenvatting van bijeenkomst ${s.sessionNumber}`;

/** "Gehouden op 3 maart 2027; afgerond door Sanne de Vries op 3 maart 2027." */
export function summaryByline(s: SessionSummary): string {
  const done = `afgerond door ${s.summarisedByName} op ${date(s.summarisedAt)}.`;
  return s.heldAt ? `Gehouden op ${date(s.heldAt)}; ${done}` : `A${done.slice(1)}`;
}

/** Everyone who was there, one line each: the list's people with their function, the tandem, named phones. */
export function peopleLines(s: SessionSummary): string[] {
  return [
    ...s.people.attendees.map((a) => withInBrackets(a.name, a.functionLabel)),
    ...s.people.tandem.map((t) => withInBrackets(t.name, t.roleLabel)),
    ...s.people.named,
  ];
}

/** The anonymous phones as a count; null without any. */
export const anonymousLine = (s: SessionSummary) =>
  s.people.anonymous === 0
    ? null
    : s.people.anonymous === 1
      ? "En 1 persoon die anoniem meedeed via de telefoon."
      : `En ${s.people.anonymous} mensen die anoniem meededen via hun telefoon.`;

export const votesLabel = (n: number) => (n === 1 ? "1 stem" : `${n} stemmen`);

/** Under a priority list: how many voted, or that nobody did. */
export const votersLine = (p: SessionSummary["priorities"][number]) =>
  p.rows.length === 0
    ? `Er is niet gestemd op de ${p.kind === "PUNTEN" ? "aandachtspunten" : "voorgestelde afspraken"}.`
    : p.voters === 1
      ? "1 persoon stemde."
      : `${p.voters} mensen stemden.`;

/** "Eigenaar: HR · Start: 1 april 2027"; null when neither is known. */
export const afspraakDetails = (a: SummaryAfspraak) =>
  [a.owner ? `Eigenaar: ${a.owner}` : null, a.startDate ? `Start: ${date(a.startDate)}` : null].filter(Boolean).join(" · ") || null;

export const NO_AFSPRAKEN = "Er staan nog geen afspraken in de gedragscode.";
export const NO_STEPS = "Er zijn nog geen volgende stappen vastgelegd.";

export const stepDetails = (step: SessionSummary["nextSteps"][number]) =>
  [step.owner ? `Wie: ${step.owner}` : null, step.dueDate ? `Wanneer: ${date(step.dueDate)}` : null].filter(Boolean).join(" · ") || null;

/** The code's status as the PDF shows it: concept or adopted, and the kenmerk to match the PDF with. */
export function codeStatusLine(s: SessionSummary): string {
  if (!s.code) return "Er is nog geen gedragscode.";
  const kenmerk = s.code.kenmerk ? ` Kenmerk van deze tekst: ${s.code.kenmerk}.` : "";
  return s.code.status === "VASTGESTELD"
    ? `Vastgesteld.${kenmerk}`
    : `Concept: de gedragscode is nog niet vastgesteld en de tekst kan nog veranderen.${kenmerk}`;
}

/** Signing and the follow-up moment, one sentence each. */
export function nextLines(s: SessionSummary): string[] {
  const signing = s.next.adoptedAt
    ? `De gedragscode is vastgesteld op ${date(s.next.adoptedAt)}.`
    : s.next.signers.length === 0
      ? "Wie er namens de werkgever tekent, spreken we nog af. Daarna wordt de gedragscode ondertekend en vastgesteld."
      : endSentence(
          `Daarna tekenen namens de werkgever: ${s.next.signers
            .map((p) => `${p.name} ${inBrackets(p.functionLabel).replace(/\)$/, p.signed ? ", heeft getekend)" : ")")}`)
            .join(", ")}`,
        );
  const followUp = s.next.followUpAt
    ? `Op ${date(s.next.followUpAt)} kijken we samen hoe het gaat met de afspraken.`
    : "Het moment om samen terug te kijken hoe het gaat, wordt nog gepland.";
  return [signing, followUp];
}

const block = (heading: string, lines: (string | null)[]) => [heading.toUpperCase(), ...lines.filter((l): l is string => l !== null), ""];

const afspraakLines = (a: SummaryAfspraak) => [
  `- ${a.title}`,
  ...a.body.split("\n").map((l) => `  ${l}`),
  afspraakDetails(a) ? `  ${afspraakDetails(a)}` : null,
];

/** The summary as plain text, for the mail (lib/mail/templates.ts puts a greeting around it). */
export function summaryAsText(s: SessionSummary): string {
  const code = s.code;
  const afspraken =
    !code || (code.uitgangspunten.length === 0 && code.sections.length === 0)
      ? [NO_AFSPRAKEN]
      : [
          ...(code.uitgangspunten.length > 0 ? ["Uitgangspunten", ...code.uitgangspunten.flatMap(afspraakLines), ""] : []),
          ...code.sections.flatMap((sec) => [sec.title, ...sec.afspraken.flatMap(afspraakLines), ""]),
        ];
  return [
    ...block(SUMMARY_HEADINGS.people, [...peopleLines(s).map((l) => `- ${l}`), anonymousLine(s)]),
    ...block(
      SUMMARY_HEADINGS.priorities,
      s.priorities.flatMap((p) => [`${p.title}:`, ...p.rows.map((r, i) => `${i + 1}. ${r.title} (${votesLabel(r.votes)})`), votersLine(p)]),
    ),
    ...block(SUMMARY_HEADINGS.afspraken, afspraken[afspraken.length - 1] === "" ? afspraken.slice(0, -1) : afspraken),
    ...block(
      SUMMARY_HEADINGS.steps,
      s.nextSteps.length === 0
        ? [NO_STEPS]
        : s.nextSteps.flatMap((st) => [`- ${st.text}`, stepDetails(st) ? `  ${stepDetails(st)}` : null]),
    ),
    ...block(SUMMARY_HEADINGS.code, [codeStatusLine(s)]),
    ...block(SUMMARY_HEADINGS.next, nextLines(s)),
  ]
    .join("\n")
    .trimEnd();
}
