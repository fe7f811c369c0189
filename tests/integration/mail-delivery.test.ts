import { describe, expect, it } from "vitest";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { startFakeSmtp } from "@/tests/support/fake-smtp";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

describe("mail delivery through SMTP", () => {
  it("sends every PENDING mail once, marks it SENT, and leaves the outbox-only (STORED) mail alone", async () => {
    const smtp = await startFakeSmtp();
    try {
      await t.prisma.outboxMail.createMany({
        data: [
          {
            kind: "invitation",
            to: "a@voorbeeld.nl",
            subject: "Uitnodiging",
            text: "Beste A, uw link: https://example.test/scan/x",
            status: "PENDING",
          },
          { kind: "reminder", to: "b@voorbeeld.nl", subject: "Herinnering", text: "Beste B", status: "PENDING" },
          { kind: "invitation", to: "c@voorbeeld.nl", subject: "Bewaard", text: "Alleen in de outbox", status: "STORED" },
        ],
      });
      // two delivery runs at once (as two app instances would) never send a mail twice
      const [first, second] = await Promise.all([deliverPendingMail({ smtpUrl: smtp.url }), deliverPendingMail({ smtpUrl: smtp.url })]);
      expect(first.sent + second.sent).toBe(2);
      expect(smtp.messages.map((m) => m.to.join()).sort()).toEqual([
        expect.stringContaining("a@voorbeeld.nl"),
        expect.stringContaining("b@voorbeeld.nl"),
      ]);
      expect(smtp.messages.find((m) => m.to.join().includes("a@"))?.data).toContain("Beste A");
      const rows = await t.prisma.outboxMail.findMany({ orderBy: { to: "asc" } });
      expect(rows.map((r) => r.status)).toEqual(["SENT", "SENT", "STORED"]);
      expect(await deliverPendingMail({ smtpUrl: smtp.url })).toEqual({ sent: 0, failed: 0 });
    } finally {
      await smtp.close();
    }
  });

  it("records a failure and retries later when the SMTP server is unreachable", async () => {
    await t.prisma.outboxMail.create({ data: { kind: "invitation", to: "a@voorbeeld.nl", subject: "x", text: "x", status: "PENDING" } });
    expect(await deliverPendingMail({ smtpUrl: "smtp://127.0.0.1:9" })).toEqual({ sent: 0, failed: 1 });
    const row = await t.prisma.outboxMail.findFirstOrThrow();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toContain("ECONNREFUSED 127.0.0.1:9");
  });
});
