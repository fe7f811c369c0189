import { describe, expect, it } from "vitest";
import { EMPLOYER_FUNCTIONS } from "@/lib/employers/schema";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";
import {
  OFFERED_RESPONDENT_FUNCTIONS,
  RESPONDENT_FUNCTION_GROUP,
  RESPONDENT_FUNCTION_LABEL,
  functionGroupLabel,
} from "@/lib/scan/respondent-functions";
import { inviteOutcomeText } from "@/lib/scan/invitations/labels";
import { inviteRespondentsSchema } from "@/lib/scan/invitations/schema";

// One function list for key persons and respondents (ADR 022), and the scoring groups it maps to.

describe("the one function list", () => {
  it("offers a respondent exactly a key person's functions, with the same words", () => {
    expect([...OFFERED_RESPONDENT_FUNCTIONS]).toEqual([...EMPLOYER_FUNCTIONS]);
    for (const f of OFFERED_RESPONDENT_FUNCTIONS) expect(RESPONDENT_FUNCTION_LABEL[f]).toBe(EMPLOYER_FUNCTION_LABEL[f]);
    expect(RESPONDENT_FUNCTION_LABEL.ONDERNEMINGSRAAD).toBe("OR (ondernemingsraad)");
    // the old choice stays readable on old invitations, and is never offered
    expect(RESPONDENT_FUNCTION_LABEL.MEDEWERKER_OR).toBe("Medewerker of OR");
    expect(OFFERED_RESPONDENT_FUNCTIONS).not.toContain("MEDEWERKER_OR");
  });

  it("keeps OR, medewerker and 'Medewerker of OR' in one scoring group, the others as before", () => {
    expect(RESPONDENT_FUNCTION_GROUP).toEqual({
      DIRECTIE: "directie",
      HR: "HR",
      LEIDINGGEVENDE: "leidinggevende",
      ONDERNEMINGSRAAD: "medewerker / OR",
      MEDEWERKER: "medewerker / OR",
      MEDEWERKER_OR: "medewerker / OR",
      ANDERS: "anders",
    });
  });

  it("names each scoring group once, the merged one by its old name", () => {
    expect(functionGroupLabel("medewerker / OR")).toBe("Medewerker of OR");
    expect(functionGroupLabel("directie")).toBe("Directie");
    expect(functionGroupLabel("leidinggevende")).toBe("Leidinggevende");
    expect(functionGroupLabel("iets nieuws")).toBe("Iets nieuws");
  });
});

describe("the invite form's input and outcome", () => {
  const base = {
    trajectId: "t1",
    deadline: new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10),
    keyPersonIds: [],
    otherName: "",
    otherEmail: "",
    otherFunction: "HR",
    saveAsKeyPerson: false,
  };

  it("wants at least one person, and someone else in full", () => {
    const none = inviteRespondentsSchema.safeParse(base);
    expect(none.success).toBe(false);
    expect(none.error?.issues.map((i) => i.path.join("."))).toContain("keyPersonIds");
    const half = inviteRespondentsSchema.safeParse({ ...base, otherName: "Anna" });
    expect(half.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["otherEmail", "Vul een geldig e-mailadres in."]);
    expect(inviteRespondentsSchema.safeParse({ ...base, otherName: "Anna", otherEmail: "ANNA@voorbeeld.nl" }).data?.otherEmail).toBe(
      "anna@voorbeeld.nl",
    );
    expect(inviteRespondentsSchema.safeParse({ ...base, keyPersonIds: ["k1"], otherFunction: "MEDEWERKER_OR" }).success).toBe(false);
  });

  it("says per person what happened, in Dutch", () => {
    expect(
      inviteOutcomeText({
        people: [
          { name: "Anna", status: "sent" },
          { name: "Bram", status: "alreadyInvited" },
          { name: "Chris", status: "sent" },
        ],
        savedKeyPerson: "Chris",
      }),
    ).toBe(
      "De uitnodiging is verstuurd aan Anna en Chris. Bram was al uitgenodigd voor deze scan en kreeg geen tweede uitnodiging. Chris staat nu ook bij de sleutelpersonen.",
    );
    expect(inviteOutcomeText({ people: [{ name: "Anna", status: "sent" }], savedKeyPerson: null })).toBe(
      "De uitnodiging voor Anna is verstuurd.",
    );
  });
});
