import { describe, expect, it } from "vitest";
import { REDACTED_LINK, credentialOwnerId, hasCredentialLink, mayReadCredentialLinks, redactCredentialLinks } from "@/lib/mail/credentials";
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
      expect(mayReadCredentialLinks({ kind: "invitation", status, causedById: "trainer", traject }, "trainer")).toBe(false);
    expect(mayReadCredentialLinks({ kind: "invitation", status: "STORED", causedById: "trainer", traject }, "trainer")).toBe(true);
    expect(mayReadCredentialLinks({ kind: "invitation", status: "STORED", causedById: "admin", traject }, "trainer")).toBe(false);
    expect(mayReadCredentialLinks({ kind: "reminder", status: "STORED", causedById: null, traject }, "trainer")).toBe(true);
    expect(mayReadCredentialLinks({ kind: "reminder", status: "STORED", causedById: null, traject: null }, "admin")).toBe(false);
    // any other mail without an owner stays nobody's (an employer account's link the tandem asked for)
    expect(mayReadCredentialLinks({ kind: "account", status: "STORED", causedById: null, traject }, "trainer")).toBe(false);
    expect(mayReadCredentialLinks({ kind: "invitation", status: "STORED", causedById: null, traject }, "trainer")).toBe(false);
  });

  it("a link that acts for the employer is never the tandem's: a signing link nobody's, an employer account's only the admin's", () => {
    const trainer = { id: "trainer", role: "TRAINER" as const };
    const admin = { id: "admin", role: "ADMIN" as const };
    expect(credentialOwnerId({ kind: "signing" }, trainer)).toBeNull();
    expect(credentialOwnerId({ kind: "account", employerAccount: true }, trainer)).toBeNull();
    expect(credentialOwnerId({ kind: "account", employerAccount: true }, admin)).toBe("admin");
    expect(credentialOwnerId({ kind: "account" }, admin)).toBe("admin");
    expect(credentialOwnerId({ kind: "invitation" }, trainer)).toBe("trainer");
    // a stored signing mail does not fall to the traject's trainer either
    expect(
      mayReadCredentialLinks({ kind: "signing", status: "STORED", causedById: null, traject: { trainerId: "trainer" } }, "trainer"),
    ).toBe(false);
  });
});
