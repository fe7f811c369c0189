import { describe, expect, it } from "vitest";
import { SCHEDULER } from "@/lib/auth/roles";
import { autosave } from "@/lib/scan/respondent/answer-store";
import { handleAutosaveRequest } from "@/lib/scan/respondent/autosave-request";
import { openScan, resolveInvitation } from "@/lib/scan/respondent/link";
import { listInvitationsWithProgress } from "@/lib/scan/invitations/queries";
import { createInvitation, reopenResponse, remindInvitation, revokeInvitation, sendDueReminders } from "@/lib/scan/invitations/invitations";
import { saveClosingForm, saveThemeForm, submitScan } from "@/lib/scan/respondent/forms";
import { loadScanView } from "@/lib/scan/respondent/view";
import { makeOutsiders, makeTraject, questionnaireJson, type TrajectFixture } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

const inAWeek = () => new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
const allItems = questionnaireJson.themes.flatMap((th) => th.items.map((i) => i.key));

/** The token only ever exists in the mail: read it back from the outbox like a respondent would. */
async function tokenFromOutbox(email: string) {
  const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return mail.text.match(/\/scan\/([A-Za-z0-9_-]{43})/)![1]!;
}

async function invite(f: TrajectFixture, email = "hr@voorbeeld.nl") {
  await createInvitation({
    actor: f.trainer,
    input: { trajectId: f.traject.id, name: "Femke", email, function: "HR", deadline: inAWeek() },
  });
  return tokenFromOutbox(email);
}

