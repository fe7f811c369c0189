// The expert's guide for preparing the story they tell an employer (issue 27 item 6, ADR 037): the
// questions of the interview list of "Mensen met Mogelijkheden" (MMM, the summary for employers),
// in this app's own words, with a few of the method's own on what to share. Read and printed only:
// the answers are about the person's own condition, so the app has no place to put them. Pure.

export interface StoryGuidePart {
  title: string;
  questions: readonly string[];
}

export const STORY_GUIDE = {
  title: "Uw verhaal voorbereiden",
  intro:
    "Als ervaringsdeskundige vertelt u een werkgever hoe werken met een psychische kwetsbaarheid voor u is. Deze vragen helpen u om dat verhaal voor te bereiden. Ze komen uit de interviewvragen van het project Mensen met Mogelijkheden, in onze eigen woorden.",
  whyNotHere:
    "U vult deze vragen niet in de app in. Uw antwoorden gaan over uzelf en uw gezondheid, en die horen bij u. Daarom kunt u deze hulp alleen lezen, printen of downloaden: schrijf uw antwoorden op papier of waar u dat zelf wilt. De app bewaart er niets van.",
  howToHeading: "Zo gebruikt u deze vragen",
  howTo: [
    "Neem er de tijd voor. U hoeft niet alle vragen te beantwoorden, en ook niet in deze volgorde.",
    "Elk antwoord is goed: het gaat om wat u zelf meemaakt en vindt.",
    "Kies daarna wat u wel en niet vertelt. Sommige dingen hoeft u niet te delen; daar bent u helemaal vrij in.",
    "Vertel het eens hardop, alleen of aan iemand die u vertrouwt. Werkgevers zijn al geïnteresseerd: u hoeft niemand te overtuigen.",
  ],
  parts: [
    {
      title: "Over uzelf",
      questions: [
        "Wie bent u, in een paar zinnen? Bijvoorbeeld waar u woont en met wie u samenleeft, voor zover u dat wilt vertellen.",
        "Waar heeft u plezier in? Waar krijgt u energie van?",
      ],
    },
    {
      title: "Uw werk nu",
      questions: [
        "Heeft u op dit moment werk? Wat voor werk is het?",
        "Hoe ziet uw dienstverband eruit: hoeveel uur werkt u, en met wat voor contract?",
        "Wat vindt u fijn aan dit werk, en wat geeft u er energie? Wat vindt u minder fijn?",
        "Is het werk zoals u had verwacht? Waarom koos u ervoor?",
      ],
    },
    {
      title: "Past het werk bij u?",
      questions: [
        "Kunt u in uw werk doen waar u goed in bent? Wat gaat vanzelf, en wat kost moeite?",
        "Weet u een moment waarop u zich sterk voelde in uw werk? Wat gebeurde er toen?",
        "Is dit het werk dat u altijd al wilde doen, of droomt u van ander werk?",
        "Heeft u eerder werk gehad dat beter bij u paste? Wat maakte het verschil?",
        "Hoe kijken de mensen om u heen aan tegen het werk dat u nu doet?",
      ],
    },
    {
      title: "Hoe u er kwam en hoe u begon",
      questions: [
        "Hoe bent u bij deze werkgever terechtgekomen? Hoe ging het solliciteren?",
        "Hoe gingen de eerste weken? Hoe was het contact met uw leidinggevende en uw collega's?",
      ],
    },
    {
      title: "Wat u de werkgever wilt meegeven",
      questions: [
        "Welke twee of drie dingen wilt u dat een werkgever na uw verhaal onthoudt?",
        "Wat houdt u liever voor uzelf? Dat mag: u bepaalt zelf hoe ver u gaat.",
        "Wat zou u de werkgever zelf willen vragen? Bijvoorbeeld wat ze al weten, of wat ze lastig vinden.",
      ],
    },
  ] satisfies readonly StoryGuidePart[],
  footer: "Om op papier of waar u zelf wilt in te vullen: de app bewaart uw antwoorden niet.",
} as const;

export type StoryGuide = typeof STORY_GUIDE;

export const STORY_GUIDE_FILE_NAME = "uw-verhaal-voorbereiden.pdf";
