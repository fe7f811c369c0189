import { describe, expect, it } from "vitest";
import { compileTerms, findHealthMention, nameWords, NEAR_WINDOW, STRONG_WINDOW } from "@/lib/health-check/matcher";
import { BUNDLED_TERMS, FIRST_NAMES } from "@/lib/health-check/bundled";

// The health-data check's matcher on the bundled list (prisma/data/gezondheidscheck.json). Every
// documented choice of lib/health-check/matcher.ts has a case here that fails if the choice changes.
const terms = compileTerms(BUNDLED_TERMS);
const people = ["Petra de Vries", "Marieke van den Berg", "Jan-Willem Groen", "Ahmet Yılmaz"];
const names = new Set([...nameWords(people), ...nameWords(FIRST_NAMES)]);
const check = (text: string) => findHealthMention(text, terms, names);

describe("the health-data check's matcher", () => {
  it("asks when a diagnosis stands near a person of the traject", () => {
    expect(check("Petra heeft een depressie en werkt nu halve dagen.")).toMatchObject({ name: "petra" });
    expect(check("Met mevrouw De Vries spreken we af dat haar psychose niet ter sprake komt.")).toMatchObject({ name: "vries" });
    expect(check("Yılmaz gebruikt lithium.")).toMatchObject({ term: "lithium" });
  });

  it("asks for a bundled first name too, also one that is not in the traject", () => {
    expect(check("Sanne slikt antidepressiva sinds de zomer.")).toMatchObject({ name: "sanne", term: "antidepressiva" });
    expect(check("Fatima is in therapie bij de GGZ.")).not.toBeNull();
  });

  it("never asks for a term alone: the code names conditions in general all the time", () => {
    expect(check("Medewerkers met een psychische aandoening zijn welkom in elk team.")).toBeNull();
    expect(check("We praten open over depressie, psychose en medicatie, zonder iemand te noemen.")).toBeNull();
    expect(check("Wie een burn-out heeft gehad, krijgt een rustige start.")).toBeNull();
  });

  it("matches whole words and endings, without case or accents", () => {
    expect(check("Petra is depressief.")).not.toBeNull(); // "depressi*"
    expect(check("Petra heeft depressieklachten.")).not.toBeNull();
    expect(check("Petra heeft een angststoornis.")).not.toBeNull(); // "*stoornis*"
    expect(check("PETRA? Nee: Petra, BIPOLAIR.")).not.toBeNull();
    expect(check("Petra kreeg een diagnóse.")).not.toBeNull();
    expect(check("Petra bracht haar naar het ziekenhuis.")).toBeNull(); // "ziek" is not in "ziekenhuis"
  });

  it("matches a term of several words only in a row", () => {
    expect(check("Petra heeft een psychische aandoening.")).not.toBeNull();
    expect(check("Petra: psychische belasting is een aandoening van de tijd.")).toBeNull();
  });

  it("takes a possessive as the name", () => {
    expect(check("Jans medicatie gaat mee op reis.")).toMatchObject({ name: "jan" });
    expect(check("Petra's burn-out duurde een jaar.")).toMatchObject({ name: "petra" });
  });

  it("counts a name only with a capital: 'groen' in a kleurcode is not Jan-Willem Groen", () => {
    expect(check("Bij groen gaat het goed; bij een depressie kan het oranje worden.")).toBeNull();
    expect(check("Groen heeft een depressie.")).not.toBeNull();
  });

  it(`asks for a strong term within ${STRONG_WINDOW} words of a name, not further`, () => {
    expect(check("Petra vertelde ons vorige week in het overleg over depressie.")).toBeNull(); // 9 words apart
    expect(check("Petra vertelde in het overleg over depressie.")).not.toBeNull();
  });

  it(`asks for a word policies use ("ziekte") only right next to a name (${NEAR_WINDOW} words)`, () => {
    expect(check("Bij ziekte meldt de medewerker zich bij Petra, de leidinggevende.")).toBeNull();
    expect(check("Bij ziekte meldt u zich voor tien uur bij Petra.")).toBeNull();
    expect(check("Petra is ziek.")).not.toBeNull();
    expect(check("Sinds de ziekte van Petra werken we anders.")).not.toBeNull();
    expect(check("Het verzuim van Marieke daalde.")).not.toBeNull();
    expect(check("Het verzuim in het team van Marieke daalde.")).toBeNull(); // the team's, five words away
    expect(check("Het verzuim daalde in het hele team, zegt Marieke.")).toBeNull();
  });

  it("reads a term right after a group of people as general, also with a name in the sentence", () => {
    expect(check("Petra zorgt dat medewerkers met een psychische aandoening een vast aanspreekpunt krijgen.")).toBeNull();
    expect(check("Jan begeleidt collega's met depressie.")).toBeNull();
    expect(check("Jan heeft een depressie, net als veel medewerkers.")).not.toBeNull(); // the group comes after
  });

  it("reads across sentences: the next sentence can be about the same person", () => {
    expect(check("Jan komt later. Hij heeft een burn-out.")).not.toBeNull();
  });

  it("leaves out tussenvoegsels and initials, and ignores comments and blank lines in the list", () => {
    expect(nameWords(["Marieke van den Berg", "J. de Wit"])).toEqual(new Set(["marieke", "berg", "wit"]));
    const own = compileTerms({ strong: ["# kop", "", "  lithium  "], near: [] });
    expect(own.strong.map((p) => p.source)).toEqual(["lithium"]);
  });
});
