// The summary of session 2 (issue 26 item 6, ADR 032): from plain facts to plain, JSON-safe data, stored
// on the room as it was mailed and rendered by the mail's text (./summary-text.ts) and
// components/room/summary-view.tsx. Pure and client-safe. Cards that became no afspraak are not in it:
// they stay for the tandem (./summary.ts).
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";
import { GEDRAGSCODE_SECTIONS } from "@/lib/gedragscode/sections";

type FunctionKey = keyof typeof EMPLOYER_FUNCTION_LABEL;

export interface SummaryInput {
  employerName: string;
  session: { number: number; scheduledAt: Date | null };
  summarisedAt: Date;
  summarisedByName: string;
  /** The session's attendee list (key persons); present: as recorded (null: not recorded) */
  attendees: { attendeeId: string; keyPersonId: string; name: string; function: FunctionKey; present: boolean | null }[];
  tandem: { name: string; role: "trainer" | "expert" }[];
  /** Who joined from a phone: attendeeId when they picked themselves from the list */
  participants: { name: string; attendeeId: string | null; anonymous: boolean }[];
  /** The totals as voteTotals gives them (lib/room/votes.ts): highest first, never per person */
  votes: Record<"PUNTEN" | "AFSPRAKEN", { rows: { title: string; votes: number }[]; voters: number }>;
  code: {
    status: "CONCEPT" | "VASTGESTELD";
    version: number;
    hash: string | null;
    adoptedAt: Date | null;
    clauses: { section: string; title: string; body: string; owner: string | null; startDate: Date | null }[];
  } | null;
  nextSteps: { text: string; owner: string | null; dueDate: Date | null }[];
  /** The stored signer list; signed: a valid signature on the text as it is now */
  signers: { keyPersonId: string; name: string; function: FunctionKey; signed: boolean }[];
  followUpAt: Date | null;
}

/**
 * A key person's name as the summary keeps it: with their id, so removing the key person removes the
 * name from every stored summary (lib/employers/key-person-names.ts looks for `keyPersonId`).
 */
export interface SummaryKeyPerson {
  keyPersonId: string;
  name: string;
  functionLabel: string;
}

export interface SummaryAfspraak {
  title: string;
  body: string;
  owner: string | null;
  /** ISO instant */
  startDate: string | null;
}

export interface SessionSummary {
  kind: "sessionSummary";
  version: 1;
  employerName: string;
  sessionNumber: number;
  /** ISO instants */
  heldAt: string | null;
  summarisedAt: string;
  summarisedByName: string;
  people: {
    attendees: SummaryKeyPerson[];
    tandem: { name: string; roleLabel: string }[];
    /** Phone participants who chose to show a name and are not on the list */
    named: string[];
    /** Phone participants who stayed anonymous */
    anonymous: number;
  };
  priorities: { title: string; kind: "PUNTEN" | "AFSPRAKEN"; rows: { title: string; votes: number }[]; voters: number }[];
  code: {
    status: "CONCEPT" | "VASTGESTELD";
    statusLabel: string;
    version: number;
    /** The kenmerk the PDF shows (the first characters of the text's SHA-256) */
    kenmerk: string | null;
    uitgangspunten: SummaryAfspraak[];
    sections: { title: string; afspraken: SummaryAfspraak[] }[];
  } | null;
  nextSteps: { text: string; owner: string | null; dueDate: string | null }[];
  next: {
    /** ISO instant of adoption; null while it is a concept */
    adoptedAt: string | null;
    /** Who must sign (the stored list); empty: nobody chosen yet */
    signers: (SummaryKeyPerson & { signed: boolean })[];
    /** ISO instant; null: wordt nog gepland */
    followUpAt: string | null;
  };
}

const KENMERK_LENGTH = 16;
const TANDEM_LABEL = { trainer: "trainer", expert: "ervaringsdeskundige" } as const;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const same = (a: string, b: string) => a.trim().toLocaleLowerCase("nl") === b.trim().toLocaleLowerCase("nl");

const toAfspraak = (c: { title: string; body: string; owner: string | null; startDate: Date | null }): SummaryAfspraak => ({
  title: c.title,
  body: c.body,
  owner: c.owner?.trim() || null,
  startDate: iso(c.startDate),
});

