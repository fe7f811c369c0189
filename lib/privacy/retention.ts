import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { pruneLogins } from "@/lib/auth/logins";
import { assertCapability } from "@/lib/auth/guard";
import { isSystemActor, type Actor, type SystemActor } from "@/lib/auth/roles";
import { amsterdamInstant, isoDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { pruneRateLimits } from "@/lib/rate-limit";
import { forgetKeyPersonNames } from "@/lib/employers/key-person-names";
import { pruneStalePresence } from "@/lib/room/presence";
import { scrubAuditDetails } from "./erasure";

// The retention rule (docs/privacy.md#bewaren), one place for every kind of personal data with an
// end date. Run daily by `npm run retention` (or the admin's button):
// - respondents' names and e-mail addresses: RESPONDENT_RETENTION_DAYS after the traject's last scan
//   round closed (and its follow-up moment passed, lastRoundClosedBefore). The anonymous answers stay, so results and reports keep working;
//   the invitation and reminder mails that named them go; the link stops working.
// - key persons without an account: KEY_PERSON_RETENTION_DAYS (default 730) after the employer's last
//   traject ended and nothing about the employer or the person changed; accounts the admin manages. Their
//   names go from the stored session summaries too (lib/employers/key-person-names.ts).
// - a session's summary (ADR 032) lives with the traject, like the session's other records.
// - who had a session in their calendar (CalendarInvite), with their answer (ADR 021): 30 days after the
//   session ended (without an end time: started) or was cancelled; its answer link stops at the session's end.
// - session 2's phone participants (a chosen name, a token hash, their votes): 30 days after their room
//   closed or expired; their cards stay with the traject, anonymous.
// - an expert's compensation claims: seven years after the end of the year of the session (fiscal).
// - login sessions 30 days after they ended (lib/auth/logins.ts), load and login counters a
//   day after their window (lib/rate-limit), one-time account links 30 days after use or expiry, a
//   new login address waiting for its confirmation as soon as its link expired.
// - who is on a board now (BoardPresence): a minute after the last heartbeat (lib/room/presence.ts).
// - a candidate who stopped (ExpertCandidate): CANDIDATE_RETENTION_MONTHS after they stopped (ADR 034).

/**
 * The clock of respondents' details runs from the close of the traject's last scan round: the first
 * round closed (scanClosedAt), no follow-up round is open or closed since, and the follow-up moment
 * (also a second one, planned after a follow-up) has passed as long ago: the people a follow-up
 * invites again are still there for it.
 */
const lastRoundClosedBefore = (closedBefore: Date): Prisma.TrajectWhereInput => ({
  scanClosedAt: { lt: closedBefore },
  OR: [{ followUpAt: null }, { followUpAt: { lt: closedBefore } }],
  scanRounds: { none: { number: { gt: 1 }, OR: [{ closedAt: null }, { closedAt: { gte: closedBefore } }] } },
});

export const ANONYMISED_NAME = "(naam verwijderd na de bewaartermijn)";
const ACCOUNT_LINK_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;
/** Session 2's phone participants are kept this long after their room ended (docs/privacy.md#bewaren). */
export const ROOM_PARTICIPANT_DAYS = 30;
/** Fiscal retention of financial records (artikel 52 Algemene wet inzake rijksbelastingen). */
export const CLAIM_RETENTION_YEARS = 7;
/** A candidate who stopped is kept this long after stopping (docs/privacy.md#bewaren; ADR 034). */
export const CANDIDATE_RETENTION_MONTHS = 12;
/** Invitations per transaction: a long backlog is worked through in short steps. */
const BATCH = 200;

export interface RetentionResult {
  respondents: number;
  mails: number;
  sessions: number;
  counters: number;
  accountLinks: number;
  keyPersons: number;
  calendarInvites: number;
  claims: number;
  /** Live updates (e.g. the board: who changed something when): only needed for catching up */
  liveEvents: number;
  /** Phones in session 2's room (a chosen name, a token hash, their secret votes), after the room ended */
  roomParticipants: number;
  /** Who was on a board, not renewed for a minute (a closed tab that did not say goodbye) */
  presence: number;
  /** Candidates who stopped, CANDIDATE_RETENTION_MONTHS ago or longer */
  candidates: number;
}

/** A screen that lost its connection catches up from the live events; after two days nobody does. */
const LIVE_EVENT_RETENTION_DAYS = 2;

export async function applyRetention({ actor, now = new Date() }: { actor: Actor | SystemActor; now?: Date }): Promise<RetentionResult> {
  if (!isSystemActor(actor)) assertCapability(actor, "privacy:manage");
  const closedBefore = new Date(now.getTime() - env().RESPONDENT_RETENTION_DAYS * DAY_MS);
  let respondents = 0;
  let mails = 0;
  for (;;) {
    const due = await db().scanInvitation.findMany({
      where: { anonymisedAt: null, traject: lastRoundClosedBefore(closedBefore) },
      select: { id: true, email: true, trajectId: true, response: { select: { id: true } } },
      take: BATCH,
    });
    if (due.length === 0) break;
    await db().$transaction(async (tx) => {
      const removed = await tx.outboxMail.deleteMany({
        where: { OR: due.map((i) => ({ trajectId: i.trajectId, to: { equals: i.email, mode: "insensitive" as const } })) },
      });
      mails += removed.count;
      const ids = due.map((i) => i.id);
      await scrubAuditDetails(tx, { entityId: { in: [...ids, ...due.flatMap((i) => (i.response ? [i.response.id] : []))] } });
      await tx.scanInvitation.updateMany({ where: { id: { in: ids }, revokedAt: null }, data: { revokedAt: now } });
      await tx.scanInvitation.updateMany({ where: { id: { in: ids } }, data: { name: ANONYMISED_NAME, email: "", anonymisedAt: now } });
    });
    respondents += due.length;
  }
  const sessions = await pruneLogins({ now });
  const counters = await pruneRateLimits();
  const linksBefore = new Date(now.getTime() - ACCOUNT_LINK_RETENTION_DAYS * DAY_MS);
  const spent = { OR: [{ usedAt: { lt: linksBefore } }, { expiresAt: { lt: linksBefore } }] };
  const { count: accountTokens } = await db().accountToken.deleteMany({ where: spent });
  // signing and projector links: the token is only a hash, but used or expired it serves nobody
  const { count: signingLinks } = await db().signingLink.deleteMany({ where: spent });
  const { count: boardLinks } = await db().boardLink.deleteMany({
    where: { OR: [{ expiresAt: { lt: linksBefore } }, { revokedAt: { lt: linksBefore } }] },
  });
  // a new login address nobody confirmed in time (lib/users/email-change.ts): the address goes at once
  const { count: emailChanges } = await db().emailChange.deleteMany({ where: { expiresAt: { lt: now } } });
  const accountLinks = accountTokens + signingLinks + boardLinks + emailChanges;
  const { count: liveEvents } = await db().liveEvent.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - LIVE_EVENT_RETENTION_DAYS * DAY_MS) } },
  });
  const presence = await pruneStalePresence(now);
  const keyPersons = await removeDormantKeyPersons(now);
  // who had a session in their calendar, and what they answered, matters only while it can still change
  const { count: calendarInvites } = await db().calendarInvite.deleteMany({
    where: {
      session: {
        OR: [
          { endsAt: { lt: linksBefore } },
          { endsAt: null, scheduledAt: { lt: linksBefore } },
          { status: "CANCELLED", updatedAt: { lt: linksBefore } },
        ],
      },
    },
  });
  // the same for a cohort's training sessions (lib/training/calendar.ts): a cancelled one keeps its date
  const { count: trainingInvites } = await db().trainingCalendarInvite.deleteMany({ where: { session: { endsAt: { lt: linksBefore } } } });
  const claims = await removeExpiredClaims(now);
  const candidates = await removeStoppedCandidates(now);
  // session 2's phones (ADR 029): their names, token hashes and votes go ROOM_PARTICIPANT_DAYS after the
  // room closed or expired; their cards stay with the traject, anonymous (the author link goes with them)
  const roomEndedBefore = new Date(now.getTime() - ROOM_PARTICIPANT_DAYS * DAY_MS);
  const { count: roomParticipants } = await db().roomParticipant.deleteMany({
    where: { room: { OR: [{ closedAt: { lt: roomEndedBefore } }, { expiresAt: { lt: roomEndedBefore } }] } },
  });
  if (respondents > 0 || keyPersons > 0 || claims > 0 || candidates > 0)
    await recordAudit({
      actor,
      action: "privacy.retention",
      entityType: "ScanInvitation",
      entityId: "bewaartermijn",
      data: { respondents, mails, keyPersons, claims, candidates },
    });
  return {
    respondents,
    mails,
    sessions,
    counters,
    accountLinks,
    keyPersons,
    calendarInvites: calendarInvites + trainingInvites,
    claims,
    liveEvents,
    roomParticipants,
    presence,
    candidates,
  };
}