describe(`invitation lifecycle (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("create → open → autosave → resume → submit → lock → reopen", async () => {
    const f = await makeTraject(t.prisma);
    const token = await invite(f);
    const stored = await t.prisma.scanInvitation.findFirstOrThrow({ where: { trajectId: f.traject.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await listInvitationsWithProgress({ actor: f.trainer, trajectId: f.traject.id }))[0]!.state).toBe("sent");

    const { response } = await openScan(token);
    expect(response.status).toBe("DRAFT");
    expect((await listInvitationsWithProgress({ actor: f.trainer, trajectId: f.traject.id }))[0]!.state).toBe("opened");

    expect(await autosave(token, { type: "answer", itemKey: "1.1", value: 4, revision: 0 })).toEqual({ ok: true, revision: 1 });
    expect(await autosave(token, { type: "answer", itemKey: "1.1", value: 5, revision: 1 })).toEqual({ ok: true, revision: 2 });
    // a retry of an acknowledged write (same value, old revision) is fine
    expect(await autosave(token, { type: "answer", itemKey: "1.1", value: 5, revision: 1 })).toEqual({ ok: true, revision: 2 });
    const progress = (await listInvitationsWithProgress({ actor: f.trainer, trajectId: f.traject.id }))[0]!;
    expect(progress).toMatchObject({ state: "in_progress", answered: 1, total: allItems.length });

    // resume: opening again gives the same response with the saved answer
    const again = await openScan(token);
    expect(again.response.id).toBe(response.id);

    await expect(submitScan(token)).rejects.toMatchObject({ code: "VALIDATION" });
    for (const key of allItems.slice(1)) {
      const r = await autosave(token, { type: "answer", itemKey: key, value: key.endsWith(".2") ? "dontKnow" : 3, revision: 0 });
      expect(r.ok).toBe(true);
    }
    await submitScan(token);
    expect((await listInvitationsWithProgress({ actor: f.trainer, trajectId: f.traject.id }))[0]!.state).toBe("submitted");

    const locked = await autosave(token, { type: "answer", itemKey: "1.1", value: 1, revision: 2 });
    expect(locked).toMatchObject({ ok: false, code: "LOCKED" });
    expect((await t.prisma.scanAnswer.findFirstOrThrow({ where: { itemKey: "1.1" } })).value).toBe(5);

    const invitation = await t.prisma.scanInvitation.findFirstOrThrow({ where: { trajectId: f.traject.id } });
    await expect(reopenResponse({ actor: f.employerUser, invitationId: invitation.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await reopenResponse({ actor: f.trainer, invitationId: invitation.id });
    expect(await t.prisma.auditEvent.count({ where: { action: "response.reopen", entityId: response.id } })).toBe(1);
    expect(await autosave(token, { type: "answer", itemKey: "1.1", value: 1, revision: 2 })).toEqual({ ok: true, revision: 3 });
  });

  it("'Verder waar u was' leads past the theme the respondent moved on from, to the first open statement; a reopened scan says so", async () => {
    const f = await makeTraject(t.prisma);
    const token = await invite(f);
    const theme = (i: number) => questionnaireJson.themes[i]!;
    const [one, two, three] = [theme(0), theme(1), theme(2)];
    const resume = async () => (await loadScanView(token))!.resume;
    expect(await resume()).toEqual({ page: "theme", themeIndex: 0, itemKey: one.items[0]!.key });

    // theme 1 answered and saved with "Opslaan en verder": the place is theme 2 (it was theme 1: one early)
    const themeOne = Object.fromEntries(one.items.map((i) => [`a:${i.key}`, "4"]));
    expect((await saveThemeForm(token, 0, { ...themeOne, intent: "next" })).destination).toEqual({ page: "theme", themeIndex: 1 });
    expect((await t.prisma.scanResponse.findFirstOrThrow({ where: { trajectId: f.traject.id } })).lastThemeIndex).toBe(1);
    expect(await resume()).toEqual({ page: "theme", themeIndex: 1, itemKey: two.items[0]!.key });
    // on theme 2 the first statement is autosaved, then the phone is put away: back at the second
    await autosave(token, { type: "answer", itemKey: two.items[0]!.key, value: 3, revision: 0 });
    expect(await resume()).toEqual({ page: "theme", themeIndex: 1, itemKey: two.items[1]!.key });
    // the rest of theme 2 by autosave, without pressing "Opslaan en verder": on to theme 3
    for (const item of two.items.slice(1)) await autosave(token, { type: "answer", itemKey: item.key, value: 2, revision: 0 });
    expect(await resume()).toEqual({ page: "theme", themeIndex: 2, itemKey: three.items[0]!.key });
    // going back to theme 1 keeps that as the place; everything after it that is open comes next
    await saveThemeForm(token, 1, { intent: "prev" });
    expect(await resume()).toEqual({ page: "theme", themeIndex: 2, itemKey: three.items[0]!.key });

    // the rest answered, the closing page posted: the review page
    for (const key of allItems.filter((k) => !one.items.concat(two.items).some((i) => i.key === k))) {
      await autosave(token, { type: "answer", itemKey: key, value: 5, revision: 0 });
    }
    expect(await resume()).toEqual({ page: "closing" });
    expect((await saveClosingForm(token, { intent: "review" })).destination).toEqual({ page: "review" });
    expect(await resume()).toEqual({ page: "review" });

    await submitScan(token);
    expect(await loadScanView(token)).toMatchObject({ isLocked: true, lockReason: "submitted", reopened: false });
    const invitation = await t.prisma.scanInvitation.findFirstOrThrow({ where: { trajectId: f.traject.id } });
    await reopenResponse({ actor: f.trainer, invitationId: invitation.id });
    expect(await loadScanView(token)).toMatchObject({ isLocked: false, lockReason: null, reopened: true, resume: { page: "review" } });
  });

  it("a stale revision with a different value is a conflict, never an overwrite", async () => {
    const f = await makeTraject(t.prisma);
    const token = await invite(f);
    await openScan(token);
    await autosave(token, { type: "answer", itemKey: "2.1", value: 2, revision: 0 }); // phone
    const laptop = await autosave(token, { type: "answer", itemKey: "2.1", value: 4, revision: 0 }); // laptop, unaware
    expect(laptop).toMatchObject({ ok: false, code: "CONFLICT", current: { value: 2, revision: 1 } });
    expect((await t.prisma.scanAnswer.findFirstOrThrow({ where: { itemKey: "2.1" } })).value).toBe(2);
  });

  it("the autosave endpoint maps every outcome to a status and a Dutch message", async () => {
    const f = await makeTraject(t.prisma);
    const token = await invite(f);
    await openScan(token);
    const put = (body: unknown) => handleAutosaveRequest(token, typeof body === "string" ? body : JSON.stringify(body));
    expect(await put({ type: "answer", itemKey: "2.1", value: 2, revision: 0 })).toEqual({ status: 200, body: { ok: true, revision: 1 } });
    expect(await put({ type: "answer", itemKey: "2.1", value: 4, revision: 0 })).toMatchObject({
      status: 409,
      body: { code: "CONFLICT", current: { value: 2, revision: 1 } },
    });
    expect(await put("{kapot")).toMatchObject({ status: 400, body: { message: "Dit verzoek kon niet worden gelezen." } });
    expect(await put({ type: "answer", itemKey: "2.1", value: 9, revision: 1 })).toMatchObject({
      status: 400,
      body: { code: "VALIDATION" },
    });
    expect(
      await handleAutosaveRequest("A".repeat(43), JSON.stringify({ type: "answer", itemKey: "2.1", value: 2, revision: 0 })),
    ).toMatchObject({ status: 404, body: { code: "INVITE_INVALID" } });
    expect((await t.prisma.scanAnswer.findFirstOrThrow({ where: { itemKey: "2.1" } })).value).toBe(2);
  });

  it("rejects values outside the scale and unknown statements, storing nothing", async () => {
    const f = await makeTraject(t.prisma);
    const token = await invite(f);
    await openScan(token);
    expect(await autosave(token, { type: "answer", itemKey: "1.1", value: 6, revision: 0 })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await autosave(token, { type: "answer", itemKey: "99.9", value: 3, revision: 0 })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await autosave(token, { type: "note", key: "theme:T99", text: "x", revision: 0 })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await autosave(token, { type: "note", key: "open:nope", text: "x", revision: 0 })).toMatchObject({ code: "VALIDATION" });
    // the self-grade's range is the questionnaire's (1–10 here), not a second copy in the schema
    expect(await autosave(token, { type: "selfGrade", value: 11, revision: 0 })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "Kies een rapportcijfer van 1 tot en met 10.",
    });
    await expect(saveThemeForm(token, 0, { "a:1.1": "7" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await t.prisma.scanAnswer.count()).toBe(0);
    expect(await t.prisma.scanNote.count()).toBe(0);
    expect((await t.prisma.scanResponse.findFirstOrThrow()).selfGrade).toBeNull();
  });

  it("revoke, expiry and a resent link make old links invalid without revealing anything", async () => {
    const f = await makeTraject(t.prisma);
    const token = await invite(f);
    const { response } = await openScan(token);
    await autosave(token, { type: "answer", itemKey: "1.1", value: 4, revision: 0 });
    const inv = await t.prisma.scanInvitation.findFirstOrThrow({ where: { trajectId: f.traject.id } });

    await remindInvitation({ actor: f.trainer, invitationId: inv.id });
    const fresh = await tokenFromOutbox("hr@voorbeeld.nl");
    expect(fresh).not.toBe(token);
    await expect(resolveInvitation(token)).rejects.toMatchObject({ code: "INVITE_INVALID" });
    expect(await autosave(token, { type: "answer", itemKey: "1.2", value: 4, revision: 0 })).toMatchObject({ code: "INVITE_INVALID" });
    // answers kept: the new link opens the same response, with the answer given before
    const reopened = await openScan(fresh);
    expect(reopened.response).toMatchObject({ id: response.id, status: "DRAFT" });
    expect(await t.prisma.scanAnswer.findMany({ where: { responseId: response.id }, select: { itemKey: true, value: true } })).toEqual([
      { itemKey: "1.1", value: 4 },
    ]);

    await t.prisma.scanInvitation.update({ where: { id: inv.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(resolveInvitation(fresh)).rejects.toMatchObject({ code: "INVITE_INVALID" });
    expect((await listInvitationsWithProgress({ actor: f.trainer, trajectId: f.traject.id }))[0]!.state).toBe("expired");

    await t.prisma.scanInvitation.update({ where: { id: inv.id }, data: { expiresAt: new Date(Date.now() + 86400_000) } });
    await revokeInvitation({ actor: f.trainer, invitationId: inv.id });
    await expect(resolveInvitation(fresh)).rejects.toMatchObject({ code: "INVITE_INVALID", message: "Deze link werkt niet (meer)." });
    await expect(resolveInvitation("not-a-token")).rejects.toMatchObject({
      code: "INVITE_INVALID",
      message: "Deze link werkt niet (meer).",
    });
    await expect(resolveInvitation("A".repeat(43))).rejects.toMatchObject({
      code: "INVITE_INVALID",
      message: "Deze link werkt niet (meer).",
    });
  });

  it("only the traject's own trainer manages its invitations", async () => {
    const f = await makeTraject(t.prisma);
    const { other, admin } = await makeOutsiders(t.prisma);
    const input = { trajectId: f.traject.id, name: "X Y", email: "x@voorbeeld.nl", function: "HR" as const, deadline: inAWeek() };
    await expect(createInvitation({ actor: other.trainer, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createInvitation({ actor: f.employerUser, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createInvitation({ actor: f.expert, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.prisma.scanInvitation.count()).toBe(0);
    expect(await t.prisma.outboxMail.count()).toBe(0);
    await expect(createInvitation({ actor: admin, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await createInvitation({ actor: f.trainer, input });
    await expect(createInvitation({ actor: f.trainer, input })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.prisma.scanInvitation.count()).toBe(1);
  });

  it("reminders go to unfinished invitations only, at most once per two days, never right after the invitation", async () => {
    const f = await makeTraject(t.prisma);
    const tokenA = await invite(f, "a@voorbeeld.nl");
    const tokenB = await invite(f, "b@voorbeeld.nl");
    await openScan(tokenB);
    for (const key of allItems) await autosave(tokenB, { type: "answer", itemKey: key, value: 3, revision: 0 });
    await submitScan(tokenB);
    // just invited: a reminder now would replace the link they have not opened yet
    expect(await sendDueReminders({ actor: SCHEDULER })).toEqual({ sent: 0 });
    expect((await openScan(tokenA)).response.status).toBe("DRAFT");
    await t.prisma.scanInvitation.updateMany({
      where: { trajectId: f.traject.id },
      data: { sentAt: new Date(Date.now() - 3 * 86400_000) },
    });
    expect(await sendDueReminders({ actor: f.trainer, trajectId: f.traject.id })).toEqual({ sent: 1 });
    expect(await sendDueReminders({ actor: SCHEDULER })).toEqual({ sent: 0 });
    expect(await t.prisma.outboxMail.count({ where: { kind: "reminder", to: "a@voorbeeld.nl" } })).toBe(1);
  });
});
