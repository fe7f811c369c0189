import type { Task } from "./types";

// The admin's home (issue 24): the setup the programme needs before trajects can run well (rates, a
// trainer, certified experts), then what waits on the admin (claims to approve or pay, mails that
// failed). Pure: admin.ts counts the facts.

export interface AdminFacts {
  /** the compensation rates are still zero (the expert's page says "nog niet ingesteld") */
  ratesUnset: boolean;
  activeTrainers: number;
  /** active expert accounts the admin has not marked certified */
  uncertifiedExperts: number;
  claimsSubmitted: number;
  claimsApproved: number;
  failedMails: number;
}

const task = (key: string, title: string, why: string, href: string): Task => ({ key, title, why, href, due: null });

export function adminTasks(f: AdminFacts): Task[] {
  const tasks: Task[] = [];
  if (f.failedMails > 0)
    tasks.push(
      task(
        "failed-mails",
        f.failedMails === 1 ? "Een e-mail kon niet worden verstuurd" : `${f.failedMails} e-mails konden niet worden verstuurd`,
        "Iemand wacht misschien op een uitnodiging of een link. Probeer het opnieuw, of geef de link zelf door.",
        "/beheer/planner",
      ),
    );
  if (f.activeTrainers === 0)
    tasks.push(
      task(
        "trainer",
        "Maak een account voor een trainer",
        "Een trainer plant de trajecten bij werkgevers; zonder trainer kan er geen traject beginnen.",
        "/beheer/gebruikers",
      ),
    );
  if (f.ratesUnset)
    tasks.push(
      task(
        "rates",
        "Stel de vergoedingen in",
        "Ervaringsdeskundigen krijgen een vergoeding voor tijd en reiskosten. Zolang het uurtarief en de kilometervergoeding € 0,00 zijn, ziet hun declaratie er zo uit.",
        "/beheer/vergoedingen",
      ),
    );
  if (f.uncertifiedExperts > 0)
    tasks.push(
      task(
        "certify",
        f.uncertifiedExperts === 1
          ? "Een ervaringsdeskundige is nog niet gecertificeerd"
          : `${f.uncertifiedExperts} ervaringsdeskundigen zijn nog niet gecertificeerd`,
        "Wie de training heeft afgerond, zet u op gecertificeerd: trainers zien het bij het kiezen, en wie gecertificeerd is, staat bovenaan.",
        "/beheer/gebruikers",
      ),
    );
  if (f.claimsSubmitted > 0)
    tasks.push(
      task(
        "approve-claims",
        f.claimsSubmitted === 1 ? "Een declaratie wacht op goedkeuring" : `${f.claimsSubmitted} declaraties wachten op goedkeuring`,
        "Meestal keurt de trainer goed; u kunt het ook zelf doen.",
        "/beheer/vergoedingen",
      ),
    );
  if (f.claimsApproved > 0)
    tasks.push(
      task(
        "pay-claims",
        f.claimsApproved === 1 ? "Betaal een goedgekeurde declaratie uit" : `Betaal ${f.claimsApproved} goedgekeurde declaraties uit`,
        "De spreadsheet voor de administratie staat op de pagina Vergoedingen; zet ze daarna op betaald.",
        "/beheer/vergoedingen",
      ),
    );
  return tasks;
}