/** Candidates who stopped and did not come back: removed CANDIDATE_RETENTION_MONTHS after stopping. */
async function removeStoppedCandidates(now: Date): Promise<number> {
  const before = new Date(now);
  before.setUTCMonth(before.getUTCMonth() - CANDIDATE_RETENTION_MONTHS);
  return db().$transaction(async (tx) => {
    const due = await tx.expertCandidate.findMany({ where: { status: "STOPPED", stoppedAt: { lt: before } }, select: { id: true } });
    if (due.length === 0) return 0;
    const ids = due.map((c) => c.id);
    await scrubAuditDetails(tx, { entityType: "ExpertCandidate", entityId: { in: ids } });
    const { count } = await tx.expertCandidate.deleteMany({ where: { id: { in: ids }, status: "STOPPED", stoppedAt: { lt: before } } });
    return count;
  });
}

/**
 * Compensation claims are financial records: kept for the fiscal period of seven years after the end
 * of the year of the session (artikel 52 AWR), then removed.
 */
async function removeExpiredClaims(now: Date): Promise<number> {
  const year = Number(isoDay(now).slice(0, 4));
  const { count } = await db().compensationClaim.deleteMany({
    where: { sessionDate: { lt: amsterdamInstant(`${year - CLAIM_RETENTION_YEARS}-01-01`) } },
  });
  return count;
}

