import { endSentence, withInBrackets } from "@/lib/format/sentence";

// Plain-text mails in warm, plain Dutch. The link is the respondent's only key: it is in the mail
// and nowhere else (the database keeps a hash).

/**
 * The closing line of a mail the trainer signs, naming the trainers' organisation (its settings,
 * lib/organisation): such a mail carries Reply-To the trainer (enqueueMail checks, by SIGNED_BY_TRAINER).
 */
export const trainerSignature = (organisation: string) => `trainer bij ${organisation}`;
/** A line "<name>, trainer bij <organisation>", as trainerSignature ends a mail. */
export const SIGNED_BY_TRAINER = /^[^\n]+, trainer bij [^\n]+$/m;

/** Whose trainers sign: the trainers' organisation (lib/organisation's `name`). */
interface SignedByTrainer {
  trainerName: string;
  organisation: string;
}

export interface InvitationMailData extends SignedByTrainer {
  name: string;
  employerName: string;
  url: string;
  deadline: string;
  /** followUp: the first mail of a follow-up scan round, months after the sessions */
  kind: "invitation" | "reminder" | "resend" | "followUp";
  /** about how long filling it in takes; absent: the full scan's 15 minutes (a short round's is less, ADR 026) */
  minutes?: number;
}

export function scanInvitationMail(d: InvitationMailData): { subject: string; text: string } {
  const subject =
    d.kind === "reminder"
      ? `Herinnering: de Mental Health-bedrijfsscan van ${d.employerName}`
      : d.kind === "followUp"
        ? `Uitnodiging: de vervolgscan van ${d.employerName}`
        : `Uitnodiging: de Mental Health-bedrijfsscan van ${d.employerName}`;
  const opening =
    d.kind === "reminder"
      ? `Een vriendelijke herinnering: uw scan is nog niet afgerond. Wat u al heeft ingevuld, is bewaard.`
      : d.kind === "resend"
        ? `Hierbij opnieuw uw persoonlijke link voor de Mental Health-bedrijfsscan.`
        : d.kind === "followUp"
          ? `${d.employerName} heeft na de bijeenkomsten van Weerbare Werkgever stappen gezet. Met dezelfde Mental Health-bedrijfsscan kijken we samen wat er sindsdien is veranderd. We vragen u de scan opnieuw in te vullen, ook als u dat de vorige keer al deed.`
          : `${d.employerName} doet mee aan Weerbare Werkgever. Als voorbereiding op de bijeenkomsten vragen we u de Mental Health-bedrijfsscan in te vullen.`;
  const text = [
    `Beste ${d.name},`,
    "",
    opening,
    "",
    `De scan is geen toets: er zijn geen goede of foute antwoorden. Uw antwoorden worden samengevoegd met die van collega's en ${d.kind === "followUp" ? "laten samen zien wat er is veranderd en waar nog kansen liggen" : "zijn het vertrekpunt voor het gesprek in de bijeenkomst"}.`,
    `Het invullen kost ongeveer ${d.minutes ?? 15} minuten. Alles wordt meteen bewaard, dus u kunt stoppen en later verder gaan, ook op een ander apparaat.`,
    "",
    `Uw persoonlijke link: ${d.url}`,
    d.kind === "invitation" || d.kind === "followUp"
      ? ""
      : "Let op: alleen de link in deze e-mail werkt nog; eerdere links zijn vervangen.",
    `Graag ingevuld vóór ${d.deadline}.`,
    "",
    "Deel deze link niet: hij is alleen voor u.",
    "",
    "Met vriendelijke groet,",
    `${d.trainerName}, ${trainerSignature(d.organisation)}`,
    "namens Weerbare Werkgever",
  ]
    .filter((line, i, all) => !(line === "" && all[i - 1] === ""))
    .join("\n");
  return { subject, text };
}

const ROLE_INTRO: Record<string, string> = {
  ADMIN: "U beheert Weerbare Werkgever: gebruikers, vragenlijsten en het logboek.",
  TRAINER: "Als trainer plant u trajecten, nodigt u mensen uit voor de scan en bereidt u de bijeenkomsten voor.",
  EXPERT: "Als ervaringsdeskundige leest u de resultaten van de scan en deelt u, als u dat wilt, uw reflecties.",
  EMPLOYER: "U ziet de resultaten van de scan van uw organisatie, werkt mee aan de gedragscode en downloadt het rapport.",
};

