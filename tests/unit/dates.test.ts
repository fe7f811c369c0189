import { describe, expect, it } from "vitest";
import { amsterdamInstant } from "@/lib/dates";

describe("amsterdamInstant", () => {
  it("uses winter and summer time", () => {
    expect(amsterdamInstant("2026-01-15", "13:30").toISOString()).toBe("2026-01-15T12:30:00.000Z");
    expect(amsterdamInstant("2026-07-01", "13:30").toISOString()).toBe("2026-07-01T11:30:00.000Z");
  });
});
