// Every action code the app writes to the audit log (lib/audit) with the Dutch words the log shows for it.
// Pure and client-safe. tests/unit/audit-actions.test.ts scans the code for every code written and fails
// when one is missing here: a code is a developer word, never the text a person reads.

export const AUDIT_ACTION_LABELS = {
  // scan: invitations, answers, results
  "invitation.create": "Uitnodiging voor de scan verstuurd",
  "invitation.resend": "Uitnodiging voor de scan opnieuw verstuurd",
  "invitation.reminder": "Herinnering voor de scan verstuurd",
  "invitation.revoke": "Uitnodiging voor de scan ingetrokken",
  "response.reopen": "Ingevulde scan heropend",
  "results.snapshot": "Uitslag van de scan vastgelegd voor de werkgever",
  "results.snapshot.held": "Uitslag van de scan nog niet gedeeld: te weinig ingevulde scans",
  "round.start": "Vervolgscan gestart",
  "round.close": "Vervolgscan gesloten",
  "questionnaire.import": "Vragenlijst geïmporteerd",
  "report.download": "Rapport gedownload",
  // traject and planning
  "traject.create": "Traject aangemaakt",
  "traject.details": "Gegevens van het traject gewijzigd",
  "traject.reassign": "Traject aan een andere trainer gegeven",
  "traject.status": "Fase van het traject gewijzigd",
  "traject.outcome": "Uitkomst van het traject vastgelegd",
  "expert.ask": "Ervaringsdeskundige gevraagd",
  "expert.withdraw": "Vraag aan ervaringsdeskundige ingetrokken",
  "expert.accept": "Ervaringsdeskundige heeft ja gezegd",
  "expert.decline": "Ervaringsdeskundige heeft nee gezegd",
  "expert.stepBack": "Ervaringsdeskundige is gestopt met het traject",
  "session.plan": "Bijeenkomst gepland of gewijzigd",
  "session.presence": "Aanwezigheid bij een bijeenkomst vastgelegd",
  "session.undoHeld": "Bijeenkomst teruggezet naar gepland",
  "session.answer": "Antwoord op een uitnodiging voor een bijeenkomst gegeven (komt of kan niet)",
  "preparation.download": "Voorbereidingskaart gedownload",
  "board.link": "Link voor het bord op de beamer gemaakt",
  "board.revoke": "Link voor het bord op de beamer ingetrokken",
  "room.open": "Deelname vanaf telefoons geopend voor een bijeenkomst",
  "room.close": "Deelname vanaf telefoons gesloten",
  "room.join": "Iemand doet mee vanaf een telefoon",
  "room.voting": "Stemmen in de sessie bijgewerkt",
  "room.group": "Kaarten uit de zaal gegroepeerd",
  "room.ungroup": "Kaart uit een groep gehaald",
  "room.hideCard": "Kaart van het scherm gehaald",
  "room.showCard": "Kaart weer op het scherm gezet",
  "room.cardsToClause": "Van kaarten uit de zaal een afspraak gemaakt",
  // session 2's presenter (lib/room/presenter.ts)
  "room.presenter": "Gekozen wat de beamer laat zien",
  "room.step": "Naar een andere stap van de agenda gegaan",
  "room.timer": "Klok van een agendastap gestart, gepauzeerd of gestopt",
  "calendarFeed.create": "Eigen agendakoppeling gemaakt",
  "calendarFeed.revoke": "Eigen agendakoppeling ingetrokken",
  "annotation.create": "Notitie geschreven",
  "annotation.update": "Notitie gewijzigd",
  "annotation.delete": "Notitie verwijderd",
  "debrief.save": "Terugblik op een bijeenkomst opgeslagen",
  "trajectDebrief.save": "Terugblik op het traject opgeslagen",
  // gedragscode and follow-up
  "gedragscode.clause.add": "Afspraak aan de gedragscode toegevoegd",
  "gedragscode.clause.edit": "Afspraak in de gedragscode gewijzigd",
  "gedragscode.clause.move": "Afspraak in de gedragscode verplaatst",
  "gedragscode.clause.remove": "Afspraak uit de gedragscode verwijderd",
  "gedragscode.restore": "Eerdere tekst van de gedragscode teruggezet",
  "gedragscode.preamble": "Inleiding van de gedragscode gewijzigd",
  "gedragscode.proposals.accept": "Voorstellen overgenomen in de gedragscode",
  "gedragscode.fromCards": "Afspraak uit kaarten van de zaal toegevoegd aan de gedragscode",
  "gedragscode.proposal.adopt": "Voorstel aangepast en overgenomen in de gedragscode",
  "gedragscode.proposal.dismiss": "Voorstel uit de scan weggelaten",
  "gedragscode.proposal.show": "Weggelaten voorstel uit de scan weer getoond",
  "gedragscode.signers": "Voorgesteld wie de gedragscode ondertekent",
  "gedragscode.confirmSigners": "Directie heeft bevestigd wie ondertekent",
  "gedragscode.signingLink": "Link om te ondertekenen verstuurd",
  "gedragscode.requestSignatures": "Gedragscode klaargezet om te tekenen; ondertekenaars gevraagd",
  "gedragscode.sign": "Gedragscode ondertekend",
  "gedragscode.adopt": "Gedragscode vastgesteld",
  "gedragscode.reopen": "Vastgestelde gedragscode heropend",
  "gedragscode.download": "Gedragscode gedownload",
  "nextstep.add": "Vervolgstap toegevoegd",
  "nextstep.remove": "Vervolgstap verwijderd",
  "step.add": "Vervolgstap toegevoegd",
  "step.status": "Stand van een vervolgstap gewijzigd",
  "followup.moment": "Moment van opvolging gepland",
  // session 2's room
  "room.summarise": "Sessie afgerond: samenvatting gemaild naar wie op de lijst stond en de begeleiders",
  // employers
  "employer.create": "Werkgever toegevoegd",
  "employer.update": "Gegevens van de werkgever gewijzigd",
  "employer.reassign": "Werkgever aan een andere trainer gegeven",
  "employer.worksCouncil": "Vastgelegd of de werkgever een ondernemingsraad heeft",
  "werkvloer.create": "Werkvloer toegevoegd",
  "werkvloer.rename": "Werkvloer hernoemd",
  "werkvloer.archive": "Werkvloer gearchiveerd",
  "werkvloer.restore": "Werkvloer teruggezet",
  "keyPerson.create": "Sleutelpersoon toegevoegd",
  "keyPerson.update": "Sleutelpersoon gewijzigd",
  "keyPerson.remove": "Sleutelpersoon verwijderd",
  "keyPerson.account": "Account voor een sleutelpersoon gemaakt",
  "keyPerson.confirmDirectie": "Directie van de werkgever bevestigd",
  // accounts and signing in
  "setup.firstAdmin": "Eerste beheerder aangemaakt",
  "user.create": "Account aangemaakt",
  "user.sendLink": "Link om een wachtwoord te kiezen verstuurd",
  "user.setPassword": "Wachtwoord gekozen via een link",
  "user.changePassword": "Eigen wachtwoord gewijzigd",
  "user.requestReset": "Nieuw wachtwoord aangevraagd",
  "user.activate": "Account aangezet",
  "user.deactivate": "Account uitgezet",
  "user.requestEmailChange": "Nieuw e-mailadres aangevraagd (wacht op bevestiging)",
  "user.changeEmail": "E-mailadres gewijzigd (bevestigd via het nieuwe adres)",
  "user.endAllSessions": "Overal uitgelogd",
  "user.secondFactorStart": "Begonnen met de tweede stap bij inloggen",
  "user.secondFactorOn": "Tweede stap bij inloggen aangezet",
  "user.secondFactorOff": "Tweede stap bij inloggen uitgezet",
  "user.recoveryCodesNew": "Nieuwe herstelcodes gemaakt",
  "user.resetSecondFactor": "Tweede stap van een account teruggezet",
  "login.failed": "Inloggen niet gelukt",
  "login.refused": "Inloggen even geweigerd: te veel pogingen",
  "login.secondFactorRefused": "Inloggen geweigerd bij de tweede stap",
  // experts and compensation
  "profile.update": "Profiel bijgewerkt",
  // no longer written (issue 27: certified is a certificate now); kept so older events still read well
  "profile.certified": "Certificering van een ervaringsdeskundige gewijzigd",
  "certificate.revoke": "Certificaat van een ervaringsdeskundige ingetrokken",
  "profile.paused": "Pauze van een ervaringsdeskundige gewijzigd",
  "profile.selfPause": "Eigen pauze ingesteld",
  "profile.selfPauseEnd": "Eigen pauze beëindigd",
  "profile.ownLimit": "Aantal trajecten tegelijk gewijzigd",
  "compensation.submit": "Declaratie ingediend",
  "compensation.approve": "Declaratie goedgekeurd",
  "compensation.paid": "Declaratie betaald",
  "compensation.rates": "Tarieven voor vergoedingen gewijzigd",
  "compensation.cap": "Jaarlijks maximum voor een ervaringsdeskundige gewijzigd",
  "compensation.export": "Overzicht van vergoedingen gedownload",
  // content and the programme
  "solution.create": "Oplossingsrichting toegevoegd",
  "solution.update": "Oplossingsrichting gewijzigd",
  "solution.activate": "Oplossingsrichting aangezet",
  "solution.deactivate": "Oplossingsrichting uitgezet",
  "guidance.create": "Richtlijn van de werkwijze toegevoegd",
  "guidance.update": "Richtlijn van de werkwijze gewijzigd",
  "healthCheck.kept": "Tekst bewaard na de vraag van de gezondheidscheck (de tekst zelf staat niet in het logboek)",
  "healthCheck.terms": "Woordenlijst van de gezondheidscheck gewijzigd",
  "demo.remove": "Demogegevens verwijderd",
  "organisation.update": "Gegevens van de organisatie gewijzigd",
  "organisation.logo": "Logo van de organisatie gewijzigd",
  "scheduler.runNow": "Geplande taak met de hand gestart",
  "mail.retry": "Niet verstuurde e-mail opnieuw geprobeerd",
  "mail.test": "Testmail gestuurd",
  // candidates for the experts' training (lib/training/candidates.ts)
  "candidate.create": "Kandidaat voor de training vastgelegd",
  "candidate.update": "Gegevens van een kandidaat gewijzigd",
  "candidate.status": "Status van een kandidaat gewijzigd",
  "candidate.startCohort": "Kandidaat gestart in een cohort",
  // privacy
  "privacy.exportEmployer": "Gegevens van een werkgever opgevraagd (AVG)",
  "privacy.exportOwn": "Eigen gegevens opgevraagd (AVG)",
  "privacy.eraseEmployer": "Werkgever gewist (AVG)",
  "privacy.eraseRespondent": "Gegevens van een respondent gewist (AVG)",
  "privacy.exportCandidate": "Gegevens van een kandidaat opgevraagd (AVG)",
  "privacy.eraseCandidate": "Kandidaat gewist (AVG)",
  "privacy.retention": "Bewaartermijn toegepast: oude gegevens gewist",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** Codes the app no longer writes whose older events the log still describes. */
export const RETIRED_AUDIT_ACTIONS: readonly AuditAction[] = ["profile.certified"];

/** What the log shows for an event whose code has no description (an old or a new code). Never the code itself. */
export const UNKNOWN_AUDIT_ACTION = "Andere gebeurtenis";

export function isKnownAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_LABELS, code);
}

/** The Dutch description of an audit action code. */
export function describeAuditAction(code: string): string {
  return isKnownAuditAction(code) ? AUDIT_ACTION_LABELS[code] : UNKNOWN_AUDIT_ACTION;
}
