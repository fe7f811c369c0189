import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { amsterdamInstant, formatDateTime } from "@/lib/dates";
import { followHeldSessions } from "@/lib/trajecten/phase";
import { AppError } from "@/lib/errors";
import { kickDelivery } from "@/lib/mail/outbox";
import { AGENDA_TEMPLATES } from "./agenda";
import { syncSessionCalendar } from "./calendar-sync";
import { followSession1 } from "@/lib/scan/invitations/invitations";
import type { PresenceInput, SessionPlanInput } from "./schema";

// The trainer plans a session as a meeting: date, start and end (Europe/Amsterdam), in person or
// online, the agenda, the attendees from the employer's key persons; the calendars of the attendees
// and the tandem follow (./calendar-sync.ts). Held is set once the session has started and moves the
// phase on (lib/trajecten/phase.ts); a held session no longer changes (until the trainer takes it
// back, ./held.ts); its presence is recorded afterwards.

const DEFAULT_LENGTH_MS = 3 * 3600_000;
const HELD_MESSAGE = "Deze bijeenkomst is gehouden en verandert niet meer. Wie er was, legt u vast bij 'Aanwezigheid'.";
const CONFLICT_MESSAGE = "Deze bijeenkomst is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.";

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

function timesOf(input: Pick<SessionPlanInput, "date" | "time" | "endTime">): { scheduledAt: Date | null; endsAt: Date | null } {
  if (!input.date) return { scheduledAt: null, endsAt: null };
  const scheduledAt = amsterdamInstant(input.date, input.time || "09:00");
  if (Number.isNaN(scheduledAt.getTime())) throw invalid("date", "Kies een bestaande datum en tijd.");
  const endsAt = input.endTime ? amsterdamInstant(input.date, input.endTime) : new Date(scheduledAt.getTime() + DEFAULT_LENGTH_MS);
  if (endsAt <= scheduledAt) throw invalid("endTime", "De bijeenkomst eindigt voordat ze begint. Kies een latere eindtijd.");
  return { scheduledAt, endsAt };
}