/**
 * Key persons (without an account) of an employer with no open traject and no change for the retention
 * period; their names go from the stored session summaries with them.
 */
async function removeDormantKeyPersons(now: Date): Promise<number> {
  const before = new Date(now.getTime() - env().KEY_PERSON_RETENTION_DAYS * DAY_MS);
  const due = await db().keyPerson.findMany({
    where: {
      userId: null,
      updatedAt: { lt: before },
      employer: {
        updatedAt: { lt: before },
        trajecten: { none: { OR: [{ status: { notIn: ["CLOSED", "CANCELLED"] } }, { updatedAt: { gte: before } }] } },
      },
    },
    select: { id: true, employerId: true },
  });
  if (due.length === 0) return 0;
  return db().$transaction(async (tx) => {
    for (const employerId of new Set(due.map((k) => k.employerId)))
      await forgetKeyPersonNames(
        tx,
        employerId,
        due.filter((k) => k.employerId === employerId).map((k) => k.id),
      );
    // only the ones found: one changed since (an account, an edit) in the meantime stays
    const { count } = await tx.keyPerson.deleteMany({
      where: { id: { in: due.map((k) => k.id) }, userId: null, updatedAt: { lt: before } },
    });
    return count;
  });
}

export const retentionSummary = (r: RetentionResult) =>
  `Namen en e-mailadressen verwijderd: ${r.respondents} (met ${r.mails} e-mails); sleutelpersonen zonder account: ${r.keyPersons}; gestopte kandidaten: ${r.candidates}. Opgeruimd: ${r.sessions} oude inlogsessies, ${r.counters} tellers, ${r.accountLinks} gebruikte of verlopen accountlinks, ${r.calendarInvites} agenda-uitnodigingen van voorbije bijeenkomsten, ${r.roomParticipants} deelnemers van afgelopen sessies; vergoedingen ouder dan de fiscale bewaartermijn: ${r.claims}.`;
