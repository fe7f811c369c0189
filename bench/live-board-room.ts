// Session 2 as a hackathon under load (issue 26), the second part of `npm run bench:live-board`: two app
// instances on one PostgreSQL; PHONES participants on phones (server-sent events with their room cookie,
// split over the instances) add cards and vote at a human pace while one facilitator steers (the
// presenter's step, every few seconds) and one projector plus the facilitator's own board follow.
// Writes go through lib in this process, so the commit moment is known exactly (the call resolved);
// each screen's arrival is read in this process too (one clock). Measured:
// - commit → every screen that follows the event's channel: p50/p95/max (phones follow the room's
//   channel: the facilitator's steps; board screens follow the board: every card, vote and step);
// - a dropped connection: a quarter of the phones and one board screen drop mid-run and come back with
//   Last-Event-ID; every event must arrive exactly once (0 lost, 0 duplicated);
// - CPU: each instance's user+system time (/proc) over the busy minute, per participant.
import fs from "node:fs";
import type { ChildProcess } from "node:child_process";
import { percentile, startServer, stopServer } from "./lib/server";
import { connectViewer, type Viewer } from "./lib/sse";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type RoomLib = {
  db: typeof import("../lib/db").db;
  openRoom: typeof import("../lib/room/rooms").openRoom;
  setVoting: typeof import("../lib/room/rooms").setVoting;
  joinRoom: typeof import("../lib/room/join").joinRoom;
  participantOf: typeof import("../lib/room/participant").participantOf;
  addCard: typeof import("../lib/room/cards").addCard;
  castVote: typeof import("../lib/room/votes").castVote;
  roomThemes: typeof import("../lib/room/themes").roomThemes;
  steer: (actor: Actor, trajectId: string, roomId: string, step: number) => Promise<unknown>;
};
type Actor = { id: string; role: "TRAINER"; name: string; employerId: null };

export async function loadRoomLib(): Promise<RoomLib> {
  const { db } = await import("../lib/db");
  const rooms = await import("../lib/room/rooms");
  const { joinRoom } = await import("../lib/room/join");
  const { participantOf } = await import("../lib/room/participant");
  const { addCard } = await import("../lib/room/cards");
  const { castVote } = await import("../lib/room/votes");
  const { roomThemes } = await import("../lib/room/themes");
  const { setPresenter } = await import("../lib/room/presenter");
  // the facilitator steps through the agenda: what every phone and the projector follow
  const steer = async (actor: Actor, trajectId: string, roomId: string, step: number) => {
    const { version } = await db().sessionRoom.findUniqueOrThrow({ where: { id: roomId }, select: { version: true } });
    return setPresenter({ actor, trajectId, roomId, version, view: "AGENDA", agendaStep: step % 5 });
  };
  return { db, ...rooms, joinRoom, participantOf, addCard, castVote, roomThemes, steer };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** Every process of a server's group: serve.mjs and anything it started. */
function groupCpuSeconds(child: ChildProcess): number {
  let total = 0;
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(stat[2]) === child.pid) total += cpuSeconds(Number(pid)); // field 5: process group
    } catch {
      // gone
    }
  }
  return total;
}

type Write = { id: string; committed: number; channel: "room" | "board" };

