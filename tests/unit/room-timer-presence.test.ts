import { describe, expect, it } from "vitest";
import { clockInWords, formatClock, timerAfter, timerRemaining } from "@/lib/room/timer";
import { groupPresence, presenceKey, presenceSentence, PRESENCE_GONE_MS, type PresenceRow } from "@/lib/room/presence-groups";

// The pure parts of the presenter and of presence: what a timer has left, and who is on the board.

const now = new Date("2026-12-08T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("an agenda step's timer", () => {
  it("running: the seconds to its end, rounded up, never below zero", () => {
    expect(timerRemaining({ timerEndsAt: later(90_000), timerLeftSeconds: null }, now)).toEqual({ state: "running", seconds: 90 });
    expect(timerRemaining({ timerEndsAt: later(1), timerLeftSeconds: null }, now)).toEqual({ state: "running", seconds: 1 });
    expect(timerRemaining({ timerEndsAt: later(-5_000), timerLeftSeconds: null }, now)).toEqual({ state: "running", seconds: 0 });
    // as the JSON of a page carries it
    expect(timerRemaining({ timerEndsAt: later(61_500).toISOString(), timerLeftSeconds: null }, now.getTime()).seconds).toBe(62);
  });

  it("paused: the seconds it kept; off without either", () => {
    expect(timerRemaining({ timerEndsAt: null, timerLeftSeconds: 42 }, now)).toEqual({ state: "paused", seconds: 42 });
    expect(timerRemaining({ timerEndsAt: null, timerLeftSeconds: null }, now)).toEqual({ state: "off", seconds: 0 });
  });

  it("start, pause, resume and reset: a pause keeps what was left, a resume ends that much later", () => {
    const started = timerAfter.start(5, now);
    expect(started).toEqual({ timerEndsAt: later(300_000), timerLeftSeconds: null });
    const paused = timerAfter.pause(started, later(100_400));
    expect(paused).toEqual({ timerEndsAt: null, timerLeftSeconds: 200 });
    expect(timerAfter.pause(paused!, later(200_000))).toBeNull();
    expect(timerAfter.resume(started, now)).toBeNull();
    expect(timerAfter.resume(paused!, later(1_000_000))).toEqual({ timerEndsAt: later(1_200_000), timerLeftSeconds: null });
    expect(timerAfter.reset()).toEqual({ timerEndsAt: null, timerLeftSeconds: null });
  });

  it("reads as a clock and in words", () => {
    expect([formatClock(0), formatClock(59), formatClock(245), formatClock(3720)]).toEqual(["0:00", "0:59", "4:05", "1:02:00"]);
    expect([clockInWords(1), clockInWords(60), clockInWords(125)]).toEqual(["1 seconde", "1 minuut", "2 minuten en 5 seconden"]);
  });
});

describe("who is on the board", () => {
  const row = (key: string, name: string, role: string, anonymous = false, ago = 0): PresenceRow => ({
    key,
    name,
    role,
    anonymous,
    seenAt: new Date(now.getTime() - ago),
  });

  it("each person once (several tabs), participants named only by choice, the rest counted; stale rows are nobody", () => {
    const rows = [
      row(presenceKey({ userId: "u1" }, "tab-aaaaaaaa"), "Ingrid", "Trainer"),
      row(presenceKey({ userId: "u1" }, "tab-bbbbbbbb"), "Ingrid", "Trainer"),
      row(presenceKey({ userId: "u2" }, "tab-cccccccc"), "Bram", "Ervaringsdeskundige"),
      row(presenceKey({ participantId: "p1" }, "x"), "Sanne", "Deelnemer", false),
      row(presenceKey({ participantId: "p2" }, "x"), "Geheim", "Deelnemer", true),
      row(presenceKey({ participantId: "p3" }, "x"), "Ook geheim", "Deelnemer", true),
      row(presenceKey({ participantId: "p4" }, "x"), "Weg", "Deelnemer", false, PRESENCE_GONE_MS + 1),
      row(presenceKey({ userId: "u3" }, "tab-dddddddd"), "Ook weg", "Werkgever", false, PRESENCE_GONE_MS),
    ];
    const groups = groupPresence(rows, now);
    expect(groups).toEqual({
      people: [
        { name: "Bram", role: "Ervaringsdeskundige" },
        { name: "Ingrid", role: "Trainer" },
      ],
      named: ["Sanne"],
      anonymous: 2,
      total: 5,
    });
    expect(presenceSentence(groups)).toBe("Nu op het bord: Bram (Ervaringsdeskundige), Ingrid (Trainer), Sanne en 2 deelnemers.");
    expect(JSON.stringify(groups)).not.toMatch(/geheim|Weg/);
  });

  it("says so in a sentence for one person, one participant, or nobody", () => {
    expect(presenceSentence(groupPresence([row("u:1|tab-aaaaaaaa", "Ingrid", "Trainer")], now))).toBe("Nu op het bord: Ingrid (Trainer).");
    expect(presenceSentence(groupPresence([row("p:1|phone", "X", "Deelnemer", true)], now))).toBe("Nu op het bord: 1 deelnemer.");
    expect(presenceSentence(groupPresence([], now))).toBe("Nu op het bord: nog niemand.");
  });
});
