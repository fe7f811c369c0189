import { describe, expect, it } from "vitest";
import { SCHEDULER } from "@/lib/auth/roles";
import { isoDay } from "@/lib/dates";
import { sendDebriefReminders } from "@/lib/debriefs/debriefs";
import { endOwnPause, getOwnPacing, setOwnLimit, setOwnPause } from "@/lib/experts/pacing";
import { NOT_TAKING_NEW } from "@/lib/experts/pacing-rules";
import { ownPauseSchema } from "@/lib/experts/pacing-schema";
import { setExpertStatus } from "@/lib/experts/profile";
import { assignExpert } from "@/lib/planning/planning";
import { exportOwnData } from "@/lib/privacy/own-data";
import { expertTasks } from "@/lib/tasks/expert";
import { listExpertsForTraject } from "@/lib/trajecten/expert-matching";
import type { Actor } from "@/lib/auth/roles";
import { actorOf, makeOutsiders, makeTraject, makeUser } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";

// The expert's own pace (issue 27 item 5, ADR 037): a pause without a reason (from–until, or until
// they end it) and how many trajects at once. While it holds they are not offered for a new traject
// (matching and the request both refuse, with one reason that never says which or until when) and
// their nudges stay quiet; what they already agreed to still shows. The admin's pause is its own switch.

const t = setupTestDb();
const DAY = 86_400_000;
const day = (n: number) => isoDay(new Date(Date.now() + n * DAY));
const versionOf = async (actor: Actor) => (await getOwnPacing(actor)).version;
const pause = async (actor: Actor, from: string, until: string | null) =>
  setOwnPause({ actor, input: { from, until, version: await versionOf(actor) } });

