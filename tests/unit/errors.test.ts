import { describe, expect, it } from "vitest";
import { httpStatusOf } from "@/lib/errors";

describe("httpStatusOf", () => {
  it("maps each expected failure to its 4xx, anything else to 500", () => {
    expect(httpStatusOf("NOT_FOUND")).toBe(404);
    expect(httpStatusOf("FORBIDDEN")).toBe(403);
    expect(httpStatusOf("VALIDATION")).toBe(400);
    expect(httpStatusOf("CONFLICT")).toBe(409);
    expect(httpStatusOf("INVITE_INVALID")).toBe(404);
    expect(httpStatusOf("LOCKED")).toBe(423);
    expect(httpStatusOf("RATE_LIMITED")).toBe(429);
    expect(httpStatusOf("UNAUTHENTICATED")).toBe(401);
    expect(httpStatusOf("SOMETHING_ELSE")).toBe(500);
  });
});
