import { describe, expect, it } from "vitest";
import { listPath, noticeFrom } from "@/app/(app)/beheer/oplossingsrichtingen/notice";

// After an edit page, the list says what happened beside that entry: a fixed text per kind, never one
// taken from the address.
describe("the oplossingsrichtingen list's notice", () => {
  it("goes from the edit page's redirect to the entry's own text", () => {
    const path = listPath("opgeslagen", "EIGEN-3");
    expect(path).toBe("/beheer/oplossingsrichtingen?opgeslagen=EIGEN-3#oplossing-EIGEN-3");
    const query = Object.fromEntries(new URL(path, "http://x").searchParams);
    expect(noticeFrom(query)).toEqual({ key: "EIGEN-3", text: "Opgeslagen." });
    expect(noticeFrom({ uitgezet: "OR-01" })).toEqual({ key: "OR-01", text: "Staat uit: wordt niet meer aangeboden." });
  });

  it("says nothing for an address without a known kind, or a repeated one", () => {
    expect(noticeFrom({})).toBeUndefined();
    expect(noticeFrom({ melding: "Uw account is verwijderd" })).toBeUndefined();
    expect(noticeFrom({ opgeslagen: ["OR-01", "OR-02"] })).toBeUndefined();
  });
});
