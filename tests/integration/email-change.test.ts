import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { startLogin } from "@/lib/auth/logins";
import { REDACTED_LINK } from "@/lib/mail/credentials";
import { listOutboxForActor } from "@/lib/mail/queries";
import { eraseEmployer } from "@/lib/privacy/erasure";
import { exportEmployer } from "@/lib/privacy/export";
import { exportOwnData } from "@/lib/privacy/own-data";
import { applyRetention } from "@/lib/privacy/retention";
import { confirmEmailChange, findEmailChangeLink, getEmailChangeForAdmin, requestEmailChange } from "@/lib/users/email-change";
import { emailChangeRequestSchema } from "@/lib/users/schema";
import { FACTORY_PASSWORD, actorOf, makeEmployer, makeUser } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";

// An admin changes an account's login address (issue 24, ADR 020): the link goes to the new address,
// the change happens when that link is confirmed, and the old address is told.
const t = setupTestDb();
const LINK = /\/account\/e-mailadres\/([A-Za-z0-9_-]{43})/;

async function admin(name?: string) {
  return actorOf(await makeUser(t.prisma, "ADMIN", { name }));
}

/** The link only exists in the mail to the new address, as for the real person. */
async function linkFromOutbox(to: string) {
  const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to, kind: "account" }, orderBy: { createdAt: "desc" } });
  return mail.text.match(LINK)![1]!;
}

const request = (actor: Awaited<ReturnType<typeof admin>>, userId: string, email: string) =>
  requestEmailChange({ actor, input: { userId, email } });

