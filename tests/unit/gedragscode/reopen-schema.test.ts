import { describe, expect, it } from "vitest";
import { reopenSchema } from "@/lib/gedragscode/schema";

// Reopening an adopted code voids every signature: the directie ticks that they know who must sign
// again (issue 24). Without the tick nothing happens, with a Dutch reason.
describe("reopening the code asks for a confirmation", () => {
  it("is refused without the tick, with the reason in Dutch", () => {
    const refused = reopenSchema.safeParse({ trajectId: "ckabc123def456ghi789jkl0" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe("Vink aan dat u weet wie daarna opnieuw moet tekenen.");
    expect(reopenSchema.safeParse({ trajectId: "ckabc123def456ghi789jkl0", confirm: "ja" }).success).toBe(false);
  });

  it("goes ahead with the tick", () => {
    expect(reopenSchema.safeParse({ trajectId: "ckabc123def456ghi789jkl0", confirm: "on" }).success).toBe(true);
  });
});
