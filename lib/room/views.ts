import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability, trajectAccess } from "@/lib/auth/guard";
import { agendaOf } from "@/lib/sessions/agenda";
import { assertParticipant, roomPhase, type ParticipantActor } from "./participant";
import { OVERIG_TITLE, roomThemes } from "./themes";
import { ownVotes, voteTargets, voteTotals, type VoteKind } from "./votes";

// What each side reads of a room. The facilitator: every card (its author's name only when signed),
// groups, totals. A participant: the room's step and timer, the aandachtspunten by title, their own
// cards and votes, and (after "Sessie afronden") the summary; never another person's card or vote.

/** The agenda's steps: one per line of the session's agenda. */
export const agendaSteps = (session: { number: number; agenda: string | null }) =>
  agendaOf(session)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

export function presenterOf(
  room: { view: string; viewThemeKey: string | null; agendaStep: number; timerEndsAt: Date | null; timerLeftSeconds: number | null },
  steps: string[],
) {
  const step = Math.min(room.agendaStep, Math.max(0, steps.length - 1));
  return {
    view: room.view,
    themeKey: room.viewThemeKey,
    stepIndex: step,
    stepName: steps[step] ?? null,
    timerEndsAt: room.timerEndsAt?.toISOString() ?? null,
    timerLeftSeconds: room.timerLeftSeconds,
  };
}

/** The tandem's view of a session's room (null: never opened); without a number, the one opened last. */
export async function facilitatorRoom({ actor, trajectId, number }: { actor: Actor; trajectId: string; number?: number }) {
  await assertTrajectCapability({ actor, trajectId, capability: "room:facilitate" });
  const room = await db().sessionRoom.findFirst({
    where: { session: { trajectId, ...(number ? { number } : {}) } },
    orderBy: { openedAt: "desc" },
    include: {
      session: { select: { number: true, agenda: true } },
      cards: { orderBy: { createdAt: "asc" }, include: { participant: { select: { name: true } } } },
      groups: { orderBy: { createdAt: "asc" } },
      _count: { select: { participants: true } },
    },
  });
  if (!room) return null;
  const themes = await roomThemes(trajectId);
  const steps = agendaSteps(room.session);
  const kind: VoteKind | null = room.voting === "NONE" ? null : room.voting;
  const [punten, afspraken] = await Promise.all([
    voteTotals(db(), room.id, trajectId, "PUNTEN"),
    voteTotals(db(), room.id, trajectId, "AFSPRAKEN"),
  ]);
  const cards = room.cards.map((c) => ({
    id: c.id,
    themeKey: c.themeKey,
    text: c.text,
    // the author's name only when they signed: the facilitator sees the room's cards as the room does
    author: c.signed ? (c.participant?.name ?? null) : null,
    groupId: c.groupId,
    clauseId: c.clauseId,
    hidden: c.hiddenAt !== null,
  }));
  return {
    id: room.id,
    sessionNumber: room.session.number,
    joinCode: room.joinCode,
    phase: roomPhase(room),
    openedAt: room.openedAt,
    expiresAt: room.expiresAt,
    closedAt: room.closedAt,
    summarisedAt: room.summarisedAt,
    version: room.version,
    voting: kind,
    votesPerPerson: room.votesPerPerson,
    participants: room._count.participants,
    presenter: presenterOf(room, steps),
    steps,
    sections: [...themes, { key: null, title: OVERIG_TITLE }].map((t) => ({
      themeKey: t.key,
      title: t.title,
      groups: room.groups.filter((g) => g.themeKey === t.key).map((g) => ({ ...g, cards: cards.filter((c) => c.groupId === g.id) })),
      cards: cards.filter((c) => c.themeKey === t.key && !c.groupId),
    })),
    totals: { PUNTEN: punten, AFSPRAKEN: afspraken },
  };
}

export type FacilitatorRoom = NonNullable<Awaited<ReturnType<typeof facilitatorRoom>>>;

/** For the board page: the room panel's data when the actor facilitates (the tandem), else null. */
export async function roomPanelFor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  const access = await trajectAccess({ actor, trajectId });
  if (!access.capabilities.has("room:facilitate")) return null;
  return { room: await facilitatorRoom({ actor, trajectId }) };
}

/** The phone's view: the room's state and the participant's own things; refuses a closed room. */
export async function participantRoom(actor: ParticipantActor) {
  await assertParticipant(actor, "room:follow");
  const room = await db().sessionRoom.findUniqueOrThrow({
    where: { id: actor.roomId },
    include: { session: { select: { number: true, agenda: true, traject: { select: { employer: { select: { name: true } } } } } } },
  });
  const steps = agendaSteps(room.session);
  const themes = await roomThemes(actor.trajectId);
  const kind: VoteKind | null = room.voting === "NONE" ? null : room.voting;
  const [cards, targets, mine] = await Promise.all([
    db().roomCard.findMany({
      where: { participantId: actor.participantId },
      select: { id: true, themeKey: true, text: true, signed: true, clauseId: true },
      orderBy: { createdAt: "asc" },
    }),
    kind ? voteTargets(db(), actor.trajectId, kind) : Promise.resolve([]),
    kind ? ownVotes(db(), actor.participantId, kind) : Promise.resolve(new Map<string, number>()),
  ]);
  const used = [...mine.values()].reduce((n, c) => n + c, 0);
  return {
    name: actor.name,
    anonymous: actor.anonymous,
    joinCode: room.joinCode,
    employerName: room.session.traject.employer.name,
    sessionNumber: room.session.number,
    phase: roomPhase(room),
    presenter: presenterOf(room, steps),
    stepCount: steps.length,
    serverNow: new Date().toISOString(),
    themes: [...themes, { key: null, title: OVERIG_TITLE }],
    cards,
    voting: kind
      ? {
          kind,
          allowance: room.votesPerPerson,
          left: Math.max(0, room.votesPerPerson - used),
          targets: targets.map((t) => ({ ...t, mine: mine.get(t.target) ?? 0 })),
        }
      : null,
    summary: room.summarisedAt ? room.summary : null,
  };
}

export type ParticipantRoom = Awaited<ReturnType<typeof participantRoom>>;
