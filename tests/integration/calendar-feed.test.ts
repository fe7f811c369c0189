import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { GET as getFeed } from "@/app/api/agenda/[token]/route";
import { calendarFeed, calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from "@/lib/sessions/calendar-feed";
import { sessionUid } from "@/lib/sessions/calendar-sync";
import { planSession } from "@/lib/sessions/sessions";
import { makeOutsiders, makeTraject } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

// The private calendar feed: a secret URL with the sessions of the trajects its owner may see.

const t = setupTestDb();
const tokenOf = (url: string) => url.split("/api/agenda/")[1]!;
const uids = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => String(v.getFirstPropertyValue("uid")));

describe(`the private calendar feed (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("holds the dated sessions of one's own trajects only; a new link replaces the old, stop ends it", async () => {
    const f = await makeTraject(t.prisma);
    const { other } = await makeOutsiders(t.prisma);
    await planSession({
      actor: f.trainer,
      input: { trajectId: f.traject.id, number: 1, date: "2027-02-03", time: "10:00", status: "PLANNED" },
    });
    await planSession({
      actor: other.trainer,
      input: { trajectId: other.traject.id, number: 1, date: "2027-02-04", time: "10:00", status: "PLANNED" },
    });
    const session = await t.prisma.trajectSession.findUniqueOrThrow({
      where: { trajectId_number: { trajectId: f.traject.id, number: 1 } },
    });

    const { url } = await createCalendarFeed(f.expert);
    expect(url).toMatch(/\/api\/agenda\/[A-Za-z0-9_-]{43}$/);
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: f.expert.id } })).not.toMatchObject({ calendarFeedHash: tokenOf(url) });
    expect(uids((await calendarFeed(tokenOf(url)))!)).toEqual([sessionUid(session.id)]);
    const response = await getFeed(new Request(url), { params: Promise.resolve({ token: tokenOf(url) }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    expect((await calendarFeedStatus(f.expert)).since).toBeInstanceOf(Date);

    const renewed = await createCalendarFeed(f.expert);
    expect(await calendarFeed(tokenOf(url))).toBeNull();
    expect(await calendarFeed(tokenOf(renewed.url))).not.toBeNull();
    await revokeCalendarFeed(f.expert);
    expect(await calendarFeed(tokenOf(renewed.url))).toBeNull();
    expect((await calendarFeedStatus(f.expert)).since).toBeNull();

    // a switched-off account's feed stops; made-up tokens give nothing
    const employerFeed = await createCalendarFeed(f.employerUser);
    await t.prisma.user.update({ where: { id: f.employerUser.id }, data: { active: false } });
    expect(await calendarFeed(tokenOf(employerFeed.url))).toBeNull();
    for (const token of ["", "x", "A".repeat(43), `${tokenOf(renewed.url)}\u0000`])
      expect((await getFeed(new Request("http://x"), { params: Promise.resolve({ token }) })).status).toBe(404);
  });
});