/** A link to set a password: for a new account ("welcome") or on request ("reset"). */
export function accountMail(d: {
  name: string;
  role: string;
  url: string;
  days: number;
  kind: "welcome" | "reset";
  /** the organisation the account is for (the employer's name for its people) */
  organisation: string;
  /** who had the account made; null: the app itself (the first admin) */
  invitedBy: string | null;
}): {
  subject: string;
  text: string;
} {
  const subject = d.kind === "welcome" ? "Uw account voor Weerbare Werkgever" : "Een nieuwe link om uw wachtwoord in te stellen";
  const text = [
    `Beste ${d.name},`,
    "",
    d.kind === "welcome"
      ? `${endSentence(`${d.invitedBy ?? "Er"} ${d.invitedBy ? "heeft" : "is"} een account voor u aangemaakt bij Weerbare Werkgever, voor ${d.organisation}`)} ${ROLE_INTRO[d.role] ?? ""}`.trim()
      : "Hierbij een nieuwe link om uw wachtwoord in te stellen. Eerdere links werken niet meer.",
    "",
    `Kies uw wachtwoord via deze link: ${d.url}`,
    `De link werkt één keer en is ${d.days} dagen geldig. Daarna kunt u inloggen met uw e-mailadres en dit wachtwoord.`,
    "",
    "Heeft u dit niet verwacht? Dan kunt u deze e-mail negeren.",
    "",
    "Met vriendelijke groet,",
    "Weerbare Werkgever",
  ].join("\n");
  return { subject, text };
}

/** The notice after a password change ("changed", by the user) or a password set through a reset link ("reset"). */
export function passwordChangedMail(d: { name: string; kind: "changed" | "reset"; when: string; supportUrl: string }): {
  subject: string;
  text: string;
} {
  const text = [
    `Beste ${d.name},`,
    "",
    d.kind === "changed"
      ? `Het wachtwoord van uw account bij Weerbare Werkgever is op ${d.when} gewijzigd. Andere apparaten waarop u was ingelogd, zijn uitgelogd.`
      : `Voor uw account bij Weerbare Werkgever is op ${d.when} een nieuw wachtwoord ingesteld via een link. U bent op alle apparaten uitgelogd, en een agenda-abonnement op uw bijeenkomsten werkt niet meer: maak zo nodig een nieuw aan.`,
    "",
    "Was u dit zelf? Dan hoeft u niets te doen.",
    `Was u dit niet? Vraag dan meteen een nieuw wachtwoord aan via ${d.supportUrl} ("Wachtwoord vergeten?") en laat het de beheerder van Weerbare Werkgever weten. Die kan uw account tijdelijk uitzetten.`,
    "",
    "Met vriendelijke groet,",
    "Weerbare Werkgever",
  ].join("\n");
  return { subject: "Uw wachtwoord is gewijzigd", text };
}

export interface SessionMailData extends SignedByTrainer {
  name: string;
  employerName: string;
  number: number;
  when: string;
  place: string;
  agenda: string;
  /** "attendees": only who takes part changed (someone left); date, time and place stay */
  kind: "new" | "changed" | "attendees" | "cancelled";
  /** The attendee's personal answer link (“Ik kom” / “Ik kan niet”; lib/sessions/rsvp.ts) */
  answerUrl?: string;
}

/** The two answers as links: the page they open asks once more (a GET answers nothing). */
const answerLines = (url: string, intro: string) => [
  intro,
  `Ik kom: ${url}?antwoord=ja`,
  `Ik kan niet: ${url}?antwoord=nee`,
  "Verandert er iets? Met dezelfde link past u uw antwoord aan, tot de bijeenkomst voorbij is.",
  "",
];

