import { describe, expect, it } from "vitest";
import { overwrittenNoticeFor } from "@/lib/board/notices";

const event = {
  kind: "overwritten",
  actorName: "Marloes",
  overwrittenName: "Ingrid",
  overwrittenUserId: "user-ingrid",
  clauseId: "clause-1",
  clauseTitle: "Rolzuiverheid",
  revisionId: "rev-1",
  version: 3,
};

describe("overwrittenNoticeFor", () => {
  it("is a message for the overwritten person only, by user id", () => {
    expect(overwrittenNoticeFor(event, "user-ingrid")).toEqual({
      actorName: "Marloes",
      clauseId: "clause-1",
      clauseTitle: "Rolzuiverheid",
      revisionId: "rev-1",
      version: 3,
    });
    expect(overwrittenNoticeFor(event, "user-marloes")).toBeNull();
    // the projector has no viewer id; a name alone is never enough
    expect(overwrittenNoticeFor(event, undefined)).toBeNull();
  });

  it("ignores other events and incomplete ones", () => {
    expect(overwrittenNoticeFor({ kind: "code", actorName: "Marloes" }, "user-ingrid")).toBeNull();
    expect(overwrittenNoticeFor({ ...event, revisionId: undefined }, "user-ingrid")).toBeNull();
  });
});