describe(`the expert's own pace (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a pause from–until or open-ended, ended at any time; a window that ends before it starts changes nothing", async () => {
    const expert = actorOf(await makeUser(t.prisma, "EXPERT"));
    expect((await getOwnPacing(expert)).state).toBe("none");

    await pause(expert, day(0), day(6));
    const dated = await getOwnPacing(expert);
    expect(dated.state).toBe("active");
    expect([isoDay(dated.pacing.selfPausedFrom), isoDay(dated.pacing.selfPausedUntil)]).toEqual([day(0), day(6)]);

    // the form: "tot ik het zelf weer aanzet" wins over a date that came along; a date end needs its date
    expect(ownPauseSchema.parse({ from: day(2), end: "open", until: day(9), version: "1" })).toEqual({
      from: day(2),
      until: null,
      version: 1,
    });
    expect(ownPauseSchema.safeParse({ from: day(2), end: "date", until: "", version: "1" }).success).toBe(false);

    await pause(expert, day(2), null);
    const planned = await getOwnPacing(expert);
    expect([planned.state, planned.pacing.selfPausedUntil]).toEqual(["planned", null]);
    expect(isoDay(planned.pacing.selfPausedFrom)).toBe(day(2));

    const before = await snapshotAllTables(t);
    const version = await versionOf(expert);
    await expect(setOwnPause({ actor: expert, input: { from: day(5), until: day(4), version } })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/eindigt voordat hij begint/),
      fieldErrors: { until: [expect.any(String)] },
    });
    await expect(setOwnPause({ actor: expert, input: { from: day(-9), until: day(-2), version } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    // a stale version (the page was open elsewhere) is a conflict, not an overwrite
    await expect(setOwnPause({ actor: expert, input: { from: day(0), until: null, version: version - 1 } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(endOwnPause({ actor: expert, input: { version: version - 1 } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshotAllTables(t)).toBe(before);

    await pause(expert, day(0), null);
    expect((await getOwnPacing(expert)).state).toBe("active");
    await endOwnPause({ actor: expert, input: { version: await versionOf(expert) } });
    const ended = await getOwnPacing(expert);
    expect([ended.state, ended.pacing.selfPausedFrom, ended.pacing.selfPausedUntil]).toEqual(["none", null, null]);

    // only the expert sets their own pace; the audit says that it changed, never the dates
    const { admin, other } = await makeOutsiders(t.prisma);
    for (const actor of [admin, other.trainer])
      await expect(setOwnPause({ actor, input: { from: day(0), until: null, version: 1 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const audit = await t.prisma.auditEvent.findMany({ where: { entityId: expert.id, entityType: "ExpertProfile" } });
    expect(audit.map((a) => a.action)).toEqual(["profile.selfPause", "profile.selfPause", "profile.selfPause", "profile.selfPauseEnd"]);
    expect(JSON.stringify(audit)).not.toContain(day(6));
  });

  it("matching and the request refuse a paused expert and one at their own limit, with one reason; the admin's pause stays its own", async () => {
    const f = await makeTraject(t.prisma);
    const trajectId = f.traject.id;
    const expert = async (name: string) => actorOf(await makeUser(t.prisma, "EXPERT", { name }));
    const [calm, resting, full, doneOnly, later] = [
      await expert("Aa Rustig"),
      await expert("Bb Pauze"),
      await expert("Cc Vol"),
      await expert("Dd Afgerond"),
      await expert("Ee Straks"),
    ];
    await pause(resting, day(0), day(20));
    await pause(later, day(3), null); // a pause that has not begun yet does not count
    // at their limit: one running traject (accepted) and a limit of 1
    const running = await makeTraject(t.prisma);
    await t.prisma.expertAssignment.create({ data: { trajectId: running.traject.id, expertId: full.id, status: "ACCEPTED" } });
    // only a closed traject: not running, so not at the limit; an invitation does not count either
    const closed = await makeTraject(t.prisma);
    await t.prisma.traject.update({ where: { id: closed.traject.id }, data: { status: "CLOSED", closedAt: new Date() } });
    await t.prisma.expertAssignment.create({ data: { trajectId: closed.traject.id, expertId: doneOnly.id, status: "ACCEPTED" } });
    await t.prisma.expertAssignment.create({ data: { trajectId: running.traject.id, expertId: doneOnly.id, status: "INVITED" } });
    for (const e of [full, doneOnly]) await setOwnLimit({ actor: e, input: { maxActiveTrajects: 1, version: await versionOf(e) } });
    expect((await getOwnPacing(full)).active).toBe(1);

    const options = new Map((await listExpertsForTraject({ actor: f.trainer, trajectId })).map((o) => [o.id, o]));
    for (const e of [resting, full]) {
      expect([e.name, options.get(e.id)?.askable]).toEqual([e.name, false]);
      expect(options.get(e.id)?.why.at(-1)).toBe(NOT_TAKING_NEW);
    }
    for (const e of [calm, doneOnly, later]) expect([e.name, options.get(e.id)?.askable]).toEqual([e.name, true]);
    // never which of the two, never until when
    const shown = JSON.stringify([...options.values()].map((o) => ({ why: o.why, profile: o.expertProfile })));
    expect(shown).not.toMatch(/pauze|grens|tegelijk|selfPaused|maxActive/i);
    expect(shown).not.toContain(day(20));
    // who cannot be asked comes last
    expect([...options.values()].slice(-2).map((o) => o.name)).toEqual(["Bb Pauze", "Cc Vol"]);

    const before = await snapshotAllTables(t);
    for (const e of [resting, full])
      await expect(assignExpert({ actor: f.trainer, trajectId, expertId: e.id })).rejects.toMatchObject({
        code: "VALIDATION",
        message: `${e.name} heeft aangegeven nu geen nieuw traject te willen. U kunt een andere ervaringsdeskundige vragen.`,
      });
    expect(await snapshotAllTables(t)).toBe(before);
    await assignExpert({ actor: f.trainer, trajectId, expertId: calm.id });

    // the pause ended, the limit raised: they can be asked again
    await endOwnPause({ actor: resting, input: { version: await versionOf(resting) } });
    await setOwnLimit({ actor: full, input: { maxActiveTrajects: 2, version: await versionOf(full) } });
    await assignExpert({ actor: f.trainer, trajectId, expertId: resting.id });
    await assignExpert({ actor: f.trainer, trajectId, expertId: full.id });

    // the admin's pause is its own switch: not listed at all, and neither pause touches the other
    const { admin } = await makeOutsiders(t.prisma);
    await pause(doneOnly, day(0), null);
    await setExpertStatus({ actor: admin, input: { userId: later.id, field: "paused", value: true } });
    const profiles = await t.prisma.expertProfile.findMany({ where: { userId: { in: [doneOnly.id, later.id] } } });
    expect(profiles.find((p) => p.userId === doneOnly.id)?.paused).toBe(false);
    expect(isoDay(profiles.find((p) => p.userId === later.id)?.selfPausedFrom)).toBe(day(3));
    const names = (await listExpertsForTraject({ actor: f.trainer, trajectId })).map((o) => o.name);
    expect(names).toContain("Dd Afgerond");
    expect(names).not.toContain("Ee Straks");
  });

  it("while paused, nudges stay quiet: only a coming session's preparation shows, and no look-back reminder is sent", async () => {
    const f = await makeTraject(t.prisma);
    const trajectId = f.traject.id;
    await t.prisma.traject.update({ where: { id: trajectId }, data: { status: "SESSION_1_DONE" } });
    await t.prisma.trajectSession.update({
      where: { trajectId_number: { trajectId, number: 1 } },
      data: { status: "HELD", scheduledAt: new Date(Date.now() - 3 * DAY) },
    });
    await t.prisma.trajectSession.update({
      where: { trajectId_number: { trajectId, number: 2 } },
      data: { scheduledAt: new Date(Date.now() + 5 * DAY) },
    });
    // and a request waiting for an answer, on another traject
    const asking = await makeTraject(t.prisma);
    await t.prisma.expertAssignment.create({ data: { trajectId: asking.traject.id, expertId: f.expert.id, status: "INVITED" } });
    const steps = async () => (await expertTasks(f.expert)).map((task) => task.key.split(":")[1]).sort();
    expect(await steps()).toEqual(["claim-1", "debrief-1", "prepare-2", "request"]);

    await pause(f.expert, day(0), null);
    expect(await steps()).toEqual(["prepare-2"]);
    const expertEmail = (await t.prisma.user.findUniqueOrThrow({ where: { id: f.expert.id } })).email;
    const trainerEmail = (await t.prisma.user.findUniqueOrThrow({ where: { id: f.trainer.id } })).email;
    const reminders = () => t.prisma.outboxMail.findMany({ where: { kind: "reminder", trajectId }, select: { to: true } });
    await sendDebriefReminders({ actor: SCHEDULER });
    expect((await reminders()).map((m) => m.to)).toEqual([trainerEmail]);

    // the pause ends: the nudges come back, and the reminder still comes (nothing was recorded for it)
    await endOwnPause({ actor: f.expert, input: { version: await versionOf(f.expert) } });
    expect(await steps()).toEqual(["claim-1", "debrief-1", "prepare-2", "request"]);
    await sendDebriefReminders({ actor: SCHEDULER });
    expect((await reminders()).map((m) => m.to).sort()).toEqual([expertEmail, trainerEmail].sort());
  });

  it("the own-data export holds the pause and the limit", async () => {
    const expert = actorOf(await makeUser(t.prisma, "EXPERT"));
    await pause(expert, day(1), day(8));
    await setOwnLimit({ actor: expert, input: { maxActiveTrajects: 3, version: await versionOf(expert) } });
    const { json } = await exportOwnData(expert);
    const profile = JSON.parse(json).expertProfile;
    expect(profile).toMatchObject({ maxActiveTrajects: 3, paused: false });
    expect([isoDay(new Date(profile.selfPausedFrom)), isoDay(new Date(profile.selfPausedUntil))]).toEqual([day(1), day(8)]);
  });
});