/** The text beside a calendar invitation (the calendar part carries the event itself). */
export function sessionMail(d: SessionMailData): { subject: string; text: string } {
  const title = `Bijeenkomst ${d.number} Weerbare Werkgever bij ${d.employerName}`;
  const subject =
    d.kind === "cancelled"
      ? `Vervallen: ${title}`
      : d.kind === "changed"
        ? `Gewijzigd: ${title}`
        : d.kind === "attendees"
          ? `Deelnemers bijgewerkt: ${title}`
          : `Uitnodiging: ${title}`;
  const opening =
    d.kind === "cancelled"
      ? `Bijeenkomst ${d.number} bij ${d.employerName} op ${d.when} gaat voor u niet door. Uw agenda haalt de afspraak weg als u dat bevestigt.`
      : d.kind === "attendees"
        ? `Bij bijeenkomst ${d.number} bij ${d.employerName} is de lijst van deelnemers bijgewerkt. Datum, tijd en plaats blijven hetzelfde; uw agenda werkt de afspraak bij.`
        : d.kind === "changed"
          ? `Bijeenkomst ${d.number} bij ${d.employerName} is gewijzigd. Dit zijn de nieuwe gegevens; uw agenda werkt de afspraak bij.`
          : `${endSentence(`U bent uitgenodigd voor bijeenkomst ${d.number} van Weerbare Werkgever bij ${d.employerName}`)} Met deze e-mail zet u de afspraak in uw agenda.`;
  const text = [
    `Beste ${d.name},`,
    "",
    opening,
    "",
    ...(d.kind === "cancelled" ? [] : [`Wanneer: ${d.when}`, `Waar: ${d.place}`, "", "Agenda:", d.agenda, ""]),
    ...(d.answerUrl && d.kind !== "cancelled"
      ? answerLines(
          d.answerUrl,
          d.kind === "changed" ? "Komt u op het nieuwe moment? Laat het de trainer weten:" : "Komt u? Laat het de trainer weten:",
        )
      : []),
    "Vragen? Beantwoord deze e-mail; hij gaat naar de trainer.",
    "",
    "Met vriendelijke groet,",
    `${d.trainerName}, ${trainerSignature(d.organisation)}`,
    "namens Weerbare Werkgever",
  ].join("\n");
  return { subject, text };
}

export interface TrainingMailData {
  name: string;
  cohortName: string;
  topic: string;
  when: string;
  place: string;
  /** The other date of a topic that runs twice (participants only): one of the two is enough */
  otherDates: string[];
  kind: "new" | "changed" | "attendees" | "cancelled";
  organisation: string;
}

/** A training session of a cohort in the calendar (lib/training/calendar.ts): invitation, change or cancellation. */
export function trainingSessionMail(d: TrainingMailData): { subject: string; text: string } {
  const title = `Training ${d.cohortName}: ${d.topic}`;
  const subject = d.kind === "cancelled" ? `Vervallen: ${title}` : d.kind === "new" ? `Uitnodiging: ${title}` : `Gewijzigd: ${title}`;
  const opening =
    d.kind === "cancelled"
      ? `De trainingsbijeenkomst “${d.topic}” van ${d.cohortName} op ${d.when} gaat voor u niet door. Uw agenda haalt de afspraak weg als u dat bevestigt.`
      : d.kind === "new"
        ? `U bent uitgenodigd voor de trainingsbijeenkomst “${d.topic}” van ${d.cohortName}. Met deze e-mail zet u de afspraak in uw agenda.`
        : `De trainingsbijeenkomst “${d.topic}” van ${d.cohortName} is bijgewerkt. Dit zijn de gegevens; uw agenda werkt de afspraak bij.`;
  const twice =
    d.otherDates.length > 0 && d.kind !== "cancelled"
      ? [
          `Dit onderdeel wordt vaker gegeven, ook op ${d.otherDates.join(" en op ")}. Eén van de data is genoeg: kies wat u het beste past.`,
          "",
        ]
      : [];
  const text = [
    `Beste ${d.name},`,
    "",
    opening,
    "",
    ...(d.kind === "cancelled" ? [] : [`Wanneer: ${d.when}`, `Waar: ${d.place}`, ""]),
    ...twice,
    "Met vriendelijke groet,",
    d.organisation,
    "namens Weerbare Werkgever",
  ].join("\n");
  return { subject, text };
}

