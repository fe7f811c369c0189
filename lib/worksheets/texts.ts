// The four worksheets (werkbladen): instruments an employer can use with one employee, printed or in
// their own systems. Bundled content in the app's own words (warm, plain Dutch, B1), checked by
// ./schema.ts. Pure and client-safe. Never filled in inside the app: they are about one employee's
// health (docs/method.md#werkbladen), and every page of every file says so (WORKSHEET_FOOTER).
import type { Worksheet, WorksheetKey } from "./schema";

/** On every page of the PDF and in the Word file's footer; once in each file's body, so it is read aloud. */
export const WORKSHEET_FOOTER =
  "Vul dit in samen met de medewerker, op papier of in uw eigen systemen. Het gaat over de gezondheid van één medewerker: de medewerker beslist wat erin komt en wie het leest. Bewaar het veilig en zet het niet in Weerbare Werkgever.";

/** The sentence of the page /werkbladen and of each file's introduction. */
export const WORKSHEET_NOT_IN_APP =
  "U vult de werkbladen in op papier of in uw eigen systemen, nooit in deze app: ze gaan over de gezondheid van één medewerker.";

export const HOW_TO_HEADING = "Zo vult u het in";

export const WORKSHEETS: readonly Worksheet[] = [
  {
    key: "balanskaart",
    title: "Balanskaart",
    purpose:
      "Met de balanskaart brengt u samen met de medewerker in beeld wat energie geeft en wat energie kost, in het werk en daarbuiten. Zo ziet u allebei of het in evenwicht is en waar een kleine verandering al helpt. Gebruik de kaart bij de start in een nieuwe functie, als het werk verandert of als het zwaarder lijkt te gaan. Of gewoon af en toe, ook als het goed gaat.",
    steps: [
      "Plan een rustig moment van een half uur. De medewerker bepaalt wat hij of zij wil vertellen.",
      "Schrijf eerst samen op wat energie geeft, daarna wat energie kost. Denk aan taken, collega's, de werkplek, reistijd en rust.",
      "Kijk samen naar de balans: welke kant weegt nu zwaarder? Kruis aan wat past.",
      "Spreek één of twee kleine dingen af die helpen, en wie wat doet.",
      "Spreek af wanneer u de kaart weer samen bekijkt.",
    ],
    parts: [
      {
        title: "Over dit gesprek",
        fill: [
          { kind: "lines", label: "Datum", lines: 1 },
          { kind: "lines", label: "Wie waren erbij", lines: 1 },
        ],
      },
      {
        title: "Wat geeft energie en wat kost energie?",
        fill: [{ kind: "table", columns: ["Wat geeft energie", "Wat kost energie"], emptyRows: 7 }],
      },
      {
        title: "Hoe staat de balans nu?",
        fill: [
          {
            kind: "choices",
            items: [
              "Het werk geeft nu meer energie dan het kost",
              "Het is ongeveer in evenwicht",
              "Het werk kost nu meer energie dan het geeft",
            ],
          },
          { kind: "lines", label: "Toelichting", lines: 2 },
        ],
      },
      {
        title: "Wat helpt om in balans te blijven?",
        fill: [{ kind: "table", columns: ["Wat spreken we af", "Wie doet het", "Vanaf wanneer"], emptyRows: 4 }],
      },
      {
        title: "Volgende keer",
        fill: [{ kind: "lines", label: "We bekijken de kaart weer samen op", lines: 1 }],
      },
    ],
  },
  {
    key: "terugvalpreventieplan",
    title: "Terugvalpreventieplan",
    purpose:
      "Een terugvalpreventieplan maakt u als het goed gaat, zodat u allebei weet wat te doen als het minder gaat. De medewerker beschrijft de eerste signalen, wat dan helpt en wie wat doet. Zo kunt u vroeg en rustig bijsturen, en hoeft niemand op een moeilijk moment naar woorden te zoeken. Het plan is van de medewerker: hij of zij kiest wat erin komt.",
    steps: [
      "Maak het plan in een periode dat het goed gaat. De medewerker kan het eerst alleen of met een hulpverlener voorbereiden.",
      "Vul samen de signalen in: wat merkt de medewerker zelf, en wat kunnen anderen zien?",
      "Schrijf op wat helpt en wat juist niet helpt, in gewone woorden. Vraag naar wat nodig is voor het werk, niet naar een diagnose.",
      "Spreek af wie wat doet, en hoe u contact houdt als het minder gaat.",
      "Bewaar het plan op een plek die u allebei kent, en kijk het samen door op de afgesproken datum.",
    ],
    parts: [
      {
        title: "Als het goed gaat",
        intro: "Hoe ziet het eruit als het goed gaat? Wat doet de medewerker dan graag?",
        fill: [{ kind: "lines", label: "Zo gaat het goed", lines: 3 }],
      },
      {
        title: "Signalen",
        intro: "De eerste tekenen dat het minder gaat. Hoe eerder u ze samen ziet, hoe kleiner de stap die helpt.",
        fill: [{ kind: "table", columns: ["Wat merkt de medewerker zelf", "Wat kunnen anderen zien"], emptyRows: 5 }],
      },
      {
        title: "Wat helpt",
        fill: [{ kind: "table", columns: ["Wat helpt", "Wat helpt juist niet"], emptyRows: 5 }],
      },
      {
        title: "Wie doet wat",
        fill: [
          {
            kind: "table",
            columns: ["Wie", "Doet wat", "Wanneer"],
            rowLabels: ["De medewerker", "De leidinggevende", "Een collega of maatje", "Iemand anders"],
          },
        ],
      },
      {
        title: "Afspraken over contact",
        fill: [
          { kind: "lines", label: "Hoe en hoe vaak houden we contact als het minder gaat?", lines: 2 },
          { kind: "lines", label: "Wie mag de leidinggevende bellen of mailen, en wie liever niet?", lines: 2 },
          { kind: "lines", label: "Wat vertellen we collega's, en wat niet?", lines: 2 },
          { kind: "lines", label: "We kijken dit plan samen opnieuw door op", lines: 1 },
        ],
      },
    ],
  },
  {
    key: "kleurcode",
    title: "Kleurcode en incheckmomenten",
    purpose:
      "Met een kleurcode laat de medewerker in één woord weten hoe het gaat: groen, oranje of rood. U spreekt vooraf af wat elke kleur betekent en wat u dan allebei doet. Zo wordt praten over hoe het gaat gewoon, ook op drukke dagen of als iemand veel onderweg is. Rood is geen fout: het is een afgesproken manier om op tijd te zeggen dat er nu steun nodig is. Op dit werkblad spreekt u ook vaste incheckmomenten af.",
    steps: [
      "Bespreek samen wat groen, oranje en rood voor deze medewerker betekenen. Gebruik de woorden van de medewerker.",
      "Schrijf per kleur op wat de medewerker dan doet en wat de leidinggevende doet.",
      "Spreek af hoe en wanneer de medewerker de kleur doorgeeft, bijvoorbeeld bij een vast incheckmoment.",
      "Spreek af wat u doet als er een tijd geen kleur doorkomt.",
      "Kijk na een paar weken samen of het zo werkt, en pas het aan waar nodig.",
    ],
    parts: [
      {
        title: "Wat betekent elke kleur?",
        intro: "Elke kleur staat hier met woorden erbij: de kleur alleen zegt niet genoeg.",
        fill: [
          {
            kind: "table",
            columns: ["Kleur", "Wat betekent het voor de medewerker", "Wat doet de medewerker", "Wat doet de leidinggevende"],
            rowLabels: ["Groen: het gaat goed", "Oranje: het vraagt aandacht", "Rood: nu is steun nodig"],
            rowColors: ["groen", "oranje", "rood"],
            lines: 4,
          },
        ],
      },
      {
        title: "Incheckmomenten",
        fill: [{ kind: "table", columns: ["Wanneer", "Hoe (langslopen, bellen, een bericht)", "Wie neemt contact op"], emptyRows: 3 }],
      },
      {
        title: "Als er geen kleur doorkomt",
        fill: [{ kind: "lines", label: "Wat doen we als de medewerker een tijd geen kleur doorgeeft?", lines: 2 }],
      },
      {
        title: "Terugkijken",
        fill: [{ kind: "lines", label: "We kijken samen terug op", lines: 1 }],
      },
    ],
  },
  {
    key: "werkplekaanpassingen",
    title: "Werkplekaanpassingen",
    purpose:
      "Een kleine aanpassing in het werk kan veel verschil maken: andere werktijden, een rustigere plek, taken anders verdeeld of vaste momenten voor overleg. Op dit werkblad zet u per aanpassing wat het is, waarom het helpt, wie het regelt en wanneer u samen kijkt of het werkt. Het gaat om wat de medewerker nodig heeft om goed te werken, niet om een diagnose.",
    steps: [
      "Vraag de medewerker wat helpt om goed te werken. Zoekt u samen naar ideeën, gebruik dan de voorbeelden hieronder.",
      "Schrijf elke aanpassing op een eigen regel: wat het is en waarom het helpt.",
      "Spreek af wie het regelt. Denk ook aan hulp van buiten, zoals een jobcoach, de bedrijfsarts of het werkgeversservicepunt.",
      "Zet er een datum bij waarop u samen kijkt of het werkt.",
      "Houd wat werkt, en verander of stop wat niet werkt.",
    ],
    parts: [
      {
        title: "Voorbeelden om samen te bespreken",
        fill: [
          {
            kind: "list",
            items: [
              "Werktijden: later beginnen, kortere dagen, pauzes op vaste tijden, de uren rustig opbouwen.",
              "Taken: minder tegelijk, taken ruilen of anders verdelen, opdrachten op papier.",
              "Plek: een rustige werkplek, minder prikkels, op vaste dagen thuis werken.",
              "Contact: een vast aanspreekpunt, een maatje, korte vaste overleggen.",
              "Begeleiding: een jobcoach, een vast moment om samen terug te kijken.",
            ],
          },
        ],
      },
      {
        title: "De aanpassingen",
        fill: [
          { kind: "table", columns: ["Wat passen we aan", "Waarom, wat helpt het", "Wie regelt het", "Evaluatiedatum"], emptyRows: 6 },
        ],
      },
      {
        title: "Terugkijken",
        fill: [{ kind: "table", columns: ["Datum", "Wat werkt", "Wat veranderen we"], emptyRows: 3 }],
      },
    ],
  },
] satisfies readonly (Worksheet & { key: WorksheetKey })[];