export async function planSession({ actor, input: given }: { actor: Actor; input: SessionPlanInput }) {
  await assertTrajectCapability({ actor, trajectId: given.trajectId, capability: "traject:plan" });
  const input = { ...given, mode: given.mode ?? "IN_PERSON", attendees: given.attendees ?? [] };
  const { scheduledAt, endsAt } = timesOf(input);
  if (input.status === "HELD" && !scheduledAt) throw invalid("date", "Een gehouden bijeenkomst heeft een datum.");
  // held is a fact, never a plan: only once it has started (the instant is Europe/Amsterdam wall-clock time)
  if (input.status === "HELD" && scheduledAt! > new Date())
    throw invalid(
      "status",
      `Een bijeenkomst zet u op gehouden zodra ze begonnen is. Deze begint op ${formatDateTime(scheduledAt)}; tot dan blijft ze gepland.`,
    );
  const onlineUrl = input.mode === "ONLINE" ? input.onlineUrl || null : null;
  if (input.mode === "ONLINE" && !onlineUrl) throw invalid("onlineUrl", "Vul de link voor de online bijeenkomst in.");
  const result = await db().$transaction(async (tx) => {
    const traject = await tx.traject.findUniqueOrThrow({
      where: { id: input.trajectId },
      select: { plannedSessionCount: true, employerId: true, sessions: { where: { number: input.number }, include: { attendees: true } } },
    });
    if (input.number > traject.plannedSessionCount) throw new AppError("VALIDATION", "Dit traject heeft minder bijeenkomsten.");
    const current = traject.sessions[0];
    if (current?.status === "HELD") throw new AppError("VALIDATION", HELD_MESSAGE);
    if (current && input.version !== undefined && input.version !== current.version) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    const people = await tx.keyPerson.findMany({
      where: { id: { in: input.attendees }, employerId: traject.employerId },
      select: { id: true },
    });
    if (people.length !== input.attendees.length) throw invalid("attendees", "Kies deelnemers uit de sleutelpersonen van deze werkgever.");

    // the template, unchanged, stays "the template" (null): a better template later reaches it too
    const agenda =
      input.agenda === undefined ? (current?.agenda ?? null) : input.agenda === AGENDA_TEMPLATES[input.number] ? null : input.agenda;
    // the agenda goes into every attendee's calendar: the health-data check reads it
    const choice = await checkHealthText(
      { trajectId: input.trajectId, fields: { agenda }, stored: { agenda: current?.agenda }, confirmed: input.gezondheidscheck },
      tx,
    );
    const data = {
      scheduledAt,
      endsAt,
      mode: input.mode,
      location: input.mode === "IN_PERSON" ? input.location || null : null,
      onlineUrl,
      agenda,
      status: input.status,
    };
    const meetingChanged =
      !current ||
      current.scheduledAt?.getTime() !== scheduledAt?.getTime() ||
      current.endsAt?.getTime() !== endsAt?.getTime() ||
      current.mode !== data.mode ||
      current.location !== data.location ||
      current.onlineUrl !== data.onlineUrl ||
      current.agenda !== data.agenda;
    const session = await tx.trajectSession.upsert({
      where: { trajectId_number: { trajectId: input.trajectId, number: input.number } },
      update: { ...data, version: { increment: 1 } },
      create: { trajectId: input.trajectId, number: input.number, ...data },
    });
    await tx.sessionAttendee.deleteMany({ where: { sessionId: session.id, keyPersonId: { notIn: input.attendees } } });
    const have = new Set((current?.attendees ?? []).map((a) => a.keyPersonId));
    const added = input.attendees.filter((k) => !have.has(k));
    if (added.length) await tx.sessionAttendee.createMany({ data: added.map((keyPersonId) => ({ sessionId: session.id, keyPersonId })) });
    // a held session touches no calendar (calendar-sync.ts): it happened, nobody's agenda loses it
    const calendar = await syncSessionCalendar(tx, session.id, { meetingChanged });
    // (a session already held was refused above: this is the moment it becomes held)
    const phase =
      input.status === "HELD"
        ? ((await followHeldSessions(tx, { actor, trajectId: input.trajectId, reason: "session-held" })) ?? undefined)
        : undefined;
    // the scan's deadline follows session 1 (unless set by hand)
    if (input.number === 1 && scheduledAt && input.status === "PLANNED") await followSession1(tx, input.trajectId, scheduledAt);
    await recordAudit(
      {
        actor,
        action: "session.plan",
        entityType: "TrajectSession",
        entityId: `${input.trajectId}#${input.number}`,
        trajectId: input.trajectId,
        data: { status: input.status, attendees: input.attendees.length, ...calendar },
      },
      tx,
    );
    await recordHealthChoice(choice, actor, { type: "TrajectSession", id: `${input.trajectId}#${input.number}` }, tx);
    return { ...calendar, phase };
  });
  kickDelivery();
  return result;
}

/** After a held session: who of the invited key persons was there. */
export async function recordPresence({ actor, input }: { actor: Actor; input: PresenceInput }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "traject:plan" });
  await db().$transaction(async (tx) => {
    const session = await tx.trajectSession.findUnique({
      where: { trajectId_number: { trajectId: input.trajectId, number: input.number } },
      include: { attendees: true },
    });
    if (!session || session.status !== "HELD") throw new AppError("VALIDATION", "Aanwezigheid legt u vast na een gehouden bijeenkomst.");
    const invited = new Set(session.attendees.map((a) => a.keyPersonId));
    if (input.present.some((k) => !invited.has(k))) throw invalid("present", "Kies uit de genodigden van deze bijeenkomst.");
    for (const a of session.attendees)
      await tx.sessionAttendee.update({ where: { id: a.id }, data: { present: input.present.includes(a.keyPersonId) } });
    await recordAudit(
      {
        actor,
        action: "session.presence",
        entityType: "TrajectSession",
        entityId: `${input.trajectId}#${input.number}`,
        trajectId: input.trajectId,
        data: { present: input.present.length, invited: invited.size },
      },
      tx,
    );
  });
}

/** The traject's count went down: the sessions that go are cancelled (and leave the calendars). */
export async function cancelSessionsAbove(tx: Parameters<typeof syncSessionCalendar>[0], trajectId: string, count: number) {
  const dropped = await tx.trajectSession.findMany({
    where: { trajectId, number: { gt: count }, status: { not: "CANCELLED" } },
    select: { id: true },
  });
  for (const s of dropped) {
    await tx.trajectSession.update({ where: { id: s.id }, data: { status: "CANCELLED", version: { increment: 1 } } });
    await syncSessionCalendar(tx, s.id, { meetingChanged: false });
  }
}