describe(`an admin changes an account's e-mail address (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("request → a link to the new address → confirmed → the address changed, the old one told; sessions stay", async () => {
    const beheerder = await admin("Annelies Bakker");
    const otherAdmin = await admin();
    const person = await makeUser(t.prisma, "EXPERT", { name: "Sanne Smit", email: "sanne@oud.nl" });
    const loginId = await startLogin({ userId: person.id });

    await request(beheerder, person.id, "sanne@nieuw.nl");
    // nothing changes yet: the old address still logs in, the new one not
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ email: "sanne@oud.nl" });
    expect(await authenticate({ email: "sanne@nieuw.nl", password: FACTORY_PASSWORD })).toBeNull();
    expect(await getEmailChangeForAdmin({ actor: beheerder, userId: person.id })).toMatchObject({
      email: "sanne@oud.nl",
      pending: { newEmail: "sanne@nieuw.nl" },
    });

    // the link went to the new address; only its hash is stored; in the outbox only the admin who asked reads it
    const token = await linkFromOutbox("sanne@nieuw.nl");
    const row = await t.prisma.emailChange.findUniqueOrThrow({ where: { userId: person.id } });
    expect(row).toMatchObject({ newEmail: "sanne@nieuw.nl", requestedById: beheerder.id });
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(48 * 3_600_000);
    const own = (await listOutboxForActor(beheerder)).find((m) => m.to === "sanne@nieuw.nl")!;
    expect(own.text).toMatch(LINK);
    const other = (await listOutboxForActor(otherAdmin)).find((m) => m.to === "sanne@nieuw.nl")!;
    expect(other.text).not.toMatch(LINK);
    expect(other.text).toContain(REDACTED_LINK);

    // opening the link changes nothing; confirming does
    const before = await snapshotAllTables(t);
    expect(await findEmailChangeLink(token)).toMatchObject({ newEmail: "sanne@nieuw.nl", user: { name: "Sanne Smit" } });
    expect(await snapshotAllTables(t)).toBe(before);
    expect(await confirmEmailChange({ token })).toEqual({ email: "sanne@nieuw.nl" });
    expect(await authenticate({ email: "sanne@nieuw.nl", password: FACTORY_PASSWORD })).toMatchObject({ id: person.id });
    expect(await authenticate({ email: "sanne@oud.nl", password: FACTORY_PASSWORD })).toBeNull();
    expect(await t.prisma.emailChange.count()).toBe(0);

    // the old address is told, with whom to answer; no link in it
    const notice = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "sanne@oud.nl" } });
    expect(notice.subject).toBe("Uw e-mailadres bij Weerbare Werkgever is gewijzigd");
    expect(notice.text).toContain("gewijzigd in sanne@nieuw.nl");
    expect(notice.text).toContain(`Annelies Bakker (${(await t.prisma.user.findUniqueOrThrow({ where: { id: beheerder.id } })).email})`);
    expect(notice.replyTo).toBe((await t.prisma.user.findUniqueOrThrow({ where: { id: beheerder.id } })).email);
    expect(notice.text).not.toMatch(LINK);
    // the person's sessions stay (they proved they hold the new inbox; the password is the same)
    expect(await t.prisma.authSession.findUniqueOrThrow({ where: { id: loginId } })).toMatchObject({ endedAt: null });
    const events = await t.prisma.auditEvent.findMany({ where: { entityId: person.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorLabel])).toEqual([
      ["user.requestEmailChange", "Annelies Bakker"],
      ["user.changeEmail", "Sanne Smit"],
    ]);

    // the link works once
    const after = await snapshotAllTables(t);
    expect(await findEmailChangeLink(token)).toBeNull();
    await expect(confirmEmailChange({ token })).rejects.toMatchObject({
      code: "INVITE_INVALID",
      message: expect.stringContaining("48 uur"),
    });
    expect(await snapshotAllTables(t)).toBe(after);
  });

  it("a new request replaces the pending one; an expired link changes nothing and the retention job removes it", async () => {
    const beheerder = await admin();
    const person = await makeUser(t.prisma, "EXPERT", { email: "piet@oud.nl" });
    await request(beheerder, person.id, "piet@eerste.nl");
    const first = await linkFromOutbox("piet@eerste.nl");
    await request(beheerder, person.id, "piet@tweede.nl");
    const second = await linkFromOutbox("piet@tweede.nl");
    expect(await findEmailChangeLink(first)).toBeNull();
    await expect(confirmEmailChange({ token: first })).rejects.toMatchObject({ code: "INVITE_INVALID" });
    expect(await t.prisma.emailChange.findUniqueOrThrow({ where: { userId: person.id } })).toMatchObject({ newEmail: "piet@tweede.nl" });

    await t.prisma.emailChange.update({ where: { userId: person.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await snapshotAllTables(t);
    expect(await findEmailChangeLink(second)).toBeNull();
    await expect(confirmEmailChange({ token: second })).rejects.toMatchObject({ code: "INVITE_INVALID" });
    expect(await snapshotAllTables(t)).toBe(before);
    expect(await getEmailChangeForAdmin({ actor: beheerder, userId: person.id })).toMatchObject({ email: "piet@oud.nl", pending: null });

    // a pending change not yet expired stays; the expired one goes
    const waiting = await makeUser(t.prisma, "EXPERT");
    await request(beheerder, waiting.id, "wacht@nieuw.nl");
    await applyRetention({ actor: beheerder });
    expect((await t.prisma.emailChange.findMany()).map((c) => c.userId)).toEqual([waiting.id]);
  });

  it("refuses an address in use, the account's own, a bad one and a switched-off account, changing nothing", async () => {
    const beheerder = await admin();
    const person = await makeUser(t.prisma, "EXPERT", { email: "eva@oud.nl" });
    const other = await makeUser(t.prisma, "TRAINER", { email: "bezet@voorbeeld.nl" });
    await request(beheerder, other.id, "wacht@voorbeeld.nl");
    const off = await t.prisma.user.update({ where: { id: (await makeUser(t.prisma, "EXPERT")).id }, data: { active: false } });
    const before = await snapshotAllTables(t);
    await expect(request(beheerder, person.id, "bezet@voorbeeld.nl")).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Er is al een account met dit e-mailadres.",
      fieldErrors: { email: ["Dit e-mailadres heeft al een account."] },
    });
    await expect(request(beheerder, person.id, "wacht@voorbeeld.nl")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(request(beheerder, person.id, "eva@oud.nl")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(request(beheerder, "bestaat-niet", "eva@nieuw.nl")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(request(actorOf(other), person.id, "eva@nieuw.nl")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(request(beheerder, off.id, "eva@nieuw.nl")).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await snapshotAllTables(t)).toBe(before);

    // the form's schema: a clear Dutch message, and an address in capitals is the same address
    const bad = emailChangeRequestSchema.safeParse({ userId: person.id, email: "geen adres" });
    expect(bad.success ? null : bad.error.issues.map((i) => i.message)).toEqual(["Vul een geldig e-mailadres in."]);
    expect(emailChangeRequestSchema.parse({ userId: person.id, email: " Eva@Nieuw.NL " }).email).toBe("eva@nieuw.nl");

    // taken between the request and the confirmation: refused, nothing changes
    await request(beheerder, person.id, "later@voorbeeld.nl");
    const token = await linkFromOutbox("later@voorbeeld.nl");
    await makeUser(t.prisma, "EXPERT", { email: "later@voorbeeld.nl" });
    await expect(confirmEmailChange({ token })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ email: "eva@oud.nl" });
  });

  it("an employer account's key person follows; a pending address is in the AVG exports and goes with the erasure", async () => {
    const beheerder = await admin();
    const employer = await makeEmployer(t.prisma);
    const hr = await makeUser(t.prisma, "EMPLOYER", { employerId: employer.id, email: "hr@oud.nl" });
    await makeUser(t.prisma, "EMPLOYER", { employerId: employer.id, email: "collega@oud.nl" });
    await t.prisma.keyPerson.create({ data: { employerId: employer.id, name: "Zonder account", email: "zonder@oud.nl", function: "HR" } });
    // another key person of the employer has this address
    await expect(request(beheerder, hr.id, "zonder@oud.nl")).rejects.toMatchObject({ code: "CONFLICT" });

    await request(beheerder, hr.id, "hr@nieuw.nl");
    await confirmEmailChange({ token: await linkFromOutbox("hr@nieuw.nl") });
    expect(await t.prisma.keyPerson.findUniqueOrThrow({ where: { userId: hr.id } })).toMatchObject({ email: "hr@nieuw.nl" });

    // pending again: the employer's export and the person's own export name it, never the link
    await request(beheerder, hr.id, "hr@derde.nl");
    const token = await linkFromOutbox("hr@derde.nl");
    const files = unzipSync((await exportEmployer({ actor: beheerder, employerId: employer.id })).zip);
    const json = JSON.parse(strFromU8(files["werkgever.json"]!)) as { accounts: { email: string; pendingEmailChange: unknown }[] };
    expect(json.accounts.find((a) => a.email === "hr@nieuw.nl")!.pendingEmailChange).toMatchObject({ newEmail: "hr@derde.nl" });
    const own = (await exportOwnData(actorOf(hr))).json;
    expect(JSON.parse(own)).toMatchObject({ emailChange: { newEmail: "hr@derde.nl" } });
    expect(own).not.toContain(token);

    await eraseEmployer({ actor: beheerder, input: { employerId: employer.id, confirmName: employer.name } });
    expect(await t.prisma.emailChange.count()).toBe(0);
    expect(await t.prisma.outboxMail.count({ where: { to: { in: ["hr@derde.nl", "hr@nieuw.nl", "hr@oud.nl"] } } })).toBe(0);
  });
});
