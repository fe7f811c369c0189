import { describe, expect, it } from "vitest";
import { REDACTED_LINK, hasCredentialLink, mayReadCredentialLinks, redactCredentialLinks } from "@/lib/mail/credentials";
import { newLinkToken } from "@/lib/link-tokens";

const { token } = newLinkToken();

describe("one-time links in mail (lib/mail/credentials.ts)", () => {
  it("removes every URL that carries a link token, and keeps the app's other links", () => {
    const text = `Uw link: http://localhost:3000/scan/${token}\nOndertekenen: https://ww.nl/ondertekenen/${token}.\nHet traject: http://localhost:3000/trajecten/cmabc123def456ghi789jkl0`;
    expect(hasCredentialLink(text)).toBe(true);
    const redacted = redactCredentialLinks(text);
    expect(redacted).not.toContain(token);
    expect(redacted).toContain(`Ondertekenen: ${REDACTED_LINK}.`);
    expect(redacted).toContain("http://localhost:3000/trajecten/cmabc123def456ghi789jkl0");
    expect(hasCredentialLink(redacted)).toBe(false);
  });

  it("only a STORED mail's links, and only for whom caused it (the scheduler's: the traject's trainer)", () => {
    const traject = { trainerId: "trainer" };
    for (const status of ["PENDING", "SENDING", "SENT", "FAILED"] as const)
      expect(mayReadCredentialLinks({ status, causedById: "trainer", traject }, "trainer")).toBe(false);
    expect(mayReadCredentialLinks({ status: "STORED", causedById: "trainer", traject }, "trainer")).toBe(true);
    expect(mayReadCredentialLinks({ status: "STORED", causedById: "admin", traject }, "trainer")).toBe(false);
    expect(mayReadCredentialLinks({ status: "STORED", causedById: null, traject }, "trainer")).toBe(true);
    expect(mayReadCredentialLinks({ status: "STORED", causedById: null, traject: null }, "admin")).toBe(false);
  });
});
