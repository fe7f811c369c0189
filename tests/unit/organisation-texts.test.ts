import { describe, expect, it } from "vitest";
import { DEFAULT_ORGANISATION } from "@/lib/organisation/defaults";
import { logoTypeOf, organisationSchema } from "@/lib/organisation/schema";
import { calendarProduct, fillOrganisation, initiativeLine, initiativeSentence, mailFrom, ownerLabel } from "@/lib/organisation/texts";
import { SIGNED_BY_TRAINER, trainerSignature } from "@/lib/mail/templates";
import { LOGO_PNG } from "@/tests/factories";

// The sentences built from the organisation's settings (ADR 025): the defaults give today's texts
// word for word, other settings read as Dutch, and the form refuses what would not.

const OTHER = {
  ...DEFAULT_ORGANISATION,
  programmeName: "Sterk Werkgeverschap",
  name: "Samen aan het Werk",
  ownerName: "Stichting Inclusie",
  initiativeLine: "Een programma van Stichting Inclusie",
};

describe("the organisation's texts", () => {
  it("the defaults give today's texts", () => {
    expect(initiativeLine(DEFAULT_ORGANISATION)).toBe(
      "Een initiatief van ECIO en Onbeperkt aan de Slag, binnen het Platform Werk Inclusief Beperking.",
    );
    expect(initiativeSentence(DEFAULT_ORGANISATION)).toBe(
      "Weerbare Werkgever is een initiatief van ECIO en Onbeperkt aan de Slag, binnen het Platform Werk Inclusief Beperking.",
    );
    expect(ownerLabel(DEFAULT_ORGANISATION)).toBe("de beheerder (ECIO)");
    expect(trainerSignature(DEFAULT_ORGANISATION.name)).toBe("trainer bij Onbeperkt aan de Slag");
    expect(calendarProduct(DEFAULT_ORGANISATION)).toEqual({ company: "Onbeperkt aan de Slag", product: "Weerbare Werkgever" });
  });

  it("other settings: a full stop added once, the line after '<programme> is' in lower case", () => {
    expect(initiativeLine(OTHER)).toBe("Een programma van Stichting Inclusie.");
    expect(initiativeSentence(OTHER)).toBe("Sterk Werkgeverschap is een programma van Stichting Inclusie.");
    expect(initiativeLine({ initiativeLine: "Een programma van ons!" })).toBe("Een programma van ons!");
  });

  it("a mail's signature line is recognised whatever the organisation is called", () => {
    expect(SIGNED_BY_TRAINER.test(`Groet,\nTom de Vries, ${trainerSignature("Samen aan het Werk")}\nnamens X`)).toBe(true);
    expect(SIGNED_BY_TRAINER.test("Groet,\nhet team van Weerbare Werkgever")).toBe(false);
  });

  it("fills the bundled content's placeholders and leaves other text alone", () => {
    expect(fillOrganisation("een trainer van {organisatie} ({programma}, {beheerder})", OTHER)).toBe(
      "een trainer van Samen aan het Werk (Sterk Werkgeverschap, Stichting Inclusie)",
    );
    expect(fillOrganisation("een trainer van {onbekend} en {organisatie", OTHER)).toBe("een trainer van {onbekend} en {organisatie");
  });

  it("the From: MAIL_FROM as is until a part is set, then each missing part from MAIL_FROM", () => {
    const env = "Weerbare Werkgever <noreply@weerbarewerkgever.nl>";
    expect(mailFrom(DEFAULT_ORGANISATION, env)).toBe(env);
    expect(mailFrom({ mailFromName: "Samen", mailFromAddress: null }, env)).toEqual({
      name: "Samen",
      address: "noreply@weerbarewerkgever.nl",
    });
    expect(mailFrom({ mailFromName: null, mailFromAddress: "post@samen.nl" }, env)).toEqual({
      name: "Weerbare Werkgever",
      address: "post@samen.nl",
    });
    expect(mailFrom({ mailFromName: null, mailFromAddress: "post@samen.nl" }, "noreply@x.nl")).toEqual({
      name: "",
      address: "post@samen.nl",
    });
  });
});

describe("the organisation's form", () => {
  const valid = {
    ...DEFAULT_ORGANISATION,
    contactEmail: "",
    contactPhone: "",
    website: "",
    mailFromName: "",
    mailFromAddress: "",
    replyToAddress: "",
    version: "1",
  };
  const errors = (over: Record<string, string>) => {
    const r = organisationSchema.safeParse({ ...valid, ...over });
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it("takes today's texts, with empty optional fields as not set", () => {
    const r = organisationSchema.parse(valid);
    expect(r).toMatchObject({ name: "Onbeperkt aan de Slag", contactEmail: null, website: null, replyToAddress: null, version: 1 });
  });

  it("refuses with Dutch messages", () => {
    expect(errors({ name: " " })).toEqual(["Vul de naam van de organisatie in."]);
    expect(errors({ initiativeLine: "Initiatief van ons." })).toEqual([
      "Begin de zin over wie achter het programma staat met ‘Een’, bijvoorbeeld ‘Een initiatief van …’.",
    ]);
    expect(errors({ replyToAddress: "geen adres" })).toEqual(["Vul bij het antwoordadres een geldig e-mailadres in, of laat het leeg."]);
    expect(errors({ website: "javascript:alert(1)" })).toEqual(["Vul een webadres in dat begint met https://, of laat het leeg."]);
    expect(errors({ contactPhone: "bel me" })).toHaveLength(1);
    expect(errors({ mailFromName: 'Naam "met" <haken>' })).toHaveLength(1);
  });

  it("a logo's type by its first bytes", () => {
    expect(logoTypeOf(LOGO_PNG)).toBe("image/png");
    expect(logoTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(logoTypeOf(new TextEncoder().encode("GIF89a....."))).toBeNull();
    expect(logoTypeOf(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
  });
});
