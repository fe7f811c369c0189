import { describe, expect, it } from "vitest";
import { endSentence, inBrackets, withInBrackets } from "@/lib/format/sentence";
import { keyPersonWithFunction } from "@/lib/employers/labels";

describe("names and labels in sentences", () => {
  it("ends a sentence with one period, also after a name that ends with one", () => {
    expect(endSentence("Bijeenkomst 1 bij Bakkerij Jansen B.V.")).toBe("Bijeenkomst 1 bij Bakkerij Jansen B.V.");
    expect(endSentence("Bijeenkomst 1 bij Zorggroep De Linde")).toBe("Bijeenkomst 1 bij Zorggroep De Linde.");
    expect(endSentence("Wie tekent er?")).toBe("Wie tekent er?");
    expect(endSentence("Getekend door Jansen & Co.  ")).toBe("Getekend door Jansen & Co.");
  });

  it("never puts brackets inside brackets", () => {
    expect(inBrackets("OR (ondernemingsraad)")).toBe("(ondernemingsraad)");
    expect(inBrackets("Directie")).toBe("(Directie)");
    expect(withInBrackets("Fatima Ouali", "OR (ondernemingsraad)")).toBe("Fatima Ouali (ondernemingsraad)");
    expect(withInBrackets("Johan de Wit", "Directie")).toBe("Johan de Wit (Directie)");
    expect(keyPersonWithFunction({ name: "Fatima Ouali", function: "ONDERNEMINGSRAAD" })).toBe("Fatima Ouali (ondernemingsraad)");
    expect(keyPersonWithFunction({ name: "Sanne", function: "HR" })).toBe("Sanne (HR)");
  });
});