/** The day before a session, to everyone invited who did not say “Ik kan niet” (lib/sessions/rsvp-reminders.ts). */
export function sessionReminderMail(
  d: SignedByTrainer & {
    name: string;
    employerName: string;
    number: number;
    when: string;
    place: string;
    answerUrl: string;
    attending: boolean;
  },
): { subject: string; text: string } {
  const text = [
    `Beste ${d.name},`,
    "",
    endSentence(`Morgen is bijeenkomst ${d.number} van Weerbare Werkgever bij ${d.employerName}`),
    "",
    `Wanneer: ${d.when}`,
    `Waar: ${d.place}`,
    "",
    ...answerLines(
      d.answerUrl,
      d.attending
        ? "U heeft laten weten dat u komt. Lukt het toch niet? Laat het de trainer weten:"
        : "Wij weten nog niet of u komt. Laat het de trainer weten:",
    ),
    "De links uit eerdere e-mails over deze bijeenkomst werken niet meer; gebruik deze.",
    "",
    "Vragen? Beantwoord deze e-mail; hij gaat naar de trainer.",
    "",
    "Met vriendelijke groet,",
    `${d.trainerName}, ${trainerSignature(d.organisation)}`,
    "namens Weerbare Werkgever",
  ].join("\n");
  return { subject: `Morgen: bijeenkomst ${d.number} Weerbare Werkgever bij ${d.employerName}`, text };
}

/** To the expert: the trainer asks them for a traject (the link needs their login). */
export function expertRequestMail(d: SignedByTrainer & { name: string; employerName: string; url: string }) {
  return {
    subject: `Verzoek: wilt u meedoen aan het traject bij ${d.employerName}?`,
    text: [
      `Beste ${d.name},`,
      "",
      endSentence(`${d.trainerName} vraagt u als ervaringsdeskundige voor het Weerbare Werkgever-traject bij ${d.employerName}`),
      "Na inloggen ziet u de werkgever, de data van de bijeenkomsten en de thema's van de scan, en of die data in uw beschikbaarheid vallen.",
      "U zegt met één klik ja of nee; u hoeft niets uit te leggen.",
      "",
      `Het verzoek: ${d.url}`,
      "",
      "Met vriendelijke groet,",
      `${d.trainerName}, ${trainerSignature(d.organisation)}`,
    ].join("\n"),
  };
}

/** To the trainer: the expert answered, or stepped back (never with a reason: none is asked). */
export function expertAnswerMail(d: {
  trainerName: string;
  expertName: string;
  employerName: string;
  answer: "accepted" | "declined" | "steppedBack";
  url: string;
}) {
  const what = { accepted: "doet mee aan", declined: "doet niet mee aan", steppedBack: "heeft zich teruggetrokken uit" }[d.answer];
  return {
    subject: `${d.expertName} ${what} het traject bij ${d.employerName}`,
    text: [
      `Beste ${d.trainerName},`,
      "",
      endSentence(`${d.expertName} ${what} het traject bij ${d.employerName}`),
      d.answer === "accepted"
        ? "De geplande bijeenkomsten staan nu ook in hun agenda."
        : "Wilt u iemand anders vragen? In het traject ziet u wie het best past.",
      "",
      `Het traject: ${d.url}`,
    ].join("\n"),
  };
}

/** To a respondent who has not finished: the scan's deadline moved with session 1 (their link stays the same). */
export function scanDeadlineMail(d: SignedByTrainer & { name: string; employerName: string; deadline: string }) {
  return {
    subject: `Nieuwe datum: de Mental Health-bedrijfsscan van ${d.employerName}`,
    text: [
      `Beste ${d.name},`,
      "",
      `De bijeenkomst bij ${d.employerName} is verplaatst. U kunt de scan nu invullen tot en met ${d.deadline}.`,
      "Gebruik de persoonlijke link uit de eerdere e-mail; wat u al invulde, is bewaard.",
      "",
      "Met vriendelijke groet,",
      `${d.trainerName}, ${trainerSignature(d.organisation)}`,
    ].join("\n"),
  };
}

/** To a key person without an account: sign the employer's EPA-gedragscode through a one-time link. */
export function signingLinkMail(d: {
  name: string;
  employerName: string;
  senderName: string;
  url: string;
  days: number;
  /** a reminder: this link replaces the one sent before */
  reminder?: boolean;
}) {
  return {
    subject: `${d.reminder ? "Herinnering: ondertekenen" : "Ondertekenen"}: de EPA-gedragscode van ${d.employerName}`,
    text: [
      `Beste ${d.name},`,
      "",
      d.reminder
        ? `Een vriendelijke herinnering: de EPA-gedragscode van ${d.employerName} wacht nog op uw handtekening. Deze link vervangt de link die u eerder kreeg.`
        : `De EPA-gedragscode van ${d.employerName} is klaar om te ondertekenen. U bent gevraagd om namens uw organisatie te tekenen.`,
      "Via de link leest u de volledige tekst en tekent u met één klik. De link werkt één keer en is " + `${d.days} dagen geldig.`,
      "Is de tekst intussen veranderd, dan ziet u de nieuwe versie voordat u tekent.",
      "",
      `Ondertekenen: ${d.url}`,
      "",
      "Met vriendelijke groet,",
      d.senderName,
    ].join("\n"),
  };
}

