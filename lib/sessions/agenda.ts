// The method's agenda per session (docs/method.md): where a session's agenda starts. The trainer edits
// it per session; an agenda never edited (null in the database) is the template of its number.

export const AGENDA_TEMPLATES: Record<number, string> = {
  1: [
    "Opening en kennismaking",
    "Presentatie: wat is EPA, wat is Weerbare Werkgever",
    "Wederzijdse uitwisseling: de werkgever en de ervaringsdeskundige vertellen",
    "De resultaten van de scan en de reflectie van de ervaringsdeskundige",
    "Intentie en praktijk: waar zit het verschil?",
    "Afspraken voor bijeenkomst 2",
  ].join("\n"),
  2: [
    "Terugblik op bijeenkomst 1",
    "Van aandachtspunten naar oplossingsrichtingen",
    "Samen de EPA-gedragscode opstellen",
    "Vervolgstappen, met wie ze oppakt en wanneer",
    "Afsluiting",
  ].join("\n"),
  3: [
    "Terugblik: wat is er gebeurd sinds de vorige bijeenkomst?",
    "Voortgang van de vervolgstappen",
    "De gedragscode in de praktijk: wat stellen we bij?",
    "Afspraken voor de vervolgscan",
  ].join("\n"),
};

/** The agenda of a session: its own, or the template of its number. */
export const agendaOf = (session: { number: number; agenda: string | null }): string =>
  session.agenda ?? AGENDA_TEMPLATES[session.number] ?? "";
