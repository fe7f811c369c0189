import { describe, expect, it } from "vitest";
import { isoDay } from "@/lib/dates";
import { renderReportForActor } from "@/lib/report/download";
import { createInvitation } from "@/lib/scan/invitations/invitations";
import { ownOpenInvitationsForActor, resendOwnInvitation } from "@/lib/scan/invitations/own";
import { employerTasks } from "@/lib/tasks/employer";
import { makeDirectie, makeSubmittedResponse, makeTraject } from "@/tests/factories";
import { closeScanAsTrainer } from "@/tests/support/close-scan";
import { withUnreachableSmtp } from "@/tests/support/smtp-mode";
import { setupTestDb } from "@/tests/support/test-db";

// Issue 24: an employer user invited to the scan sees it on their home page and can have a fresh link
// mailed to their own address (never anyone else's); the report is offered once it has figures, until
// they downloaded it.

const inDays = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));
const t = setupTestDb();
const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const keysOf = async (actor: Parameters<typeof employerTasks>[0], trajectId: string) =>
  (await employerTasks(actor)).map((task) => task.key.slice(trajectId.length + 1));

describe(`an employer user's own scan and the report (${engine})`, () => {
  it("the invitation to their own address is a task with its closing day; a fresh link goes only to that address", async () => {
    const f = await makeTraject(t.prisma);
    const trajectId = f.traject.id;
    const directie = await makeDirectie(t.prisma, f);
    const { email } = await t.prisma.user.findUniqueOrThrow({ where: { id: f.employerUser.id }, select: { email: true } });
    await createInvitation({ actor: f.trainer, input: { trajectId, name: "Hanna HR", email, function: "HR", deadline: inDays(10) } });
    await createInvitation({
      actor: f.trainer,
      input: { trajectId, name: "Iemand anders", email: "anders@voorbeeld.nl", function: "ANDERS", deadline: inDays(10) },
    });

    const [task] = await employerTasks(f.employerUser);
    expect(task).toMatchObject({
      key: `${trajectId}:fill-scan`,
      title: "Vul de bedrijfsscan in",
      href: `/trajecten/${trajectId}/mijn-scan`,
    });
    expect(isoDay(task!.due)).toBe(inDays(10));
    // the directie was not invited: neither the task nor someone else's invitation
    expect(await keysOf(directie, trajectId)).toEqual([]);
    expect(await ownOpenInvitationsForActor(directie, trajectId)).toEqual([]);
    const [own] = await ownOpenInvitationsForActor(f.employerUser, trajectId);
    expect(own).toMatchObject({ email, started: false, followUp: false });

    // without a mail server the app cannot bring a link to them: said plainly, nothing changes
    const before = await t.prisma.scanInvitation.findUniqueOrThrow({ where: { id: own!.invitationId } });
    await expect(resendOwnInvitation({ actor: f.employerUser, trajectId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Vraag uw trainer"),
    });
    await withUnreachableSmtp(async () => {
      // just sent: a pause against a double click
      await expect(resendOwnInvitation({ actor: f.employerUser, trajectId })).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("net een link"),
      });
      await t.prisma.scanInvitation.update({ where: { id: own!.invitationId }, data: { sentAt: new Date(Date.now() - 3600_000) } });
      expect(await resendOwnInvitation({ actor: f.employerUser, trajectId })).toEqual({ email });
      // someone with no invitation of their own asks: nothing to send, nobody else's link moves
      await expect(resendOwnInvitation({ actor: directie, trajectId })).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(resendOwnInvitation({ actor: f.trainer, trajectId })).rejects.toMatchObject({ code: "FORBIDDEN" });
      const other = await makeTraject(t.prisma);
      await expect(resendOwnInvitation({ actor: other.employerUser, trajectId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
    const after = await t.prisma.scanInvitation.findUniqueOrThrow({ where: { id: own!.invitationId } });
    expect(after.tokenHash).not.toBe(before.tokenHash);
    const mails = await t.prisma.outboxMail.findMany({ where: { trajectId, kind: "resend" } });
    expect(mails.map((m) => [m.to, m.causedById])).toEqual([[email, f.employerUser.id]]);
    expect(await t.prisma.auditEvent.count({ where: { action: "invitation.resend", actorId: f.employerUser.id } })).toBe(1);

    // once submitted, the task is gone
    await t.prisma.scanResponse.create({
      data: {
        invitationId: own!.invitationId,
        trajectId,
        roundId: after.roundId,
        questionnaireId: f.questionnaire.id,
        status: "SUBMITTED",
      },
    });
    expect(await keysOf(f.employerUser, trajectId)).toEqual([]);
  });

  it("the report is offered once the employer's view has a response in it, until this user downloaded it", async () => {
    const f = await makeTraject(t.prisma);
    const trajectId = f.traject.id;
    const directie = await makeDirectie(t.prisma, f);
    // closed with nobody's answers: a snapshot, but nothing to report
    await closeScanAsTrainer(t.prisma, f);
    expect(await keysOf(f.employerUser, trajectId)).toEqual([]);

    const g = await makeTraject(t.prisma);
    await makeSubmittedResponse(t.prisma, g, { answers: { "1.1": 4 } });
    expect(await keysOf(g.employerUser, g.traject.id)).toEqual([]);
    await closeScanAsTrainer(t.prisma, g);
    expect(await keysOf(g.employerUser, g.traject.id)).toEqual(["read-report"]);
    const gDirectie = await makeDirectie(t.prisma, g);
    expect(await keysOf(gDirectie, g.traject.id)).toEqual(["read-report"]);
    await renderReportForActor({ actor: g.employerUser, trajectId: g.traject.id });
    expect(await keysOf(g.employerUser, g.traject.id)).toEqual([]);
    // each user's own download counts for them only
    expect(await keysOf(gDirectie, g.traject.id)).toEqual(["read-report"]);
    expect(await keysOf(directie, trajectId)).toEqual([]);
  });
});
