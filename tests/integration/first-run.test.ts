import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { installBundledContent } from "@/lib/content/install";
import { getLatestQuestionnaire } from "@/lib/questionnaires/queries";
import questionnaireV1 from "@/prisma/data/mhb-2025.json";
import { demoWanted } from "@/lib/demo/wanted";
import { demoPresent, removeDemoData } from "@/lib/demo/remove";
import { hashLinkToken } from "@/lib/link-tokens";
import { createFirstAdmin, createFirstAdminFromShell, issueSetupLink, setupLinkUsable } from "@/lib/setup/first-admin";
import { seedDemo } from "@/prisma/seed/demo";
import { ADMIN } from "@/prisma/seed/people";
import { actorOf, makeTraject, makeUser } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();
const tokenOf = (url: string) => url.match(/\/inrichten\/([A-Za-z0-9_-]{43})$/)![1]!;
const form = (token: string, email = "eerste@oads.nl") => ({
  token,
  name: "Eerste Beheerder",
  email,
  password: "een-lang-wachtwoord",
  confirm: "een-lang-wachtwoord",
});

describe(`first run without demo data (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("the bundled content installs on an empty database, once, and never overwrites an admin's edit", async () => {
    const questionnaire = await installBundledContent(t.prisma);
    // both bundled versions; the newest is the one new trajects get, in plain Dutch (issue 24)
    expect(questionnaire).toMatchObject({ key: "mhb-2025", version: 2 });
    expect((await getLatestQuestionnaire())?.id).toBe(questionnaire.id);
    const content = JSON.stringify((await t.prisma.questionnaire.findUniqueOrThrow({ where: { id: questionnaire.id } })).content);
    expect(content).toContain("ervaringsdeskundige");
    expect(content).not.toContain("experience expert");
    const solutions = await t.prisma.solution.count();
    expect(solutions).toBeGreaterThan(10);
    const first = await t.prisma.solution.findFirstOrThrow();
    await t.prisma.solution.update({ where: { key: first.key }, data: { title: "Eigen titel", active: false } });
    await installBundledContent(t.prisma);
    expect(await t.prisma.solution.count()).toBe(solutions);
    expect(await t.prisma.questionnaire.count()).toBe(2);
    expect(await t.prisma.solution.findUniqueOrThrow({ where: { key: first.key } })).toMatchObject({ title: "Eigen titel", active: false });
  });

  it("a later release adds its new questionnaire version beside the used one, and an admin's own newer import stays the newest", async () => {
    // an installation from before version 2, where the admin later imported a questionnaire of their own
    const old = new Date("2026-01-05T09:00:00Z");
    const v1 = await t.prisma.questionnaire.create({
      data: { key: "mhb-2025", version: 1, title: questionnaireV1.title, content: questionnaireV1, itemCount: 51, createdAt: old },
    });
    const own = await t.prisma.questionnaire.create({
      data: {
        key: "eigen-2026",
        version: 1,
        title: "Eigen scan",
        content: questionnaireV1,
        itemCount: 51,
        createdAt: new Date("2026-03-01T09:00:00Z"),
      },
    });
    const v2 = await installBundledContent(t.prisma);
    expect(v2).toMatchObject({ key: "mhb-2025", version: 2 });
    expect(v2.createdAt.getTime()).toBe(old.getTime() + 1);
    // version 1 is untouched: respondents who used it keep its text
    expect((await t.prisma.questionnaire.findUniqueOrThrow({ where: { id: v1.id } })).content).toEqual(questionnaireV1);
    expect((await getLatestQuestionnaire())?.id).toBe(own.id);
  });

  it("demo data: on by default for the embedded database, with DATABASE_URL only when asked", () => {
    expect(demoWanted({})).toBe(true);
    expect(demoWanted({ SEED_DEMO: "0" })).toBe(false);
    expect(demoWanted({ DATABASE_URL: "postgresql://x" })).toBe(false);
    expect(demoWanted({ DATABASE_URL: "postgresql://x", SEED_DEMO: "1" })).toBe(true);
  });

  it("the setup link: only its hash is stored, the newest one counts, it works once and creates an admin with their password", async () => {
    const older = tokenOf((await issueSetupLink())!);
    const url = (await issueSetupLink())!;
    const token = tokenOf(url);
    expect(url).toMatch(/^http:\/\/localhost:3000\/inrichten\//);
    const stored = await t.prisma.setupToken.findMany();
    expect(stored.map((s) => s.tokenHash)).toContain(hashLinkToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await setupLinkUsable(older)).toBe(false);
    await expect(createFirstAdmin(form(older))).rejects.toMatchObject({ code: "INVITE_INVALID" });
    expect(await setupLinkUsable(token)).toBe(true);

    expect(await createFirstAdmin(form(token))).toEqual({ email: "eerste@oads.nl" });
    const admin = await t.prisma.user.findUniqueOrThrow({ where: { email: "eerste@oads.nl" } });
    expect(admin.role).toBe("ADMIN");
    expect(await verifyPassword("een-lang-wachtwoord", admin.passwordHash)).toBe(true);
    expect(await t.prisma.auditEvent.count({ where: { action: "setup.firstAdmin", entityId: admin.id } })).toBe(1);
    // once there is an admin: the link is spent, no new one is printed, the shell refuses too
    expect(await setupLinkUsable(token)).toBe(false);
    await expect(createFirstAdmin(form(token, "tweede@oads.nl"))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await issueSetupLink()).toBeNull();
    await expect(createFirstAdminFromShell({ name: "Tweede", email: "tweede@oads.nl" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.prisma.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("an expired setup link does nothing", async () => {
    const token = tokenOf((await issueSetupLink())!);
    await t.prisma.setupToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await setupLinkUsable(token)).toBe(false);
    await expect(createFirstAdmin(form(token))).rejects.toMatchObject({ code: "INVITE_INVALID" });
    expect(await t.prisma.user.count()).toBe(0);
  });

  it("two links used at the same moment make one first admin", async () => {
    const tokens = ["A", "B"].map((c) => c.repeat(43));
    await t.prisma.setupToken.createMany({
      data: tokens.map((tok) => ({ tokenHash: hashLinkToken(tok), expiresAt: new Date(Date.now() + 3600_000) })),
    });
    const results = await Promise.allSettled(tokens.map((tok, i) => createFirstAdmin(form(tok, `beheer${i}@oads.nl`))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.prisma.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("from a shell: the admin gets a one-time password link, printed and in the outbox", async () => {
    const { email, url } = await createFirstAdminFromShell({ name: "Shell Beheerder", email: "shell@oads.nl" });
    expect(email).toBe("shell@oads.nl");
    expect(url).toMatch(/\/account\/activeren\/[A-Za-z0-9_-]{43}$/);
    const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: "shell@oads.nl" } });
    expect(mail.text).toContain(url);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { email } })).role).toBe("ADMIN");
  });

  it("the demo is marked, and removed in one action by an admin of their own; what is real stays", async () => {
    await seedDemo(t.prisma);
    expect(await demoPresent()).toBe(true);
    const demoAdmin = actorOf(await t.prisma.user.findUniqueOrThrow({ where: { email: ADMIN.email } }));
    await expect(removeDemoData({ actor: demoAdmin })).rejects.toMatchObject({ code: "VALIDATION" });
    const real = await makeTraject(t.prisma); // a real employer, trainer and traject (the factories make nothing demo)
    const demoExpert = await t.prisma.user.findFirstOrThrow({ where: { demo: true, role: "EXPERT" } });
    await t.prisma.expertAssignment.create({ data: { trajectId: real.traject.id, expertId: demoExpert.id, status: "INVITED" } });
    const admin = actorOf(await makeUser(t.prisma, "ADMIN"));
    await expect(removeDemoData({ actor: real.trainer })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const counts = await removeDemoData({ actor: admin });
    expect(counts).toMatchObject({ users: 15, employers: 3, trajecten: 4 });
    expect(await demoPresent()).toBe(false);
    expect(await t.prisma.employer.count({ where: { demo: true } })).toBe(0);
    expect(await t.prisma.traject.findUnique({ where: { id: real.traject.id } })).not.toBeNull();
    expect(await t.prisma.expertAssignment.count({ where: { trajectId: real.traject.id } })).toBe(1); // the real expert's
    expect(await t.prisma.solution.count()).toBeGreaterThan(10); // content is not demo
    expect(await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "demo.remove" } })).toMatchObject({
      actorId: admin.id,
      data: counts,
    });
  });
});
