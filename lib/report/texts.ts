// The fixed Dutch wording of the report (B1, appreciative, never a verdict). Kept apart from the model
// logic so the copy can be reviewed by the project lead and experience experts in one place.

import { REASON_EXPLANATIONS, REASON_LABELS } from "@/lib/scan/scoring/labels";
import type { AandachtspuntReason } from "@/lib/scan/scoring/types";
import type { ReportSectionKey } from "./types";
import { FOUR_STEPS } from "@/lib/trajecten/four-steps";

export const SECTION_TITLES: Record<ReportSectionKey, string> = {
  leeswijzer: "Hoe leest u dit rapport?",
  samenvatting: "Samenvatting",
  themas: "De thema’s",
  aandachtspunten: "Aandachtspunten en oplossingsrichtingen",
  gedragscode: "EPA-gedragscode",
  vervolgstappen: "Afgesproken vervolgstappen",
  contact: "Contact",
  bijlage: "Bijlage: vragenlijst en methode",
};

export function reasonText(reason: AandachtspuntReason): { label: string; explanation: string } {
  return { label: REASON_LABELS[reason], explanation: REASON_EXPLANATIONS[reason] };
}

export function readingParagraphs(themeCount: number): string[] {
  return [
    "Dit rapport laat zien hoe de mensen die de scan invulden de mentale toegankelijkheid van uw organisatie nu ervaren. Het is geen oordeel en geen toets. Het is een vertrekpunt voor het gesprek: wat gaat al goed, en wat is een volgende stap?",
    `De scan bestaat uit stellingen over ${themeCount} thema’s. Bij elke stelling kozen de respondenten een antwoord van 1 tot 5, of ‘Weet ik niet’. Sommige stellingen gaan over bedoelingen en houding (intentie), andere over wat er echt gebeurt op de werkvloer (praktijk).`,
    "Per thema rekenen we de antwoorden om naar een rapportcijfer van 1 tot 10. Zie de cijfers als gespreksstarters: een lager cijfer wijst op een kans, een hoog cijfer op iets om vast te houden. Verschillen tussen respondenten zijn geen fout, maar een goede vraag voor de bijeenkomst.",
    "In dit rapport staan geen namen en geen antwoorden van individuele personen. De ervaringsdeskundige heeft zelf gekozen welke reflecties hier staan.",
  ];
}

/** The method's four steps as the traject's frame (issue 25), for the reading guide. */
export const FOUR_STEPS_INTRO =
  "Het traject volgt vier stappen. Dit rapport hoort bij de eerste twee en is het begin van de derde: de afspraken maakt u samen in bijeenkomst 2.";
export const fourStepItems = () => FOUR_STEPS.map((s) => ({ lead: `${s.label} (${s.when.toLowerCase()})`, text: s.what }));

/**
 * Which version of the scan each round used (ADR 026), for the reading guide of a report with a
 * follow-up or a short round: "Eerste scan: volledige scan; Vervolgscan: korte versie, …". Null otherwise.
 */
export function roundVersionsText(rounds: { label: string; short: boolean }[]): string | null {
  if (rounds.length < 2 && !rounds.some((r) => r.short)) return null;
  const parts = rounds.map((r) => `${r.label}: ${r.short ? "korte versie, alleen de kernstellingen" : "volledige scan"}`);
  return `Gebruikte versie van de scan. ${parts.join("; ")}. De korte versie bevat alleen de kernstellingen: per thema de stellingen die het thema dragen. Vergelijkingen met een korte versie gaan over die kernstellingen.`;
}

export function methodParagraphs(): string[] {
  return [
    "Alleen ingeleverde vragenlijsten tellen mee. Per respondent en thema nemen we het gemiddelde van de antwoorden 1 tot 5, als die persoon minstens de helft van de stellingen van dat thema met een cijfer beantwoordde. ‘Weet ik niet’ telt daarbij niet mee.",
    "De themascore is het gemiddelde van die persoonlijke scores. Het rapportcijfer is 1 + (score − 1) × 2,25, zodat de schaal van 1 tot 5 loopt van 1 tot 10. Het totaalcijfer volgt uit het gemiddelde van de themascores.",
    "Intentie en praktijk zijn de gemiddelden van de stellingen over bedoelingen en over de praktijk. Het verschil daartussen wijst op schijninclusie: goede bedoelingen die nog niet in de praktijk zichtbaar zijn. Het aandeel ‘weet ik niet’ gaat over de praktijkstellingen. De spreiding is het verschil tussen de hoogste en laagste persoonlijke themascore; die tonen we alleen bij twee of meer respondenten.",
    "Aandachtspunten kiezen we vast en navolgbaar: eerst de thema’s met de laagste score die een reden hebben (ontwikkelpunt, schijninclusie, veel ‘weet ik niet’ of verschil in beeld), ten hoogste vijf. Zijn dat er minder dan twee, dan vullen we aan met een groeikans. Bij elk aandachtspunt staan oplossingsrichtingen uit de bibliotheek van Weerbare Werkgever.",
  ];
}

/** The tandem's own report (with the texts respondents did not share): on its cover, every page and its file name. */
export const TANDEM_ONLY = "Alleen voor de begeleiders";
export const TANDEM_FOOTER = "Alleen voor de begeleiders: niet doorsturen. De werkgever krijgt het gewone rapport.";
export const TANDEM_COVER_NOTE =
  "Dit rapport is alleen voor de trainer en de ervaringsdeskundige. Het bevat ook toelichtingen die respondenten niet met de werkgever wilden delen; die zijn gemarkeerd. Stuur het niet door: de werkgever, HR en de OR krijgen het gewone rapport.";
/** Put before a text a respondent did not release to the employer, in the tandem's report. */
export const WITHHELD_MARK = "Niet gedeeld met de werkgever: ";

/** Below the minimum the aandachtspunten are names only (docs/privacy.md#minimum). */
export const ALPHABETICAL_AANDACHTSPUNTEN =
  "Deze thema’s zijn aandachtspunten. Ze staan op alfabetische volgorde, zonder cijfers of rangorde: te weinig mensen vulden de scan in om meer te laten zien zonder dat iemand herkenbaar wordt. De trainer en de ervaringsdeskundige bespreken ze met u in de bijeenkomst.";
