import { formatDate } from "@/lib/dates";
import type { TrajectStatusKey } from "@/lib/trajecten/labels";
import { trajectTaskMaker, type Task } from "./types";

// An employer user's next steps per traject of their employer (issue 24): fill the scan when they were
// invited to it, read the report once it has figures, the directie confirms who signs the code, a
// signer signs it, and the contact person keeps the next steps up to date as they come due. Pure: employer.ts reads the facts (the sign-off state is the signing rule's own).

export interface EmployerTrajectFacts {
  id: string;
  name: string;
  status: TrajectStatusKey;
  /** their own invitation to the scan that still takes answers (sent to their own address); null: none */
  ownScan: { deadline: Date | null; started: boolean; followUp: boolean } | null;
  /** the employer's report has figures (taken then) and this user has not downloaded it since; null otherwise */
  reportReadyAt: Date | null;
  /** the concept code, once it has afspraken; null otherwise (nothing to sign yet, or adopted) */
  signing: {
    /** the list of signers is confirmed and unchanged since */
    listInEffect: boolean;
    /** the tandem marked the text "Klaar om te tekenen" (the signers were asked then); null: not (yet) */
    requestedAt: Date | null;
    /** the list can be confirmed as it is (no problems, at least one signer) */
    listComplete: boolean;
    /** this user may confirm it (the employer's confirmed directie) */
    mayConfirm: boolean;
    /** this user is on the list: whether they signed the text as it is */
    mine: { signed: boolean } | null;
    signed: number;
    signers: number;
  } | null;
  /** for the traject's contact person: open next steps due within a week or overdue, with the earliest due day */
  stepsDue: { count: number; earliest: Date } | null;
}

export function employerTrajectTasks(t: EmployerTrajectFacts): Task[] {
  if (t.status === "CANCELLED") return [];
  const task = trajectTaskMaker(t);
  const code = `/trajecten/${t.id}/gedragscode#ondertekening`;
  const tasks: Task[] = [];
  if (t.ownScan)
    tasks.push(
      task(
        "fill-scan",
        t.ownScan.started ? "Maak uw scan af" : t.ownScan.followUp ? "Vul de vervolgscan in" : "Vul de bedrijfsscan in",
        t.ownScan.started
          ? "U bent begonnen; wat u invulde, is bewaard. Met de link in uw mail gaat u verder waar u was."
          : "U bent uitgenodigd. Uw antwoorden zijn, samen met die van collega's, het begin van het gesprek in de bijeenkomst. De link staat in uw mail.",
        `/trajecten/${t.id}/mijn-scan`,
        t.ownScan.deadline,
      ),
    );
  if (t.reportReadyAt)
    tasks.push(
      task(
        "read-report",
        "Lees de uitkomsten van de scan",
        `De uitkomsten zijn vastgelegd op ${formatDate(t.reportReadyAt)}: als begin van het gesprek, geen oordeel. Op die pagina downloadt u ook het rapport als pdf, om te delen met wie meedoet aan de bijeenkomsten.`,
        `/trajecten/${t.id}/resultaten`,
      ),
    );
  const s = t.signing;
  if (s && !s.listInEffect && s.listComplete && s.mayConfirm)
    tasks.push(
      task(
        "confirm-signers",
        "Bevestig wie namens de werkgever tekent",
        "De gedragscode is van de werkgever. Als directie bevestigt u de lijst van wie tekent; daarna kan iedereen op de lijst tekenen.",
        code,
      ),
    );
  // asked only once the tandem says the text is ready: signing a text still being written only voids
  if (s && s.listInEffect && s.requestedAt && s.mine && !s.mine.signed)
    tasks.push(
      task(
        "sign",
        "Teken de gedragscode",
        `De tekst staat sinds ${formatDate(s.requestedAt)} klaar om te tekenen, en u staat op de lijst van wie namens de werkgever tekent (${s.signed} van ${s.signers} getekend). Lees de tekst nog eens; zodra iedereen heeft getekend, is de code vastgesteld.`,
        code,
      ),
    );
  if (t.stepsDue)
    tasks.push(
      task(
        "steps-due",
        t.stepsDue.count === 1 ? "Werk een vervolgstap bij" : `Werk ${t.stepsDue.count} vervolgstappen bij`,
        "Een afgesproken stap komt op zijn streefdatum. Zet erbij hoe het gaat: open, bezig, klaar of losgelaten; de trainer ziet het ook.",
        `/trajecten/${t.id}/opvolging`,
        t.stepsDue.earliest,
      ),
    );
  return tasks;
}
