import { describe, expect, it } from "vitest";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { autosave } from "@/lib/scan/respondent/answer-store";
import { openScan, resolveInvitation } from "@/lib/scan/respondent/link";
import { makeTraject, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// "A scan link takes answers" has one definition, in SQL (ww_scan_link_takes_answers): the invitation
// is not expired, revoked or submitted, and its scan is open (the traject is not past SCAN_OPEN and
// not cancelled). Every case is checked through both users of the rule: the autosave statements (all
// three kinds of write) and resolveInvitation, which the respondent's pages and forms go through.

const t = setupTestDb();
const inAWeek = () => new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);

async function openLink(f: TrajectFixture) {
  await createInvitation({
    actor: f.trainer,
    input: { trajectId: f.traject.id, name: "Femke", email: "femke@voorbeeld.nl", function: "HR", deadline: inAWeek() },
  });
  const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { trajectId: f.traject.id } });
  const token = mail.text.match(/\/scan\/([A-Za-z0-9_-]{43})/)![1]!;
  const { invitation, response } = await openScan(token);
  return { token, invitationId: invitation.id, responseId: response.id };
}

const writes = (token: string) => [
  autosave(token, { type: "answer", itemKey: "1.1", value: 4, revision: 0 }),
  autosave(token, { type: "note", key: "theme:T1", text: "Een idee", revision: 0 }),
  autosave(token, { type: "selfGrade", value: 7, revision: 0 }),
];

async function storedCount(responseId: string) {
  const [answers, notes, response] = await Promise.all([
    t.prisma.scanAnswer.count({ where: { responseId } }),
    t.prisma.scanNote.count({ where: { responseId } }),
    t.prisma.scanResponse.findUniqueOrThrow({ where: { id: responseId } }),
  ]);
  return { answers, notes, selfGrade: response.selfGrade };
}

describe(`a scan link takes answers (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("open: a fresh link in a traject whose scan is open takes every kind of write", async () => {
    const link = await openLink(await makeTraject(t.prisma, { status: "SCAN_OPEN" }));
    expect((await Promise.all(writes(link.token))).map((r) => r.ok)).toEqual([true, true, true]);
    expect(await resolveInvitation(link.token)).toMatchObject({ takesAnswers: true, lockReason: null });
  });

  const invalid: [string, (f: TrajectFixture, link: Awaited<ReturnType<typeof openLink>>) => Promise<unknown>][] = [
    [
      "expired",
      (_f, l) => t.prisma.scanInvitation.update({ where: { id: l.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } }),
    ],
    ["revoked", (_f, l) => t.prisma.scanInvitation.update({ where: { id: l.invitationId }, data: { revokedAt: new Date() } })],
    ["cancelled traject", (f) => t.prisma.traject.update({ where: { id: f.traject.id }, data: { status: "CANCELLED" } })],
  ];
  for (const [name, spoil] of invalid) {
    it(`${name}: the link does not work at all and nothing is stored`, async () => {
      const f = await makeTraject(t.prisma);
      const link = await openLink(f);
      await spoil(f, link);
      for (const r of await Promise.all(writes(link.token))) expect(r).toMatchObject({ ok: false, code: "INVITE_INVALID" });
      await expect(resolveInvitation(link.token)).rejects.toMatchObject({ code: "INVITE_INVALID" });
      expect(await storedCount(link.responseId)).toEqual({ answers: 0, notes: 0, selfGrade: null });
    });
  }

  it("submitted: the link still shows the answers, but takes none", async () => {
    const f = await makeTraject(t.prisma);
    const link = await openLink(f);
    await t.prisma.scanResponse.update({ where: { id: link.responseId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    for (const r of await Promise.all(writes(link.token))) expect(r).toMatchObject({ ok: false, code: "LOCKED" });
    expect(await resolveInvitation(link.token)).toMatchObject({ takesAnswers: false, lockReason: "submitted" });
    expect(await storedCount(link.responseId)).toEqual({ answers: 0, notes: 0, selfGrade: null });
  });

  for (const status of ["SCAN_CLOSED", "SESSION_1_DONE", "SESSION_2_DONE", "CLOSED"] as const) {
    it(`traject ${status}: the scan is closed, the link shows the answers but takes none`, async () => {
      const f = await makeTraject(t.prisma);
      const link = await openLink(f);
      await t.prisma.traject.update({ where: { id: f.traject.id }, data: { status } });
      for (const r of await Promise.all(writes(link.token))) {
        expect(r).toMatchObject({ ok: false, code: "LOCKED", message: expect.stringContaining("De scan is gesloten") });
      }
      expect(await resolveInvitation(link.token)).toMatchObject({ takesAnswers: false, lockReason: "closed" });
      expect(await storedCount(link.responseId)).toEqual({ answers: 0, notes: 0, selfGrade: null });
    });
  }

  it("intake: a link made before the traject moved on takes answers (the scan has not closed)", async () => {
    const f = await makeTraject(t.prisma);
    const link = await openLink(f);
    await t.prisma.traject.update({ where: { id: f.traject.id }, data: { status: "INTAKE" } });
    expect((await Promise.all(writes(link.token))).map((r) => r.ok)).toEqual([true, true, true]);
  });
});
