import { formatDate, formatDateTime } from "@/lib/dates";
import type { TrajectStatusKey } from "@/lib/trajecten/labels";
import { trajectTaskMaker, type Task } from "./types";

// The trainer's next step per traject, in the method's order (docs/method.md): plan the sessions and
// ask an expert, invite the key people, follow and close the scan, prepare and hold session 1, look
// back, prepare session 2 (the code), the signatures, close, the follow-up moment. Pure: the facts are
// read by trainer.ts, so every phase is tested here without a database.

export interface TrainerTrajectFacts {
  id: string;
  /** "Zorggroep De Linde – Afdeling Noord" (lib/format/traject-name.ts) */
  name: string;
  status: TrajectStatusKey;
  plannedSessionCount: number;
  sessions: {
    number: number;
    status: "PLANNED" | "HELD" | "CANCELLED";
    scheduledAt: Date | null;
    /** invited attendees whose presence is not recorded yet */
    presenceOpen: number;
  }[];
  /** the experience expert of the tandem: none asked, asked (no answer yet), or accepted */
  expert: "none" | "asked" | "accepted";
  scan: { invited: number; submitted: number; deadline: Date | null };
  /** held sessions without this trainer's own look back */
  debriefMissing: number[];
  code: {
    status: "CONCEPT" | "VASTGESTELD";
    clauses: number;
    signers: number;
    signed: number;
    signersConfirmed: boolean;
    /** marked "Klaar om te tekenen" (the signers were asked); null: not yet */
    requestedAt: Date | null;
  } | null;
  outcomeConfirmed: boolean;
  followUpAt: Date | null;
  /** the newest follow-up scan round (2, 3 …), if any: when it started, and its counts while it is open */
  followUpRound: { startedAt: Date; open: { invited: number; submitted: number; deadline: Date | null } | null } | null;
}

/** The follow-up moment shows this long before it comes (the reminder mail goes a week before). */
const FOLLOW_UP_LEAD_DAYS = 30;
const DAY = 86_400_000;

