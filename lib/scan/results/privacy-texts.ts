// The Dutch texts of the privacy rule (docs/privacy.md), in one place for the results page, the
// report and the respondent's pages. Pure and client-safe.
import { formatDate } from "@/lib/dates";

/** The employer before the scan closes (page and report). */
export const RESULTS_AFTER_CLOSE =
  "De uitkomsten komen zodra de scan gesloten is. Dan ziet u in één keer wat iedereen samen heeft ingevuld. Zo kan niemand uit tussentijdse uitkomsten afleiden wat één persoon heeft geantwoord.";

/** The employer after the scan closed, when the trainer has not recorded results (older trajects). */
export const NO_SNAPSHOT_YET = "De uitkomsten zijn nog niet vastgelegd. De trainer zet ze voor u klaar.";

/** Fewer respondents than the minimum: only theme figures and aandachtspunten. */
export const fewRespondentsNote = (minimum: number) =>
  `Minder dan ${minimum} mensen vulden de scan in. Daarom ziet u alleen de cijfers per thema en de aandachtspunten: geen antwoorden per stelling, geen eigen rapportcijfer en geen toelichtingen. Zo blijft onherkenbaar wat één persoon heeft geantwoord.`;

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
  `Uw werkgever ziet de uitkomsten pas als de scan gesloten is, en alleen samengevoegd. Hebben minstens ${minimum} mensen de scan ingevuld, dan ziet uw werkgever ook hoe de antwoorden per stelling verdeeld zijn, het gemiddelde eigen rapportcijfer en de toelichtingen van wie daarvoor een vinkje heeft gezet. Een rol (zoals directie of HR) ziet de werkgever alleen apart als er minstens ${minimum} mensen in die rol én ${minimum} in de andere rollen meededen.`,
  `Doen er maar weinig mensen mee, dan kunnen uw antwoorden toch herkenbaar zijn: wie weet wie er meededen, kan soms raden van wie een cijfer komt. Vult u de scan als enige of met een of twee collega’s in, dan liggen zelfs de cijfers per thema dicht bij uw eigen antwoorden. Met minder dan ${minimum} mensen ziet uw werkgever daarom alleen de cijfers per thema en de aandachtspunten, en geen antwoorden per stelling, eigen rapportcijfer of toelichtingen.`,
];
