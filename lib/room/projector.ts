import "server-only";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { boardForLink } from "@/lib/board/board";
import { formatJoinCode } from "./join-code";
import { roomPhase } from "./participant";
import { unsafePresenceOf } from "./presence";
import { OVERIG_TITLE, roomThemes } from "./themes";
import { agendaSteps, presenterOf } from "./views";
import { voteTotals, type VoteKind } from "./votes";

// What the projector shows (issue 26 item 4), through its read-only board link: the board, and when the
// session's room was opened, what the facilitator chose for it. Only what the room itself may see: of a
// card its text, and its author's name only when they signed it (never their id, never a hidden card);
// of votes the totals (never who); the join code only while the room takes joins and the projector
// shows it; how many people are on the board, never who.

export const joinUrl = (code: string) => `${env().APP_URL}/doe-mee/${code}`;

export async function projectorRoom(token: string) {
  const { trajectId, sessionNumber, board } = await boardForLink(token);
  const [room, presence] = await Promise.all([
    db().sessionRoom.findFirst({
      where: { session: { trajectId, number: sessionNumber } },
      include: { session: { select: { number: true, agenda: true } } },
    }),
    unsafePresenceOf(trajectId),
  ]);
  const base = { trajectId, sessionNumber, board, present: presence.total };
  if (!room) return { ...base, room: null };
  const steps = agendaSteps(room.session);
  const presenter = presenterOf(room, steps);
  const open = roomPhase(room) !== null;
  const view = presenter.view;
  return {
    ...base,
    room: {
      version: room.version,
      open,
      presenter,
      steps,
      join: view === "JOIN" && open ? await joinOf(room.joinCode) : null,
      punt: view === "PUNT" ? await puntOf(room.id, trajectId, presenter.themeKey, board) : null,
      votes: view === "VOTES" ? await votesOf(room.id, trajectId, room.voting) : null,
      summary: view === "SUMMARY" && room.summarisedAt ? room.summary : null,
    },
  };
}

export type ProjectorRoom = Awaited<ReturnType<typeof projectorRoom>>;

async function joinOf(code: string) {
  const url = joinUrl(code);
  return {
    code: formatJoinCode(code),
    url,
    /** Where to type the code: the address without it */
    typeAt: `${env().APP_URL}/doe-mee`,
    qrSvg: await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }),
  };
}

/** One aandachtspunt (or Overig: null) with its visible cards, grouped, and the afspraken that answer it. */
async function puntOf(
  roomId: string,
  trajectId: string,
  themeKey: string | null,
  board: Awaited<ReturnType<typeof boardForLink>>["board"],
) {
  const [themes, cards, groups] = await Promise.all([
    roomThemes(trajectId),
    db().roomCard.findMany({
      where: { roomId, themeKey, hiddenAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, text: true, signed: true, groupId: true, participant: { select: { name: true } } },
    }),
    db().roomCardGroup.findMany({ where: { roomId, themeKey }, orderBy: { createdAt: "asc" }, select: { id: true, title: true } }),
  ]);
  const shown = cards.map((c) => ({
    id: c.id,
    text: c.text,
    author: c.signed ? (c.participant?.name ?? null) : null,
    groupId: c.groupId,
  }));
  const title = themeKey === null ? OVERIG_TITLE : (themes.find((t) => t.key === themeKey)?.title ?? null);
  const clauses = themeKey === null ? board.otherClauses : (board.aandachtspunten.find((a) => a.themeKey === themeKey)?.clauses ?? []);
  return {
    themeKey,
    title: title ?? themeKey,
    groups: groups
      .map((g) => ({ id: g.id, title: g.title, cards: shown.filter((c) => c.groupId === g.id) }))
      .filter((g) => g.cards.length > 0),
    cards: shown.filter((c) => c.groupId === null || !groups.some((g) => g.id === c.groupId)),
    clauses: clauses.map((c) => ({ id: c.id, version: c.version, title: c.title, body: c.body, owner: c.owner, startDate: c.startDate })),
  };
}

/** The totals of the voting now open, or of every voting that has votes; never who voted what. */
async function votesOf(roomId: string, trajectId: string, voting: "NONE" | VoteKind) {
  const kinds: VoteKind[] = voting === "NONE" ? ["PUNTEN", "AFSPRAKEN"] : [voting];
  const totals = await Promise.all(kinds.map(async (kind) => ({ kind, ...(await voteTotals(db(), roomId, trajectId, kind)) })));
  return { open: voting !== "NONE", rounds: totals.filter((t) => voting !== "NONE" || t.voters > 0) };
}
