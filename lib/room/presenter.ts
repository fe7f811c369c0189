import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { roomPhase } from "./participant";
import { unsafePresenceOf } from "./presence";
import { changeRoom, type roomOf } from "./rooms";
import { roomThemes } from "./themes";
import { agendaSteps, facilitatorRoom, presenterOf } from "./views";
import { TIMER_MAX_MINUTES, timerAfter, type TimerFields } from "./timer";
import type { PresenterView } from "./presenter-schema";

// The presenter (issue 26 item 4): the facilitator chooses what the projector shows, walks the agenda
// step by step and runs a timer per step. Every change goes through changeRoom: capability
// room:facilitate, the room row locked, the version checked and raised, audited, and told to the phones
// ("room" topic) and the board screens ("board" topic), the projector among them.

type Room = Awaited<ReturnType<typeof roomOf>>;
interface RoomChange {
  actor: Actor;
  trajectId: string;
  roomId: string;
  /** The room's version the facilitator saw: someone else's change in between is a CONFLICT */
  version: number;
}

/** The audit's codes (labels: lib/logbook/actions.ts) */
const AUDIT = { view: { action: "room.presenter" }, step: { action: "room.step" }, timer: { action: "room.timer" } } as const;

const NO_SUCH_STEP = "Deze stap staat niet op de agenda.";
const NO_SUCH_PUNT = "Kies een aandachtspunt van deze sessie.";

async function stepsOf(tx: Tx, room: Room) {
  const session = await tx.trajectSession.findUniqueOrThrow({ where: { id: room.sessionId }, select: { number: true, agenda: true } });
  return agendaSteps(session);
}

/**
 * What the projector shows: a view, for PUNT one aandachtspunt of the room (or null: Overig), and
 * optionally the agenda step (another step stops the timer: a timer belongs to its step). The view left
 * out keeps the current one (the step buttons).
 */
export async function setPresenter({
  actor,
  trajectId,
  roomId,
  version,
  view,
  themeKey = null,
  agendaStep,
}: RoomChange & { view?: PresenterView; themeKey?: string | null; agendaStep?: number }) {
  return changeRoom(
    actor,
    trajectId,
    roomId,
    (agendaStep === undefined ? AUDIT.view : AUDIT.step).action,
    async (tx, room) => {
      const data: { view?: PresenterView; viewThemeKey?: string | null; agendaStep?: number } & Partial<TimerFields> = {};
      if (view) {
        if (view === "PUNT" && themeKey !== null && !(await roomThemes(trajectId, tx)).some((t) => t.key === themeKey))
          throw new AppError("VALIDATION", NO_SUCH_PUNT, { choice: [NO_SUCH_PUNT] });
        data.view = view;
        data.viewThemeKey = view === "PUNT" ? themeKey : null;
      }
      if (agendaStep !== undefined && agendaStep !== room.agendaStep) {
        const steps = await stepsOf(tx, room);
        if (!Number.isInteger(agendaStep) || agendaStep < 0 || agendaStep >= steps.length)
          throw new AppError("VALIDATION", NO_SUCH_STEP, { step: [NO_SUCH_STEP] });
        Object.assign(data, { agendaStep }, timerAfter.reset());
      }
      await tx.sessionRoom.update({ where: { id: room.id }, data });
      return { view: data.view ?? room.view, agendaStep: data.agendaStep ?? room.agendaStep };
    },
    { version, tell: "presenter" },
  );
}

/** A timer change: the new fields from the stored ones, or (null) a Dutch refusal that it does not apply now. */
function changeTimer(change: RoomChange, next: (room: Room, now: Date) => TimerFields | null, refusal: string) {
  return changeRoom(
    change.actor,
    change.trajectId,
    change.roomId,
    AUDIT.timer.action,
    async (tx, room) => {
      const fields = next(room, new Date());
      if (!fields) throw new AppError("CONFLICT", refusal);
      await tx.sessionRoom.update({ where: { id: room.id }, data: fields });
      return fields;
    },
    { version: change.version, tell: "presenter" },
  );
}

/** "Start N minuten": a fresh timer for the current step (a running or paused one starts over). */
export async function startTimer({ actor, minutes, ...room }: RoomChange & { minutes: number }) {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > TIMER_MAX_MINUTES)
    throw new AppError("VALIDATION", `Zet de klok op 1 tot ${TIMER_MAX_MINUTES} minuten.`);
  return changeTimer({ actor, ...room }, (_room, now) => timerAfter.start(minutes, now), "");
}

export async function pauseTimer({ actor, ...room }: RoomChange) {
  return changeTimer({ actor, ...room }, timerAfter.pause, "De klok loopt niet: er valt niets te pauzeren.");
}

export async function resumeTimer({ actor, ...room }: RoomChange) {
  return changeTimer({ actor, ...room }, timerAfter.resume, "De klok staat niet op pauze.");
}

/** "Stop": no timer for this step (the clock disappears from every screen). */
export async function resetTimer({ actor, ...room }: RoomChange) {
  return changeTimer({ actor, ...room }, () => timerAfter.reset(), "");
}

/**
 * The presenter's part of the signed-in board (session `number`): who is on the board, the agenda step
 * and its timer for everyone who watches the board, and for the tandem (room:facilitate) the room to
 * steer. No room yet: presenter null.
 */
export async function presenterForActor({ actor, trajectId, number }: { actor: Actor; trajectId: string; number: number }) {
  const access = await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  const facilitator = access.capabilities.has("room:facilitate") ? await facilitatorRoom({ actor, trajectId, number }) : null;
  const [presence, room] = await Promise.all([
    unsafePresenceOf(trajectId),
    facilitator
      ? null
      : db().sessionRoom.findFirst({
          where: { session: { trajectId, number } },
          include: { session: { select: { number: true, agenda: true } } },
        }),
  ]);
  const steps = facilitator?.steps ?? (room ? agendaSteps(room.session) : []);
  // the step and its timer only while the room is open: a closed room's clock is nobody's
  const open = facilitator ? facilitator.phase !== null : room !== null && roomPhase(room) !== null;
  const presenter = open ? (facilitator?.presenter ?? (room ? presenterOf(room, steps) : null)) : null;
  return { presence, presenter, stepCount: steps.length, facilitator, serverNow: new Date().toISOString() };
}