/**
 * To a signer with an account: the code is ready to sign (or, as a reminder, still waits for them).
 * No link that acts by itself: they sign on the code's page after logging in.
 */
export function signingRequestMail(d: { name: string; employerName: string; senderName: string; url: string; reminder: boolean }) {
  return {
    subject: `${d.reminder ? "Herinnering: ondertekenen" : "Ondertekenen"}: de EPA-gedragscode van ${d.employerName}`,
    text: [
      `Beste ${d.name},`,
      "",
      d.reminder
        ? `Een vriendelijke herinnering: de EPA-gedragscode van ${d.employerName} wacht nog op uw handtekening.`
        : `De EPA-gedragscode van ${d.employerName} is klaar om te ondertekenen. U staat op de lijst van wie namens uw organisatie tekent.`,
      "Log in en lees de tekst nog eens rustig door. Onder de tekst tekent u met één klik. De code is vastgesteld zodra iedereen op de lijst heeft getekend.",
      "",
      `Naar de gedragscode: ${d.url}`,
      "",
      "Met vriendelijke groet,",
      d.senderName,
    ].join("\n"),
  };
}

/** The adopted code, as a PDF with its signature page, to each signer and to the tandem. */
export function adoptedCodeMail(d: {
  name: string;
  employerName: string;
  adoptedOn: string;
  fileName: string;
  audience: "signer" | "tandem";
}) {
  return {
    subject: `Vastgesteld: de EPA-gedragscode van ${d.employerName}`,
    text: [
      `Beste ${d.name},`,
      "",
      `Op ${d.adoptedOn} heeft iedereen op de lijst de EPA-gedragscode van ${d.employerName} ondertekend. Daarmee is de code vastgesteld.`,
      `In de bijlage (${d.fileName}) staat de code zoals hij is ondertekend, met de bladzijde met de handtekeningen.`,
      d.audience === "signer"
        ? "Bewaar hem goed en deel hem met de collega's voor wie hij geldt. Bij de volgende stappen helpt de trainer u verder."
        : "De volgende stap is de opvolging: wie doet wat, en wanneer kijken we samen hoe het gaat.",
      "",
      "Met vriendelijke groet,",
      "Weerbare Werkgever",
    ].join("\n"),
  };
}

/**
 * A signature under the code no longer counts (an edit after signing, or the directie reopened it): to
 * each signer concerned, and to the tandem with who must sign again.
 */
export function signatureVoidedMail(d: {
  name: string;
  employerName: string;
  /** what happened, naming who did it */
  told: string;
  url: string;
  /** everyone whose signature no longer counts */
  signers: string[];
  audience: "signerWithAccount" | "signerByLink" | "tandem";
}) {
  const again =
    d.audience === "signerWithAccount"
      ? `Lees de tekst opnieuw en teken nog eens, na het inloggen: ${d.url}`
      : d.audience === "signerByLink"
        ? "U krijgt een nieuwe link om te tekenen zodra de tekst klaar is; de oude link werkt niet meer."
        : `Wie opnieuw moet tekenen: ${d.signers.join(", ")}. Is de tekst af, zet de code dan opnieuw klaar om te tekenen; dan krijgt iedereen op de lijst weer een verzoek. Op de pagina van de gedragscode ziet u hoe ver het is: ${d.url}`;
  return {
    subject: `Opnieuw tekenen: de EPA-gedragscode van ${d.employerName}`,
    text: [
      `Beste ${d.name},`,
      "",
      d.audience === "tandem"
        ? `De handtekeningen onder de EPA-gedragscode van ${d.employerName} tellen niet meer. ${d.told}`
        : `Uw handtekening onder de EPA-gedragscode van ${d.employerName} telt niet meer. ${d.told}`,
      "Een handtekening hoort bij precies de tekst die getekend is. Daarom is er na een wijziging opnieuw een handtekening nodig; er is niets misgegaan.",
      "",
      again,
      "",
      "Met vriendelijke groet,",
      "Weerbare Werkgever",
    ].join("\n"),
  };
}

