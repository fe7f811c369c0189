import { describe, expect, it } from "vitest";
import { buildSessionSummary, readSessionSummary, type SummaryInput } from "@/lib/room/summary-model";
import { codeStatusLine, nextLines, peopleLines, anonymousLine, summaryAsText, SUMMARY_HEADINGS } from "@/lib/room/summary-text";

// The summary of session 2 (issue 26 item 6): plain facts in, plain JSON-safe data out; the mail's text
// from that data. Who was there, the priorities as totals, the afspraken per section with the
// uitgangspunten apart, the next steps, the code's status, and what happens next.

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

function input(over: Partial<SummaryInput> = {}): SummaryInput {
  return {
    employerName: "Bakkerij Jansen B.V.",
    session: { number: 2, scheduledAt: day("2027-03-03") },
    summarisedAt: day("2027-03-03"),
    summarisedByName: "Sanne de Vries",
    attendees: [
      { attendeeId: "a1", keyPersonId: "k1", name: "Fatima Ouali", function: "ONDERNEMINGSRAAD", present: true },
      { attendeeId: "a2", keyPersonId: "k2", name: "Joost Bakker", function: "DIRECTIE", present: null },
      { attendeeId: "a3", keyPersonId: "k3", name: "Afwezig Iemand", function: "HR", present: false },
      { attendeeId: "a4", keyPersonId: "k4", name: "Toch Gekomen", function: "HR", present: false },
    ],
    tandem: [
      { name: "Sanne de Vries", role: "trainer" },
      { name: "Ruben Smit", role: "expert" },
    ],
    participants: [
      { name: "Fatima", attendeeId: "a1", anonymous: true },
      { name: "Toch Gekomen", attendeeId: "a4", anonymous: false },
      { name: "Marloes", attendeeId: null, anonymous: false },
      { name: "joost bakker ", attendeeId: null, anonymous: false },
      { name: "Iemand", attendeeId: null, anonymous: true },
      { name: "Nog iemand", attendeeId: null, anonymous: true },
    ],
    votes: {
      PUNTEN: {
        rows: [
          { title: "Werkdruk", votes: 5 },
          { title: "Terugkeer", votes: 2 },
          { title: "Werving", votes: 0 },
        ],
        voters: 3,
      },
      AFSPRAKEN: { rows: [{ title: "Maandelijks gesprek", votes: 0 }], voters: 0 },
    },
    code: {
      status: "CONCEPT",
      version: 12,
      hash: "abcdef0123456789abcdef",
      adoptedAt: null,
      clauses: [
        { section: "UITGANGSPUNTEN", title: "Wij praten met elkaar", body: "Niet over elkaar.", owner: null, startDate: null },
        {
          section: "AFSPRAKEN_PER_ROL",
          title: "Maandelijks gesprek",
          body: "Leidinggevende en medewerker.",
          owner: "HR",
          startDate: day("2027-04-01"),
        },
        { section: "BORGING", title: "Evaluatie", body: "Over een jaar.\nMet de OR.", owner: " ", startDate: null },
        { section: "IETS_NIEUWS", title: "Onbekend", body: "x", owner: null, startDate: null },
      ],
    },
    nextSteps: [{ text: "Code voorleggen aan de OR", owner: "Directie", dueDate: day("2027-03-20") }],
    signers: [
      { keyPersonId: "k2", name: "Joost Bakker", function: "DIRECTIE", signed: false },
      { keyPersonId: "k1", name: "Fatima Ouali", function: "ONDERNEMINGSRAAD", signed: true },
    ],
    followUpAt: null,
    ...over,
  };
}

describe("who was there", () => {
  const s = buildSessionSummary(input());

  it("the list's people with their function, not those marked absent unless they joined from their phone", () => {
    expect(s.people.attendees).toEqual([
      { keyPersonId: "k1", name: "Fatima Ouali", functionLabel: "OR (ondernemingsraad)" },
      { keyPersonId: "k2", name: "Joost Bakker", functionLabel: "Directie" },
      { keyPersonId: "k4", name: "Toch Gekomen", functionLabel: "HR" },
    ]);
  });

  it("a phone that picked itself from the list is that attendee; other named phones by name, once; anonymous ones as a count", () => {
    expect(s.people.named).toEqual(["Marloes"]);
    expect(s.people.anonymous).toBe(2);
    expect(s.people.tandem).toEqual([
      { name: "Sanne de Vries", roleLabel: "trainer" },
      { name: "Ruben Smit", roleLabel: "ervaringsdeskundige" },
    ]);
    expect(peopleLines(s)).toContain("Fatima Ouali (ondernemingsraad)");
    expect(anonymousLine(s)).toBe("En 2 mensen die anoniem meededen via hun telefoon.");
    expect(anonymousLine(buildSessionSummary(input({ participants: [] })))).toBeNull();
  });
});

