import { formatDate, formatDateTime } from "@/lib/dates";
import type { TrajectStatusKey } from "@/lib/trajecten/labels";
import { trajectTaskMaker, type Task } from "./types";

// The experience expert's next steps per traject (issue 24): a request to answer, the results to read
// and annotate before session 1, the preparation card before a session, a look back after one, and
// the hours to claim. The expert decides how far they go: every "why" says what it is for, never that
// it must. Pure: expert.ts reads the facts.

export interface ExpertTrajectFacts {
  id: string;
  /** "Zorggroep De Linde – Afdeling Noord" */
  name: string;
  status: TrajectStatusKey;
  /** who asked (the traject's trainer) */
  trainerName: string;
  /** asked and not yet answered, or part of the tandem */
  assignment: "asked" | "accepted";
  sessions: { number: number; status: "PLANNED" | "HELD" | "CANCELLED"; scheduledAt: Date | null }[];
  /** notes this expert made on the results */
  annotations: number;
  /** held sessions without this expert's look back */
  debriefMissing: number[];
  /** held sessions without a claim of this expert */
  unclaimed: number[];
}

const DAY = 86_400_000;
/** The preparation card shows from two weeks before a session. */
const PREPARE_FROM_DAYS = 14;
/** A look back and the hours are asked for two months after a session; then no longer (both stay possible). */
const ASK_WITHIN_DAYS = 60;

/**
 * While the expert's own pause runs (ADR 037) only what they already agreed to shows: the preparation
 * card of a coming session. A request to answer, the results to read, a look back and the hours to
 * claim stay quiet (all still possible from the traject's pages) and return when the pause ends.
 */
export function expertTrajectTasks(t: ExpertTrajectFacts, now: Date, { selfPaused = false }: { selfPaused?: boolean } = {}): Task[] {
  const tasks = allExpertTrajectTasks(t, now);
  return selfPaused ? tasks.filter((task) => task.key.startsWith(`${t.id}:prepare-`)) : tasks;
}

function allExpertTrajectTasks(t: ExpertTrajectFacts, now: Date): Task[] {
  const page = `/trajecten/${t.id}`;
  const task = trajectTaskMaker(t);
  if (t.status === "CANCELLED") return [];
  if (t.assignment === "asked")
    return [
      task(
        "request",
        "Beantwoord het verzoek om mee te doen",
        `${t.trainerName} vraagt u voor de bijeenkomsten bij deze werkgever. U beslist zelf; een reden is nooit nodig.`,
        `/expert/verzoeken/${t.id}`,
      ),
    ];

  const tasks: Task[] = [];
  const session = (n: number) => t.sessions.find((s) => s.number === n && s.status !== "CANCELLED");
  const first = session(1);
  const beforeFirst = first?.status !== "HELD";
  if (t.status === "SCAN_CLOSED" && beforeFirst && t.annotations === 0)
    tasks.push(
      task(
        "annotate",
        "Lees de uitkomsten van de scan",
        `Zet er uw aantekeningen bij${first?.scheduledAt ? `, vóór bijeenkomst 1 op ${formatDate(first.scheduledAt)}` : ""}. U bepaalt zelf wat u deelt: met de trainer, met de werkgever of met niemand.`,
        `${page}/resultaten`,
        first?.scheduledAt ?? null,
      ),
    );

  // the coming session within two weeks: its preparation card
  const next = t.sessions
    .filter((s) => s.status === "PLANNED" && s.scheduledAt && s.scheduledAt.getTime() > now.getTime())
    .sort((a, b) => a.scheduledAt!.getTime() - b.scheduledAt!.getTime())[0];
  if (next?.scheduledAt && next.scheduledAt.getTime() - now.getTime() <= PREPARE_FROM_DAYS * DAY && t.status !== "SCAN_OPEN")
    tasks.push(
      task(
        `prepare-${next.number}`,
        `Bereid bijeenkomst ${next.number} voor`,
        `Bijeenkomst ${next.number} is op ${formatDateTime(next.scheduledAt)}. De voorbereidingskaart zet de uitkomsten, uw aantekeningen en de werkwijze op een rij.`,
        `${page}/bijeenkomsten/${next.number}/voorbereiding`,
        next.scheduledAt,
      ),
    );

  const recent = (n: number) => {
    const held = session(n)?.scheduledAt;
    return held !== undefined && held !== null && now.getTime() - held.getTime() <= ASK_WITHIN_DAYS * DAY;
  };
  for (const n of t.debriefMissing.filter(recent))
    tasks.push(
      task(
        `debrief-${n}`,
        `Schrijf uw terugblik op bijeenkomst ${n}`,
        "Wat ging goed, wat was lastig, hoeveel energie het kostte: uw energie ziet alleen u; de rest deelt u als u dat wilt.",
        `${page}/bijeenkomsten#terugblik`,
      ),
    );
  for (const n of t.unclaimed.filter(recent))
    tasks.push(
      task(
        `claim-${n}`,
        `Declareer uw uren voor bijeenkomst ${n}`,
        "U krijgt een vergoeding voor voorbereiding, de bijeenkomst en reistijd. Wilt u niets declareren, dan kunt u dit laten staan.",
        "/expert/vergoedingen",
      ),
    );
  return tasks;
}
