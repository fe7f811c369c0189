import { formatDate, formatDateTime } from "@/lib/dates";
import type { TrajectStatusKey } from "./labels";
import { isBeforeScanClose } from "./status";

// The traject by phase (issue 24, docs/decisions/023): the method's five phases, each done, now or
// later, with one to three short facts behind it. Derived from facts every time the page is read,
// never stored, so it cannot disagree with what happened. Pure and client-safe: every phase is
// tested without a database (tests/unit/traject-phases.test.ts); the facts are read by phase-facts.ts.

export const PHASE_KEYS = ["planning", "scan", "bijeenkomsten", "gedragscode", "opvolging"] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

export const PHASE_LABEL: Record<PhaseKey, string> = {
  planning: "Planning",
  scan: "Scan",
  bijeenkomsten: "Bijeenkomsten",
  gedragscode: "Gedragscode",
  opvolging: "Opvolging",
};

/** What each phase is for, in a sentence: for the trainer who does not know the method by heart. */
export const PHASE_PURPOSE: Record<PhaseKey, string> = {
  planning: "De gegevens van het traject, de data van de bijeenkomsten en een ervaringsdeskundige voor de tandem.",
  scan: "De sleutelpersonen vullen de bedrijfsscan in; daarna sluit u de scan en ziet de werkgever de uitkomsten.",
  bijeenkomsten: "De bijeenkomsten met de werkgever: voorbereiden, houden, aanwezigheid en terugblik.",
  gedragscode: "De afspraken uit bijeenkomst 2 worden de EPA-gedragscode, die de werkgever vaststelt en ondertekent.",
  opvolging: "Na de bijeenkomsten: de vervolgstappen, het vervolgmoment en eventueel een vervolgscan.",
};

export type PhaseState = "done" | "now" | "later";

export const PHASE_STATE_LABEL: Record<PhaseState, string> = {
  done: "Klaar",
  now: "Nu aan de beurt",
  later: "Later",
};

export interface PhaseFacts {
  status: TrajectStatusKey;
  plannedSessionCount: number;
  sessions: { number: number; status: "PLANNED" | "HELD" | "CANCELLED"; scheduledAt: Date | null }[];
  /** the experts asked or on board */
  experts: { name: string; status: "INVITED" | "ACCEPTED" }[];
  scan: {
    deadline: Date | null;
    closedAt: Date | null;
    /** the first scan round's counts; null where the viewer does not see the scan */
    counts: { invited: number; submitted: number } | null;
  };
  /** undefined where the viewer does not read the code; null when none is started */
  code?: { status: "CONCEPT" | "VASTGESTELD"; clauses: number; signers: number; signed: number; adoptedAt: Date | null } | null;
  closedAt: Date | null;
  followUpAt: Date | null;
}

export interface Phase {
  key: PhaseKey;
  label: string;
  state: PhaseState;
  /** 1–3 short facts ("7 van 9 ingevuld, sluit 4 januari 2027") */
  facts: string[];
}

const AFTER_SESSIONS: TrajectStatusKey[] = ["SESSION_2_DONE", "CLOSED"];