describe("the priorities, the afspraken and the next steps", () => {
  const s = buildSessionSummary(input());

  it("only totals that got votes, highest first as given; a vote nobody cast says so", () => {
    expect(s.priorities).toEqual([
      {
        kind: "PUNTEN",
        title: "Aandachtspunten",
        rows: [
          { title: "Werkdruk", votes: 5 },
          { title: "Terugkeer", votes: 2 },
        ],
        voters: 3,
      },
      { kind: "AFSPRAKEN", title: "Voorgestelde afspraken", rows: [], voters: 0 },
    ]);
    expect(summaryAsText(s)).toContain("Er is niet gestemd op de voorgestelde afspraken.");
  });

  it("uitgangspunten apart, the afspraken per section in the method's order with owners and start dates; no preamble", () => {
    expect(s.code?.uitgangspunten.map((a) => a.title)).toEqual(["Wij praten met elkaar"]);
    expect(s.code?.sections.map((x) => x.title)).toEqual(["Afspraken per rol", "Borging", "Overige afspraken"]);
    expect(s.code?.sections[0]?.afspraken[0]).toEqual({
      title: "Maandelijks gesprek",
      body: "Leidinggevende en medewerker.",
      owner: "HR",
      startDate: day("2027-04-01").toISOString(),
    });
    // a blank owner is no owner
    expect(s.code?.sections[1]?.afspraken[0]?.owner).toBeNull();
    expect(summaryAsText(s)).toContain("Eigenaar: HR · Start: 1 april 2027");
  });

  it("the code's status with the kenmerk the PDF shows, never the edit count as a version", () => {
    expect(s.code).toMatchObject({ status: "CONCEPT", version: 12, kenmerk: "abcdef0123456789" });
    expect(codeStatusLine(s)).toBe(
      "Concept: de gedragscode is nog niet vastgesteld en de tekst kan nog veranderen. Kenmerk van deze tekst: abcdef0123456789.",
    );
    expect(codeStatusLine(buildSessionSummary(input({ code: null })))).toBe("Er is nog geen gedragscode.");
    expect(summaryAsText(buildSessionSummary(input({ code: null })))).toContain("Er staan nog geen afspraken in de gedragscode.");
  });

  it("the next steps with who and when", () => {
    expect(s.nextSteps).toEqual([{ text: "Code voorleggen aan de OR", owner: "Directie", dueDate: day("2027-03-20").toISOString() }]);
    expect(summaryAsText(s)).toContain("Wie: Directie · Wanneer: 20 maart 2027");
    expect(summaryAsText(buildSessionSummary(input({ nextSteps: [] })))).toContain("Er zijn nog geen volgende stappen vastgelegd.");
  });
});

describe("what happens next", () => {
  it("who must sign from the stored list, and who already did; the follow-up moment or that it is still to be planned", () => {
    expect(nextLines(buildSessionSummary(input()))).toEqual([
      "Daarna tekenen namens de werkgever: Joost Bakker (Directie), Fatima Ouali (ondernemingsraad, heeft getekend).",
      "Het moment om samen terug te kijken hoe het gaat, wordt nog gepland.",
    ]);
    expect(nextLines(buildSessionSummary(input({ signers: [], followUpAt: day("2027-09-01") })))).toEqual([
      "Wie er namens de werkgever tekent, spreken we nog af. Daarna wordt de gedragscode ondertekend en vastgesteld.",
      "Op 1 september 2027 kijken we samen hoe het gaat met de afspraken.",
    ]);
  });

  it("an adopted code says when", () => {
    const code = { ...input().code!, status: "VASTGESTELD" as const, adoptedAt: day("2027-03-10") };
    const s = buildSessionSummary(input({ code }));
    expect(nextLines(s)[0]).toBe("De gedragscode is vastgesteld op 10 maart 2027.");
    expect(codeStatusLine(s)).toMatch(/^Vastgesteld\./);
  });
});

describe("stored and read back", () => {
  it("survives JSON as it is (what the database keeps), and anything else reads as none", () => {
    const s = buildSessionSummary(input());
    expect(readSessionSummary(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(readSessionSummary(null)).toBeNull();
    expect(readSessionSummary({ kind: "sessionSummary", version: 2 })).toBeNull();
    expect(readSessionSummary("tekst")).toBeNull();
  });

  it("the text has the headings in the issue's order", () => {
    const text = summaryAsText(buildSessionSummary(input()));
    const at = Object.values(SUMMARY_HEADINGS).map((h) => text.indexOf(h.toUpperCase()));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