export async function runRoomScenario(
  lib: RoomLib,
  opts: { databaseUrl: string; port: number; phones: number; seconds: number; trajectId: string; token: string; target: number },
) {
  const { db } = lib;
  const servers: ChildProcess[] = [];
  const screens: { viewer: Viewer; channel: "room" | "board"; url: string; headers: Record<string, string>; from: number }[] = [];
  try {
    for (const k of [0, 1]) servers.push(await startServer(opts.port + k, { DATABASE_URL: opts.databaseUrl, SEED_DEMO: "0" }));
    const traject = await db().traject.findUniqueOrThrow({ where: { id: opts.trajectId }, select: { trainer: true } });
    const actor: Actor = { id: traject.trainer.id, role: "TRAINER", name: traject.trainer.name, employerId: null };
    const room = await lib.openRoom({ actor, trajectId: opts.trajectId, number: 2 });
    await lib.setVoting({ actor, trajectId: opts.trajectId, roomId: room.id, voting: "PUNTEN", votesPerPerson: 10, version: room.version });
    const themes = await lib.roomThemes(opts.trajectId);
    const phones = [];
    for (let i = 0; i < opts.phones; i++) {
      const { token } = await lib.joinRoom({
        code: room.joinCode,
        name: `Deelnemer ${i + 1}`,
        attendeeId: null,
        anonymous: true,
        clientAddress: null,
      });
      phones.push({ token, actor: (await lib.participantOf(token))!.actor, votes: 0 });
    }
    const open = (channel: "room" | "board", url: string, headers: Record<string, string> = {}) =>
      screens.push({ viewer: connectViewer(url, headers), channel, url, headers, from: 0 });
    phones.forEach((p, i) =>
      open("room", `http://localhost:${opts.port + (i % 2)}/api/doe-mee/stream`, { cookie: `ww-deelname=${p.token}` }),
    );
    // the projector, and the facilitator's board (the same stream of the same board)
    open("board", `http://localhost:${opts.port}/api/bord/${opts.token}/stream`);
    open("board", `http://localhost:${opts.port + 1}/api/bord/${opts.token}/stream`);
    await Promise.all(screens.map((s) => s.viewer.connected));

    // one queue of writes at a human pace: each phone acts every ~6 s on average (a card or a vote), the
    // facilitator steps every 4 s; one writer at a time, so each write's event is the newest of its channel
    const writes: Write[] = [];
    const newest = async (topic: "room" | "board", channelId: string) =>
      (await db().liveEvent.findFirstOrThrow({ where: { topic, channelId }, orderBy: { id: "desc" } })).id.toString();
    const cpu0 = servers.map(groupCpuSeconds);
    const started = performance.now();
    const end = started + opts.seconds * 1000;
    const perSecond = opts.phones / 6;
    let nextSteer = started + 4000;
    let step = 0;
    let dropped = false;
    let n = 0;
    while (performance.now() < end) {
      if (!dropped && performance.now() > started + (opts.seconds * 1000) / 2) {
        // a quarter of the phones and one board screen lose their connection for a second
        dropped = true;
        const victims = screens.filter((s, i) => (s.channel === "room" && i % 4 === 0) || s === screens.at(-1));
        for (const v of victims) v.viewer.abort();
        setTimeout(() => {
          for (const v of victims) {
            const old = v.viewer;
            const next = connectViewer(v.url, { ...v.headers, "last-event-id": old.lastId() });
            // one record per screen: what it read before and after the drop
            for (const [id, at] of old.received) next.received.set(id, at);
            v.viewer = next;
          }
        }, 1000);
      }
      if (performance.now() >= nextSteer) {
        await lib.steer(actor, opts.trajectId, room.id, ++step);
        const committed = performance.now();
        // a step is heard on both channels: the phones' room and the boards'
        writes.push({ id: await newest("room", room.id), committed, channel: "room" });
        writes.push({ id: await newest("board", opts.trajectId), committed, channel: "board" });
        nextSteer += 4000;
      } else {
        const p = phones[n++ % phones.length]!;
        if (n % 3 === 0 && themes.length > 0 && p.votes < 10) {
          await lib.castVote({ actor: p.actor, target: `punt:${themes[n % themes.length]!.key}`, delta: 1 });
          p.votes++;
        } else {
          await lib.addCard({
            actor: p.actor,
            themeKey: themes[n % Math.max(1, themes.length)]?.key ?? null,
            text: `Idee ${n}`,
            signed: false,
          });
        }
        writes.push({ id: await newest("board", opts.trajectId), committed: performance.now(), channel: "board" });
      }
      await sleep(-Math.log(1 - Math.random()) * (1000 / perSecond));
    }
    const busy = (performance.now() - started) / 1000;
    const cpu = servers.map((s, i) => groupCpuSeconds(s) - cpu0[i]!);
    const drain = Date.now() + 5000;
    const complete = () => screens.every((s) => writes.every((w) => w.channel !== s.channel || s.viewer.received.has(w.id)));
    while (!complete() && Date.now() < drain) await sleep(20);

    const latencies: number[] = [];
    let missing = 0;
    for (const s of screens)
      for (const w of writes) {
        if (w.channel !== s.channel) continue;
        const at = s.viewer.received.get(w.id);
        if (at === undefined) missing++;
        else latencies.push(at - w.committed);
      }
    latencies.sort((a, b) => a - b);
    const duplicates = screens.reduce((sum, s) => sum + s.viewer.duplicates(), 0);
    const p95 = percentile(latencies, 95);
    const cards = writes.filter((w) => w.channel === "board").length - step;
    console.log(
      `  ${opts.phones} phones + 2 board screens on 2 instances; ${busy.toFixed(0)} s: ${cards} cards and votes, ${step} steps by the facilitator`,
    );
    console.log(
      `  latency commit → screen over ${latencies.length} screen×event pairs: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms (p95 target ≤ ${opts.target} ms: ${p95 <= opts.target ? "met" : "NOT met"})`,
    );
    console.log(`  after a dropped connection (Last-Event-ID): ${missing} events lost, ${duplicates} duplicated`);
    console.log(
      `  CPU per instance over the busy ${busy.toFixed(0)} s: ${cpu.map((c) => `${((c / busy) * 100).toFixed(1)} %`).join(", ")} of a core; per participant ${((cpu.reduce((a, b) => a + b, 0) / busy / opts.phones) * 1000).toFixed(1)} ms of CPU per second`,
    );
    return { p95, missing: missing + duplicates };
  } finally {
    for (const s of screens) s.viewer.abort();
    await Promise.all(servers.map(stopServer));
  }
}
