import type { Task } from "./types";

// The admin's home (issue 24): the setup the programme needs before trajects can run well (rates, a
// trainer, certified experts), then what waits on the admin (claims to approve or pay, mails that
// failed). Pure: admin.ts counts the facts.

export interface AdminFacts {
  /** the compensation rates are still zero (the expert's page says "nog niet ingesteld") */
  ratesUnset: boolean;
  activeTrainers: number;
  activeExperts: number;
  /** active expert accounts without a valid certificate (lib/certificates/status.ts) */
  uncertifiedExperts: number;
  /** employers with a directie key person but none confirmed: the admin confirms the first (ADR 017) */
  directieToConfirm: number;
  /** without a mail server only: active accounts still without a password, whose link someone must hand over */
  accountsWaitingForLink: number;
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
        "/beheer/gebruikers?rol=TRAINER#nieuw-account",
      ),
    );
  if (f.activeExperts === 0)
    tasks.push(
      task(
        "expert",
        "Maak een account voor een ervaringsdeskundige",
        "Elk traject loopt in tandem: een trainer met een ervaringsdeskundige. Zonder ervaringsdeskundige kan een trainer niemand vragen.",
        "/beheer/gebruikers?rol=EXPERT#nieuw-account",
      ),
    );
  if (f.accountsWaitingForLink > 0)
    tasks.push(
      task(
        "hand-over-links",
        f.accountsWaitingForLink === 1
          ? "Een account wacht op de link om een wachtwoord te kiezen"
          : `${f.accountsWaitingForLink} accounts wachten op de link om een wachtwoord te kiezen`,
        "Er is geen mailserver ingesteld, dus de link komt niet vanzelf aan. Kies bij het account 'Link opnieuw sturen' en geef de link zelf door, aan die persoon alleen.",
        "/beheer/gebruikers",
      ),
    );
  if (f.directieToConfirm > 0)
    tasks.push(
      task(
        "confirm-directie",
        f.directieToConfirm === 1 ? "Bevestig de directie van een werkgever" : `Bevestig de directie van ${f.directieToConfirm} werkgevers`,
        "De eerste directie van een werkgever bevestigt u; daarna bevestigt die directie zelf. Zonder bevestigde directie kan niemand namens de werkgever de tekenaars vastleggen.",
        "/werkgevers",
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
        "Een certificaat volgt op de afgeronde training: bevestig die bij het cohort. Zonder geldig certificaat krijgen trainers iemand niet te zien bij het kiezen van een ervaringsdeskundige.",
        "/beheer/cohorten",
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
