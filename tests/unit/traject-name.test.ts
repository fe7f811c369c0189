import { describe, expect, it } from "vitest";
import { amsterdamInstant } from "@/lib/dates";
import { trajectFileSlug, trajectTitle } from "@/lib/format/traject-name";

// Issue 23, item 4: two trajects of one employer must not share a calendar title, file name or row.

describe("a traject's name in files", () => {
  const linde = { employerName: "Zorggroep De Linde", startedAt: amsterdamInstant("2026-03-01", "00:30") };
  it("names the werkvloer, or else the month the traject started (in Amsterdam)", () => {
    expect(trajectTitle({ ...linde, werkvloerName: "Locatie Åkerweg" })).toBe("Zorggroep De Linde – Locatie Åkerweg");
    // 00:30 on 1 March in Amsterdam is still February in UTC
    expect(trajectTitle(linde)).toBe("Zorggroep De Linde – gestart maart 2026");
    expect(trajectTitle({ ...linde, werkvloerName: "  " })).toBe("Zorggroep De Linde – gestart maart 2026");
  });

  it("two trajects of one employer get different, ASCII-only file names", () => {
    const names = [
      trajectFileSlug({ ...linde, werkvloerName: "Locatie Åkerweg" }),
      trajectFileSlug(linde),
      trajectFileSlug({ ...linde, startedAt: amsterdamInstant("2027-01-10") }),
    ];
    expect(names).toEqual([
      "Zorggroep-De-Linde-Locatie-Akerweg",
      "Zorggroep-De-Linde-gestart-maart-2026",
      "Zorggroep-De-Linde-gestart-januari-2027",
    ]);
    expect(new Set(names).size).toBe(3);
  });
});
