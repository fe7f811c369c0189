import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { deliverPendingMail, MAX_ATTEMPTS, type MailTransport } from "@/lib/mail/deliver";
import { listFailedMails } from "@/lib/scheduler/admin";
import { makeOutsiders } from "@/tests/factories";
import { startFakeSmtp } from "@/tests/support/fake-smtp";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const pending = (n: number, prefix = "p") =>
  t.prisma.outboxMail.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      kind: "reminder",
      to: `${prefix}${i}@voorbeeld.nl`,
      subject: `Mail ${i}`,
      text: "Beste",
      status: "PENDING" as const,
      createdAt: new Date(Date.now() - (n - i) * 1000),
    })),
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe(`mail delivery through SMTP (${engine})`, () => {
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

  // Issue 20, item 8: a slow server used to hold the whole batch in one transaction that rolled back
  // past its timeout, so the same people got the mail again on every run.
  it("a slow server: each mail it accepted is SENT in the database while the run goes on", async () => {
    const smtp = await startFakeSmtp({ delayMs: 300 });
    try {
      await pending(4);
      const run = deliverPendingMail({ smtpUrl: smtp.url });
      while (smtp.messages.length < 2) await sleep(20);
      // a transaction around the batch would show nothing yet (or keep this read waiting)
      const sentSoFar = await Promise.race([t.prisma.outboxMail.count({ where: { status: "SENT" } }), sleep(250).then(() => -1)]);
      expect(sentSoFar).toBeGreaterThanOrEqual(1);
      expect(await run).toEqual({ sent: 4, failed: 0 });
      expect(smtp.messages).toHaveLength(4);
    } finally {
      await smtp.close();
    }
  });

  it("a run that dies mid-send: after the lease the mail in flight is tried again, the others go out once", async () => {
    const smtp = await startFakeSmtp();
    const real = nodemailer.createTransport(smtp.url);
    let calls = 0;
    // the process "dies" right after the server accepted the third mail: before it could mark it SENT
    const dying: MailTransport = {
      sendMail: async (m) => {
        await real.sendMail(m);
        if (++calls === 3) await new Promise(() => {});
      },
      close: () => {},
    };
    try {
      await pending(6);
      void deliverPendingMail({ transport: dying });
      while (smtp.messages.length < 3) await sleep(20);
      await sleep(50);
      const statuses = (await t.prisma.outboxMail.findMany({ orderBy: { to: "asc" } })).map((m) => m.status);
      expect(statuses).toEqual(["SENT", "SENT", "SENDING", "PENDING", "PENDING", "PENDING"]);
      // within the lease another instance sends the rest and leaves the claimed mail alone
      expect(await deliverPendingMail({ smtpUrl: smtp.url })).toEqual({ sent: 3, failed: 0 });
      expect((await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "p2@voorbeeld.nl" } })).status).toBe("SENDING");
      // past the lease (here: at once) it is taken over
      expect(await deliverPendingMail({ smtpUrl: smtp.url, leaseMs: 0 })).toEqual({ sent: 1, failed: 0 });
      expect((await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "p2@voorbeeld.nl" } })).attempts).toBe(2);
      const perRecipient = new Map<string, number>();
      for (const m of smtp.messages) perRecipient.set(m.to.join(), (perRecipient.get(m.to.join()) ?? 0) + 1);
      expect([...perRecipient.values()].sort()).toEqual([1, 1, 1, 1, 1, 2]); // at most one duplicate per crash
      expect(await t.prisma.outboxMail.count({ where: { status: "SENT" } })).toBe(6);
    } finally {
      real.close();
      await smtp.close();
    }
  });

  it("counts every try and ends FAILED after the last, shown on the planner; a crash on the last try too", async () => {
    const { admin } = await makeOutsiders(t.prisma);
    await pending(1);
    for (let i = 0; i < MAX_ATTEMPTS + 1; i++) await deliverPendingMail({ smtpUrl: "smtp://127.0.0.1:9", retryAfterMs: 0 });
    expect(await t.prisma.outboxMail.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    // a failed mail waits before its next try: one run, or a burst of them, does not spend every attempt
    await pending(1, "q");
    for (let i = 0; i < 3; i++) await deliverPendingMail({ smtpUrl: "smtp://127.0.0.1:9" });
    expect(await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "q0@voorbeeld.nl" } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
    });
    const crashedLast = await t.prisma.outboxMail.create({
      data: {
        kind: "reminder",
        to: "laatst@voorbeeld.nl",
        subject: "x",
        text: "x",
        status: "SENDING",
        attempts: MAX_ATTEMPTS,
        claimedAt: new Date(Date.now() - 3600_000),
      },
    });
    expect((await deliverPendingMail({ smtpUrl: "smtp://127.0.0.1:9" })).failed).toBeGreaterThanOrEqual(1);
    expect((await listFailedMails(admin)).map((m) => m.to).sort()).toEqual(["laatst@voorbeeld.nl", "p0@voorbeeld.nl"]);
    expect((await t.prisma.outboxMail.findUniqueOrThrow({ where: { id: crashedLast.id } })).lastError).toContain("afgebroken");
  });
});

// Issue 23, item 5: the calendar part is an invitation inline and a file named for what it is, both
// text/calendar with the method (RFC 6047 2.4); nodemailer's default was "invite.ics" as application/ics.
describe(`calendar mails (${engine})`, () => {
  it("an invitation carries uitnodiging.ics, a cancellation afzegging.ics, both text/calendar with their method", async () => {
    const smtp = await startFakeSmtp();
    const ics = (method: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:${method}\r\nEND:VCALENDAR\r\n`;
    try {
      await t.prisma.outboxMail.createMany({
        data: ["REQUEST", "CANCEL"].map((method) => ({
          kind: "calendar",
          to: `${method.toLowerCase()}@voorbeeld.nl`,
          subject: method,
          text: "Beste",
          status: "PENDING" as const,
          calendar: ics(method),
          calendarMethod: method,
        })),
      });
      expect(await deliverPendingMail({ smtpUrl: smtp.url })).toEqual({ sent: 2, failed: 0 });
      const raw = (to: string) => smtp.messages.find((m) => m.to.join().includes(to))!.data.replace(/\r\n[ \t]+/g, " ");
      for (const [to, method, fileName] of [
        ["request@", "REQUEST", "uitnodiging.ics"],
        ["cancel@", "CANCEL", "afzegging.ics"],
      ] as const) {
        const mail = raw(to);
        expect(mail).not.toContain("invite.ics");
        expect(mail).not.toContain("application/ics");
        // the inline part and the attachment
        expect(mail.match(new RegExp(`Content-Type: text/calendar; method=${method}; charset=utf-8`, "g"))).toHaveLength(2);
        expect(mail).toMatch(new RegExp(`Content-Disposition: attachment; filename="?${fileName}`));
      }
    } finally {
      await smtp.close();
    }
  });
});