/** To the employer's contact person: someone was added to their organisation in the app (issue 20). */
export function keyPersonAddedMail(d: {
  name: string;
  employerName: string;
  personName: string;
  functionLabel: string;
  actorName: string;
  account: boolean;
}) {
  const what = d.account ? `heeft een account gekregen voor de app` : `is toegevoegd als sleutelpersoon`;
  return {
    subject: d.account ? `Nieuw account bij ${d.employerName} in Weerbare Werkgever` : `Nieuwe sleutelpersoon bij ${d.employerName}`,
    text: [
      `Beste ${d.name},`,
      "",
      `${endSentence(`${withInBrackets(d.personName, d.functionLabel)} ${what} bij ${d.employerName}`)} Dit is gedaan door ${d.actorName}.`,
      "U krijgt dit bericht als contactpersoon, zodat u weet wie er namens uw organisatie in de app staat.",
      "Klopt dit niet, of kent u deze persoon niet? Laat het dan weten aan uw trainer of aan de beheerder van Weerbare Werkgever.",
    ].join("\n"),
  };
}

/** A directie the employer had confirmed no longer is (issue 20): the admin changed or removed them. */
export function directieDroppedMail(d: { name: string; employerName: string; personName: string; actorName: string; removed: boolean }) {
  return {
    subject: `${d.personName} is niet meer bevestigd als directie bij ${d.employerName}`,
    text: [
      `Beste ${d.name},`,
      "",
      d.removed
        ? `${d.personName} staat niet meer als directie van ${d.employerName} in de app. Dit is gedaan door ${d.actorName}.`
        : `Het e-mailadres of de functie van ${d.personName} bij ${d.employerName} is gewijzigd door ${d.actorName}. Daarom telt de bevestiging als directie niet meer.`,
      "Zolang de directie dit niet opnieuw bevestigt, tekent en beslist deze persoon niet namens de directie.",
      "Klopt dit niet? Laat het dan weten aan de beheerder van Weerbare Werkgever.",
    ].join("\n"),
  };
}

export interface FollowUpMailItem {
  text: string;
  owner: string | null;
  /** the due day, written out ("31 maart 2027") */
  due: string;
}

export interface FollowUpMailData {
  name: string;
  employerName: string;
  items: readonly FollowUpMailItem[];
  url: string;
}

function followUpMail(d: FollowUpMailData, subject: string, opening: string, closing: string) {
  return {
    subject,
    text: [
      `Beste ${d.name},`,
      "",
      opening,
      "",
      ...d.items.map((i) => `- ${i.text} (streefdatum ${i.due}${i.owner ? `; wie: ${i.owner}` : ""})`),
      "",
      closing,
      `De opvolging: ${d.url}`,
      "",
      "Met vriendelijke groet,",
      "Weerbare Werkgever",
    ].join("\n"),
  };
}

/** To the traject's contact person: a week before, the agreed steps and afspraken that are coming up. */
export const followUpDueMail = (d: FollowUpMailData) =>
  followUpMail(
    d,
    `Binnenkort: afgesproken stappen bij ${d.employerName}`,
    `Na de bijeenkomsten van Weerbare Werkgever heeft ${d.employerName} stappen en afspraken gemaakt. Deze staan binnen een week op de planning:`,
    "Is iets al gedaan, loopt het anders of is het niet meer nodig? Zet de stand bij, dan weet iedereen hoe het gaat. Dat kost een minuut.",
  );

/** To the trainer: steps or afspraken of a traject whose due day has passed while they are still open. */
export const followUpOverdueMail = (d: FollowUpMailData) =>
  followUpMail(
    d,
    `Streefdatum voorbij: stappen bij ${d.employerName}`,
    `Bij ${d.employerName} is de streefdatum voorbij van wat hieronder staat, terwijl het nog open staat:`,
    "Misschien is het al gedaan en nog niet bijgewerkt, of kan de werkgever wat steun gebruiken. Een kort contact helpt vaak.",
  );

