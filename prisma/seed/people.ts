// Demo people and organisations (fictional). One password for every demo login.
export const DEMO_PASSWORD = "WelkomDemo2026";
/**
 * Every demo account's second factor (docs/decisions/019-second-factor.md), printed in the README: add
 * it to an authenticator app, or print the current code with the one-line command there. Demo only.
 */
export const DEMO_TOTP_SECRET = "K5SWK4TCMFZGKV3FOJVWOZLWMVZC2MRS";

export const ADMIN = { email: "beheer@weerbarewerkgever.nl", name: "Annelies Bakker" };

export const TRAINERS = [
  { email: "marieke@oads.nl", name: "Marieke Jansen" },
  { email: "ruben@oads.nl", name: "Ruben Visser" },
];

export const EXPERTS = [
  {
    email: "sanne@ervaringsdeskundig.nl",
    name: "Sanne de Boer",
    /** a certificate from the first cohort (issue 27: certified is a certificate, not a flag) */
    certified: true,
    profile: {
      experienceThemes: ["T4", "T5", "T8"],
      region: "Gelderland",
      availability: "Dinsdag en donderdag",
      bio: "Werkt sinds 2019 weer in de zorg; weet hoe het is om na een terugval terug te keren op de werkvloer.",
    },
  },
  {
    email: "mohammed@ervaringsdeskundig.nl",
    name: "Mohammed El Amrani",
    certified: true,
    profile: {
      experienceThemes: ["T1", "T7", "T9"],
      region: "Overijssel",
      availability: "Flexibel, met een week vooraf",
      bio: "Ervaring met solliciteren buiten het doelgroepenregister en met de informele kant van werk.",
    },
  },
  {
    email: "petra@ervaringsdeskundig.nl",
    name: "Petra Hoekstra",
    certified: false,
    profile: {
      experienceThemes: ["T2", "T3", "T6"],
      region: "Utrecht",
      availability: "Maandag en vrijdag",
      bio: "Denkt mee over maatwerk in taken en over een teamklimaat waarin je jezelf kunt zijn.",
    },
  },
];

export const EMPLOYERS = [
  {
    id: "demo-employer-linde",
    name: "Zorggroep De Linde",
    sector: "Zorg en welzijn",
    city: "Apeldoorn",
    trainer: 0,
    werkvloer: { id: "demo-werkvloer-linde", name: "Woonzorglocatie Het Hoge Veld", location: "Apeldoorn" },
    users: [
      { email: "hr@delinde.nl", name: "Femke Mulder", fn: "HR" },
      { email: "directie@delinde.nl", name: "Hans Kok", fn: "DIRECTIE" },
      { email: "teamleider@delinde.nl", name: "Yvonne Smit", fn: "LEIDINGGEVENDE" },
    ],
    keyPersons: [{ email: "or@delinde.nl", name: "Ahmed Yilmaz", fn: "ONDERNEMINGSRAAD" }],
  },
  {
    id: "demo-employer-vandijk",
    name: "Van Dijk Bouw & Techniek",
    sector: "Bouw en techniek",
    city: "Zwolle",
    trainer: 0,
    werkvloer: { id: "demo-werkvloer-vandijk", name: "Werkplaats en projectbureau", location: "Zwolle" },
    users: [
      { email: "hr@vandijkbouw.nl", name: "Lotte Dekker", fn: "HR" },
      { email: "directie@vandijkbouw.nl", name: "Erik van Dijk", fn: "DIRECTIE" },
      { email: "uitvoering@vandijkbouw.nl", name: "Bram Bos", fn: "LEIDINGGEVENDE" },
    ],
    keyPersons: [{ email: "or@vandijkbouw.nl", name: "Sanne de Wit", fn: "ONDERNEMINGSRAAD" }],
  },
  {
    id: "demo-employer-rivierstad",
    name: "Gemeente Rivierstad",
    sector: "Overheid",
    city: "Rivierstad",
    trainer: 1,
    werkvloer: { id: "demo-werkvloer-rivierstad", name: "Klantcontactcentrum", location: "Stadskantoor" },
    users: [
      { email: "hr@rivierstad.nl", name: "Noor Peters", fn: "HR" },
      { email: "directie@rivierstad.nl", name: "Karin de Graaf", fn: "DIRECTIE" },
      { email: "teamleider@rivierstad.nl", name: "Daan Willems", fn: "LEIDINGGEVENDE" },
    ],
    keyPersons: [{ email: "or@rivierstad.nl", name: "Mila Jansen", fn: "ONDERNEMINGSRAAD" }],
  },
] as const;
