// The Dutch texts of the privacy rule (docs/privacy.md), in one place for the results page, the
// report and the respondent's pages. Pure and client-safe.
import { formatDate } from "@/lib/dates";

/** The employer before the scan closes (page and report). */
export const RESULTS_AFTER_CLOSE =
  "De uitkomsten komen zodra de scan gesloten is. Dan ziet u in één keer wat iedereen samen heeft ingevuld. Zo kan niemand uit tussentijdse uitkomsten afleiden wat één persoon heeft geantwoord.";

/** The employer after the scan closed, when the trainer has not recorded results (older trajects). */
export const NO_SNAPSHOT_YET = "De uitkomsten zijn nog niet vastgelegd. De trainer zet ze voor u klaar.";

/** Fewer respondents than the minimum: no figures, the aandachtspunten by name only (page and report). */
export const fewRespondentsNote = (minimum: number) =>
  `Te weinig mensen vulden de scan in om cijfers te tonen zonder dat iemand herkenbaar wordt: daarvoor zijn er minstens ${minimum} nodig. Daarom ziet u geen cijfers, geen antwoorden per stelling en geen toelichtingen. De trainer en de ervaringsdeskundige bespreken de uitkomsten met u in de bijeenkomst.`;

/** "Stand van 3 december 2026": the date of the snapshot an employer sees. */
export const snapshotLabel = (takenAt: Date) => `Stand van ${formatDate(takenAt)}`;

/** The respondent's choice about their texts, shown above the first free-text field of a page. */
export const SHARE_CHOICE_LABEL = "Mijn toelichtingen mogen zonder naam ook aan de werkgever worden getoond.";
export const shareChoiceHint = (minimum: number) =>
  `Uw toelichtingen lezen de trainer en de ervaringsdeskundige altijd, zonder uw naam. Zet u hier een vinkje, dan mag ook de werkgever ze lezen, maar pas als de scan gesloten is en minstens ${minimum} mensen hem hebben ingevuld. Zonder vinkje ziet de werkgever ze nooit. Deze keuze geldt voor al uw toelichtingen en kunt u veranderen tot u de scan verstuurt.`;

/** The introduction page: who sees what, before the respondent starts. */
export const WHO_SEES_WHAT_TITLE = "Wie ziet wat?";
export const whoSeesWhat = (minimum: number): string[] => [
  "De trainer en de ervaringsdeskundige zien uw antwoorden per stelling, uw eigen rapportcijfer en uw toelichtingen, met uw functie erbij (bijvoorbeeld ‘HR’) maar zonder uw naam. Zij gebruiken die om de bijeenkomsten voor te bereiden.",
  `Uw werkgever ziet de uitkomsten pas als de scan gesloten is, en alleen samengevoegd. Uw werkgever ziet nooit cijfers van minder dan ${minimum} mensen. Hebben minder dan ${minimum} mensen de scan ingevuld, dan ziet uw werkgever geen enkel cijfer, alleen welke thema’s aandachtspunten zijn (op alfabetische volgorde); de trainer en de ervaringsdeskundige bespreken de uitkomsten dan in de bijeenkomst. Hebben minstens ${minimum} mensen de scan ingevuld, dan ziet uw werkgever de cijfers per thema, hoe de antwoorden per stelling verdeeld zijn, het gemiddelde eigen rapportcijfer en de toelichtingen van wie daarvoor een vinkje heeft gezet. Een rol (zoals directie of HR) ziet de werkgever alleen apart als er minstens ${minimum} mensen in die rol én ${minimum} in de andere rollen meededen, en de rollen die niet apart te zien zijn samen ook minstens ${minimum} mensen hebben (of geen).`,
  `Komen er na het sluiten mensen bij of vallen er mensen af, dan krijgt uw werkgever alleen een nieuwe stand te zien als daarin minstens ${minimum} mensen anders zijn dan in elke eerdere stand die de werkgever zag (bijgekomen en afgevallen samen). Anders blijft de stand staan die de werkgever al ziet: wie twee standen naast elkaar legt, kan zo nooit zien wat één persoon heeft geantwoord.`,
  "Doen er maar weinig mensen mee, dan kunnen uw antwoorden toch herkenbaar zijn voor wie weet wie er meededen. Daarom gelden de regels hierboven.",
];