/** A week before the follow-up moment: to the trainer and to the employer's contact person. */
export function followUpMomentMail(d: { name: string; employerName: string; date: string; url: string }): {
  subject: string;
  text: string;
} {
  return {
    subject: `Over een week: het vervolgmoment van ${d.employerName}`,
    text: [
      `Beste ${d.name},`,
      "",
      `Op ${d.date} staat het vervolgmoment van Weerbare Werkgever bij ${d.employerName} gepland. Een mooi moment om samen te kijken wat er sinds de bijeenkomsten in gang is gezet, wat goed loopt en waar nog kansen liggen.`,
      "",
      `Op deze pagina staan alle afspraken en vervolgstappen met hoe het ermee staat: ${d.url}`,
      "Werk daar gerust alvast bij wat klaar is of loopt. De trainer kan er ook een vervolgscan starten.",
      "",
      "Met vriendelijke groet,",
      "Weerbare Werkgever",
    ].join("\n"),
  };
}

/** What changed in someone's second factor (docs/decisions/019-second-factor.md). */
export type SecondFactorChange = "on" | "off" | "recoveryCodes" | "reset";

const SECOND_FACTOR_WHAT: Record<SecondFactorChange, string> = {
  on: "De tweede stap bij het inloggen staat nu aan voor uw account. Voortaan vult u na uw wachtwoord ook een code uit uw authenticator-app in.",
  off: "De tweede stap bij het inloggen staat nu uit voor uw account.",
  recoveryCodes: "Er zijn nieuwe herstelcodes gemaakt voor uw account. De vorige herstelcodes werken niet meer.",
  reset: "De beheerder heeft de tweede stap bij het inloggen van uw account gewist. Bij de volgende keer inloggen stelt u hem opnieuw in.",
};

/** A notice to the account holder whenever their second factor changes, with what to do if it was not them. */
export function secondFactorMail(d: { name: string; change: SecondFactorChange; by?: string }): { subject: string; text: string } {
  return {
    subject: "Wijziging in het inloggen bij Weerbare Werkgever",
    text: [
      `Beste ${d.name},`,
      "",
      SECOND_FACTOR_WHAT[d.change],
      d.by ? `Dit is gedaan door ${d.by}.` : "",
      "",
      "Was u dit niet? Wijzig dan meteen uw wachtwoord via Mijn account (of via Wachtwoord vergeten? op de inlogpagina) en neem contact op met de beheerder van Weerbare Werkgever. Die kan uw account zo nodig tijdelijk uitzetten.",
      "",
      "Met vriendelijke groet,",
      "Weerbare Werkgever",
    ]
      .filter((line, i, all) => !(line === "" && all[i - 1] === ""))
      .join("\n"),
  };
}

/**
 * "Sessie afronden" (issue 26): the summary of session 2 to everyone on the session's list and the tandem,
 * with the code as it stands attached (when it has afspraken). `summary` is the text of
 * lib/room/summary-text.ts; no one-time links: the mail is the same for everyone of an audience.
 */
export function sessionSummaryMail(d: {
  name: string;
  employerName: string;
  sessionNumber: number;
  summary: string;
  /** the attached PDF's file name; null when the code has no afspraken yet (nothing attached) */
  fileName: string | null;
  audience: "attendee" | "tandem";
  /** the tandem's page with the cards that became no afspraak */
  tandemUrl?: string;
}) {
  return {
    subject: `Samenvatting van bijeenkomst ${d.sessionNumber}: ${d.employerName}`,
    text: [
      `Beste ${d.name},`,
      "",
      endSentence(`Dank voor uw inbreng in bijeenkomst ${d.sessionNumber} van Weerbare Werkgever bij ${d.employerName}`),
      "Hieronder leest u wie er waren, wat de groep het belangrijkst vond, welke afspraken er staan en hoe het verder gaat.",
      d.fileName
        ? `In de bijlage (${d.fileName}) staat de gedragscode zoals hij er nu bij staat.`
        : "Er staat nog geen afspraak in de gedragscode, dus er zit geen bijlage bij.",
      d.audience === "tandem"
        ? `De kaarten uit de zaal die geen afspraak werden, staan niet in deze e-mail. U vindt ze bij de bijeenkomsten van het traject${d.tandemUrl ? `: ${d.tandemUrl}` : "."}`
        : null,
      "",
      d.summary,
      "",
      "Met vriendelijke groet,",
      "Weerbare Werkgever",
    ]
      .filter((line) => line !== null)
      .join("\n"),
  };
}
