import { describe, expect, it } from "vitest";
import { isSchedulerRequest, schedulerToken } from "@/lib/auth/scheduler-token";

describe("scheduler token", () => {
  const secret = "een-geheim-van-de-app";
  it("accepts only the token derived from the app's own secret", () => {
    expect(isSchedulerRequest(`Bearer ${schedulerToken(secret)}`, secret)).toBe(true);
    expect(isSchedulerRequest(`Bearer ${schedulerToken("een ander geheim")}`, secret)).toBe(false);
    expect(isSchedulerRequest(`Bearer ${schedulerToken(secret)}x`, secret)).toBe(false);
    expect(isSchedulerRequest(schedulerToken(secret), secret)).toBe(false);
    expect(isSchedulerRequest(null, secret)).toBe(false);
  });
  it("denies everything when the app has no secret", () => {
    expect(isSchedulerRequest(`Bearer ${schedulerToken("")}`, undefined)).toBe(false);
    expect(isSchedulerRequest(`Bearer ${schedulerToken("")}`, "")).toBe(false);
  });
  it("does not contain the secret", () => {
    expect(schedulerToken(secret)).not.toContain(secret);
    expect(schedulerToken(secret)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