export function trajectPhases(f: PhaseFacts): Phase[] {
  const stopped = f.status === "CANCELLED";
  const closed = f.status === "CLOSED";
  const planned = f.sessions.filter((s) => s.number <= f.plannedSessionCount && s.status !== "CANCELLED");
  const phase = (key: PhaseKey, done: boolean, now: boolean, facts: (string | null)[]): Phase => ({
    key,
    label: PHASE_LABEL[key],
    // a stopped traject has nothing "now": what was not done stays for later, and will not come
    state: done ? "done" : now && !stopped ? "now" : "later",
    facts: facts.filter((x): x is string => x !== null).slice(0, 3),
  });

  // Planning: every session that takes place has a date, and an experience expert is on board
  const undated = planned.filter((s) => s.status === "PLANNED" && !s.scheduledAt).map((s) => s.number);
  const missing = Array.from({ length: f.plannedSessionCount }, (_, i) => i + 1).filter((n) => !f.sessions.some((s) => s.number === n));
  const noDate = [...undated, ...missing].sort((a, b) => a - b);
  const accepted = f.experts.filter((e) => e.status === "ACCEPTED");
  const asked = f.experts.filter((e) => e.status === "INVITED");
  const planningDone = closed || (noDate.length === 0 && accepted.length > 0);
  const planning = phase("planning", planningDone, true, [
    noDate.length === 0
      ? `${planned.length} ${planned.length === 1 ? "bijeenkomst" : "bijeenkomsten"} met een datum`
      : `Nog zonder datum: ${noDate.length === 1 ? "bijeenkomst" : "bijeenkomsten"} ${listNumbers(noDate)}`,
    accepted.length > 0
      ? `${names(accepted)} ${accepted.length === 1 ? "doet" : "doen"} mee als ervaringsdeskundige`
      : asked.length > 0
        ? `${names(asked)} is gevraagd als ervaringsdeskundige; nog geen antwoord`
        : "Nog geen ervaringsdeskundige gevraagd",
  ]);

  // Scan: open from the first invitation, done once closed
  const scanDone = !stopped && !isBeforeScanClose(f.status);
  const c = f.scan.counts;
  const scan = phase(
    "scan",
    scanDone || (stopped && f.scan.closedAt !== null),
    isBeforeScanClose(f.status),
    scanDone || f.scan.closedAt
      ? [f.scan.closedAt ? `Gesloten op ${formatDate(f.scan.closedAt)}` : "Gesloten", c ? `${c.submitted} van ${c.invited} ingevuld` : null]
      : f.status === "INTAKE" && (c === null || c.invited === 0)
        ? [c ? "Nog niemand uitgenodigd" : null, f.scan.deadline ? `Invullen vóór ${formatDate(f.scan.deadline)}` : null]
        : [
            c
              ? `${c.submitted} van ${c.invited} ingevuld${f.scan.deadline ? `, sluit ${formatDate(f.scan.deadline)}` : ""}`
              : f.scan.deadline
                ? `Sluit ${formatDate(f.scan.deadline)}`
                : "De scan loopt",
          ],
  );

  // Bijeenkomsten: after the scan closed, until every session that takes place is held
  const sessionsDone = closed || (planned.length > 0 && planned.every((s) => s.status === "HELD"));
  const bijeenkomsten = phase(
    "bijeenkomsten",
    sessionsDone,
    !isBeforeScanClose(f.status),
    f.sessions.filter((s) => s.number <= Math.max(f.plannedSessionCount, 1) || s.status === "HELD").map(sessionFact),
  );

  // Gedragscode: made in and after session 2, done once adopted (or the traject closed without one)
  const code = f.code;
  const codeAdopted = code?.status === "VASTGESTELD";
  const gedragscode = phase(
    "gedragscode",
    codeAdopted || closed,
    AFTER_SESSIONS.includes(f.status) || (code !== undefined && code !== null && code.clauses > 0),
    code === undefined
      ? []
      : code === null
        ? [closed ? "Afgerond zonder gedragscode" : "Nog niet begonnen"]
        : codeAdopted
          ? [`Vastgesteld op ${formatDate(code.adoptedAt)}`]
          : [
              `Concept met ${code.clauses} ${code.clauses === 1 ? "afspraak" : "afspraken"}`,
              code.signers > 0 ? `${code.signed} van ${code.signers} handtekeningen` : null,
            ],
  );

  // Opvolging: once the traject is closed, around the follow-up moment; it has no end of its own
  const opvolging = phase("opvolging", false, closed, [
    f.closedAt ? `Traject afgerond op ${formatDate(f.closedAt)}` : null,
    f.followUpAt ? `Vervolgmoment op ${formatDate(f.followUpAt)}` : null,
  ]);

  return [planning, scan, bijeenkomsten, gedragscode, opvolging];
}

function sessionFact(s: PhaseFacts["sessions"][number]): string {
  if (s.status === "CANCELLED") return `Bijeenkomst ${s.number} vervallen`;
  if (!s.scheduledAt) return `Bijeenkomst ${s.number}: nog geen datum`;
  if (s.status === "HELD") return `Bijeenkomst ${s.number} gehouden op ${formatDate(s.scheduledAt)}`;
  return `Bijeenkomst ${s.number} op ${formatDateTime(s.scheduledAt)}`;
}

const names = (people: { name: string }[]) => listWords(people.map((p) => p.name));
const listNumbers = (ns: number[]) => listWords(ns.map(String));

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} en ${words.at(-1)}`;
}