function whoWasThere(input: SummaryInput): SessionSummary["people"] {
  const onPhone = new Set(input.participants.flatMap((p) => (p.attendeeId ? [p.attendeeId] : [])));
  // on the list and not marked absent, or there by their own phone
  const attendees = input.attendees
    .filter((a) => a.present !== false || onPhone.has(a.attendeeId))
    .map((a) => ({ keyPersonId: a.keyPersonId, name: a.name, functionLabel: EMPLOYER_FUNCTION_LABEL[a.function] }));
  const known = [...attendees.map((a) => a.name), ...input.tandem.map((t) => t.name)];
  const named: string[] = [];
  let anonymous = 0;
  for (const p of input.participants) {
    if (p.attendeeId && input.attendees.some((a) => a.attendeeId === p.attendeeId)) continue;
    if (p.anonymous) anonymous += 1;
    // someone who typed their own name rather than picking it from the list is named once
    else if (![...known, ...named].some((n) => same(n, p.name))) named.push(p.name.trim());
  }
  return {
    attendees,
    tandem: input.tandem.map((t) => ({ name: t.name, roleLabel: TANDEM_LABEL[t.role] })),
    named,
    anonymous,
  };
}

function codeOf(code: SummaryInput["code"]): SessionSummary["code"] {
  if (!code) return null;
  const afsprakenSections = GEDRAGSCODE_SECTIONS.filter((s) => s.key !== "PREAMBULE" && s.key !== "UITGANGSPUNTEN");
  const known = new Set<string>(GEDRAGSCODE_SECTIONS.map((s) => s.key));
  const sections = [
    ...afsprakenSections.map((s) => ({ title: s.title as string, afspraken: code.clauses.filter((c) => c.section === s.key) })),
    { title: "Overige afspraken", afspraken: code.clauses.filter((c) => !known.has(c.section)) },
  ]
    .filter((s) => s.afspraken.length > 0)
    .map((s) => ({ title: s.title, afspraken: s.afspraken.map(toAfspraak) }));
  return {
    status: code.status,
    statusLabel: code.status === "VASTGESTELD" ? "Vastgesteld" : "Concept",
    version: code.version,
    kenmerk: code.hash ? code.hash.slice(0, KENMERK_LENGTH) : null,
    uitgangspunten: code.clauses.filter((c) => c.section === "UITGANGSPUNTEN").map(toAfspraak),
    sections,
  };
}

export function buildSessionSummary(input: SummaryInput): SessionSummary {
  return {
    kind: "sessionSummary",
    version: 1,
    employerName: input.employerName,
    sessionNumber: input.session.number,
    heldAt: iso(input.session.scheduledAt),
    summarisedAt: input.summarisedAt.toISOString(),
    summarisedByName: input.summarisedByName,
    people: whoWasThere(input),
    priorities: (
      [
        ["PUNTEN", "Aandachtspunten"],
        ["AFSPRAKEN", "Voorgestelde afspraken"],
      ] as const
    ).map(([kind, title]) => ({
      kind,
      title,
      // only what got votes, as totals: never who voted what
      rows: input.votes[kind].rows.filter((r) => r.votes > 0).map((r) => ({ title: r.title, votes: r.votes })),
      voters: input.votes[kind].voters,
    })),
    code: codeOf(input.code),
    nextSteps: input.nextSteps.map((s) => ({ text: s.text, owner: s.owner?.trim() || null, dueDate: iso(s.dueDate) })),
    next: {
      adoptedAt: input.code?.status === "VASTGESTELD" ? iso(input.code.adoptedAt) : null,
      signers: input.signers.map((s) => ({
        keyPersonId: s.keyPersonId,
        name: s.name,
        functionLabel: EMPLOYER_FUNCTION_LABEL[s.function],
        signed: s.signed,
      })),
      followUpAt: iso(input.followUpAt),
    },
  };
}

/** A stored summary read back (Prisma's Json): null for anything that is not one. */
export function readSessionSummary(value: unknown): SessionSummary | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Partial<SessionSummary>;
  return v.kind === "sessionSummary" && v.version === 1 ? (v as SessionSummary) : null;
}