export function trainerTrajectTasks(t: TrainerTrajectFacts, now: Date): Task[] {
  const page = `/trajecten/${t.id}`;
  const task = trajectTaskMaker(t);
  const session = (n: number) => t.sessions.find((s) => s.number === n && s.status !== "CANCELLED");
  const isPast = (d: Date | null) => d !== null && d.getTime() <= now.getTime();

  const plan = (): Task[] => {
    const tasks: Task[] = [];
    const unplanned = Array.from({ length: t.plannedSessionCount }, (_, i) => i + 1).filter((n) => !session(n)?.scheduledAt);
    if (unplanned.length > 0)
      tasks.push(
        task(
          "plan-sessions",
          unplanned.length === 1 ? `Plan bijeenkomst ${unplanned[0]}` : "Plan de bijeenkomsten",
          "Met vaste data kunnen de werkgever en de ervaringsdeskundige zich vrijmaken, en sluit de scan op tijd vóór bijeenkomst 1.",
          `${page}/bijeenkomsten`,
        ),
      );
    if (t.expert === "none")
      tasks.push(
        task(
          "ask-expert",
          "Vraag een ervaringsdeskundige",
          "U leidt de bijeenkomsten in tandem met een ervaringsdeskundige die bij deze werkgever past.",
          `${page}/planning#ervaringsdeskundige`,
        ),
      );
    if (t.expert === "asked")
      tasks.push(
        task(
          "expert-answer",
          "Wacht op het antwoord van de ervaringsdeskundige",
          "Geen antwoord of past het niet? Vraag iemand anders; zij beslissen zelf of ze meedoen.",
          `${page}/planning#ervaringsdeskundige`,
        ),
      );
    return tasks;
  };

  // A scan round that takes answers (the first scan or a follow-up): its count with the closing date,
  // then "Sluit …" once the date has passed or everyone is done
  const roundTask = (
    round: { invited: number; submitted: number; deadline: Date | null },
    r: { noun: string; steps: [close: string, running: string]; afterClose: string; whileRunning: string; href: string },
  ): Task => {
    const { invited, submitted, deadline } = round;
    const done = invited > 0 && submitted >= invited;
    if (isPast(deadline) || done)
      return task(
        r.steps[0],
        `Sluit de ${r.noun}`,
        `${submitted} van ${invited} ingevuld${done ? ": iedereen is klaar" : `; de sluitdatum (${formatDate(deadline)}) is voorbij`}. ${r.afterClose}`,
        r.href,
        deadline,
      );
    return task(
      r.steps[1],
      `${r.noun[0]!.toUpperCase()}${r.noun.slice(1)}: ${submitted} van ${invited} ingevuld`,
      `De ${r.noun} sluit ${deadline ? `op ${formatDate(deadline)}` : "als u hem sluit"}.${r.whileRunning}`,
      r.href,
      deadline,
    );
  };

  // A held session: who was there, then the trainer's own look back (both due since the session)
  const afterSession = (n: number): Task[] => {
    const tasks: Task[] = [];
    if ((session(n)?.presenceOpen ?? 0) > 0)
      tasks.push(
        task(
          `presence-${n}`,
          `Noteer wie er bij bijeenkomst ${n} waren`,
          "De aanwezigheid hoort bij het verslag van het traject en bij de indicatoren van het programma.",
          `${page}/bijeenkomsten`,
          session(n)?.scheduledAt ?? null,
        ),
      );
    if (t.debriefMissing.includes(n))
      tasks.push(
        task(
          `debrief-${n}`,
          `Schrijf uw terugblik op bijeenkomst ${n}`,
          "Wat ging goed, wat was lastig: kort na de bijeenkomst weet u het nog precies, en de volgende bijeenkomst wordt er beter van.",
          `${page}/bijeenkomsten#terugblik`,
          session(n)?.scheduledAt ?? null,
        ),
      );
    return tasks;
  };

  // The coming session: held in the past but not marked, or to prepare
  const upcoming = (n: number, prepare: Task): Task[] => {
    const s = session(n);
    if (!s?.scheduledAt) return [];
    if (isPast(s.scheduledAt))
      return [
        task(
          `held-${n}`,
          `Zet bijeenkomst ${n} op gehouden`,
          `Bijeenkomst ${n} stond op ${formatDateTime(s.scheduledAt)}. Daarna volgen de aanwezigheid en de terugblik.`,
          `${page}/bijeenkomsten`,
          s.scheduledAt,
        ),
      ];
    return [prepare];
  };

  switch (t.status) {
    case "CANCELLED":
      return [];
    case "INTAKE":
      return [
        ...plan(),
        task(
          "invite",
          "Nodig de sleutelpersonen uit voor de scan",
          "De bedrijfsscan is het begin van het gesprek in bijeenkomst 1: directie, HR, leidinggevenden en de OR vullen hem in.",
          `${page}/scan#uitnodigen-titel`,
        ),
      ];
    case "SCAN_OPEN": {
      const scan = roundTask(t.scan, {
        noun: "scan",
        steps: ["close-scan", "scan-running"],
        afterClose: "Na het sluiten leest de ervaringsdeskundige de uitkomsten en begint de voorbereiding.",
        whileRunning: " Wie nog bezig is, helpt u met een herinnering.",
        href: `${page}/scan`,
      });
      return [...plan(), scan];
    }
    case "SCAN_CLOSED":
      return [
        ...plan(),
        ...upcoming(
          1,
          task(
            "prepare-1",
            "Bereid bijeenkomst 1 voor",
            `Bijeenkomst 1 is op ${formatDateTime(session(1)?.scheduledAt ?? null)}. Lees met de ervaringsdeskundige de uitkomsten en hun aantekeningen; de voorbereidingskaart zet alles op een rij.`,
            `${page}/bijeenkomsten/1/voorbereiding`,
            session(1)?.scheduledAt ?? null,
          ),
        ),
      ];
    case "SESSION_1_DONE": {
      const tasks = [...afterSession(1)];
      if (t.plannedSessionCount < 2) return [...tasks, ...closeTasks()];
      return [
        ...tasks,
        ...plan(),
        ...upcoming(
          2,
          task(
            "prepare-2",
            "Bereid bijeenkomst 2 voor: de gedragscode",
            `Bijeenkomst 2 is op ${formatDateTime(session(2)?.scheduledAt ?? null)}. Daar maakt u de gedragscode samen, direct na de reflectie; zet de voorstellen uit de scan alvast klaar.`,
            `${page}/gedragscode`,
            session(2)?.scheduledAt ?? null,
          ),
        ),
      ];
    }
    case "SESSION_2_DONE": {
      // while the code is being written or signed, that is the step; closing comes after
      const code = codeTasks();
      return [...afterSession(2), ...afterSession(1), ...code, ...(code.length > 0 ? [] : closeTasks())];
    }
    case "CLOSED":
      return closedTasks();
  }

  function codeTasks(): Task[] {
    const code = t.code;
    if (!code || code.status === "VASTGESTELD") return [];
    if (code.clauses === 0)
      return [
        task(
          "draft-code",
          "Schrijf de gedragscode uit",
          "De afspraken uit bijeenkomst 2 worden de EPA-gedragscode van de werkgever; die stelt hem daarna zelf vast.",
          `${page}/gedragscode`,
        ),
      ];
    if (!code.signersConfirmed)
      return [
        task(
          "signers",
          "Zorg dat de directie de ondertekenaars bevestigt",
          "Pas als de directie de lijst bevestigt, kan er getekend worden. Stel de lijst voor als dat nog niet is gebeurd.",
          `${page}/gedragscode#ondertekening`,
        ),
      ];
    if (!code.requestedAt)
      return [
        task(
          "request-signatures",
          "Zet de code klaar om te tekenen",
          "De directie heeft bevestigd wie er tekent. Is de tekst af, zet hem dan klaar: iedereen op de lijst krijgt een verzoek om te tekenen, en wie wacht een herinnering.",
          `${page}/gedragscode#ondertekening`,
        ),
      ];
    return [
      task(
        "signatures",
        `Handtekeningen: ${code.signed} van ${code.signers}`,
        "De code is vastgesteld zodra iedereen op de lijst heeft getekend. Een wijziging in de tekst maakt gezette handtekeningen ongeldig.",
        `${page}/gedragscode#ondertekening`,
      ),
    ];
  }

  function closeTasks(): Task[] {
    return [
      task(
        "close",
        "Sluit het traject af",
        "Bij het afsluiten legt u de uitkomst vast en komt er een vervolgmoment, standaard over een half jaar.",
        `${page}#afronden`,
      ),
    ];
  }

  function closedTasks(): Task[] {
    const tasks: Task[] = [];
    if (!t.outcomeConfirmed)
      tasks.push(
        task(
          "outcome",
          "Bevestig de uitkomst van het traject",
          "De uitkomst (een vastgestelde code, afspraken of alleen het rapport) telt mee in de indicatoren van het programma.",
          `${page}#uitkomst`,
        ),
      );
    const lead = FOLLOW_UP_LEAD_DAYS * DAY;
    const open = t.followUpRound?.open;
    if (open) {
      tasks.push(
        roundTask(open, {
          noun: "vervolgscan",
          steps: ["close-follow-up-scan", "follow-up-scan-running"],
          afterClose: "Na het sluiten ziet de werkgever de voortgang.",
          whileRunning: "",
          href: `${page}/opvolging`,
        }),
      );
    } else if (
      t.followUpAt &&
      t.followUpAt.getTime() - now.getTime() <= lead &&
      // a follow-up started around this moment has answered it (a later moment shows again)
      !(t.followUpRound && t.followUpRound.startedAt.getTime() >= t.followUpAt.getTime() - lead)
    )
      tasks.push(
        task(
          "follow-up",
          `Vervolgmoment op ${formatDate(t.followUpAt)}`,
          "Kijk met de werkgever wat er van de afspraken is gekomen; een vervolgscan laat de voortgang zien.",
          `${page}/opvolging`,
          t.followUpAt,
        ),
      );
    return tasks;
  }
}
