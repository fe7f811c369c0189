import "server-only";
import { strToU8, zipSync } from "fflate";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { isoDay } from "@/lib/dates";
import { isAppError, notFound } from "@/lib/errors";
import { renderReportForActor } from "@/lib/report/download";
import { fileNameSlug } from "@/lib/format/file-name";
import { readLatestSnapshot } from "@/lib/scan/results/snapshot-store";
import { isBeforeScanClose } from "@/lib/trajecten/status";
import { describeAuditAction } from "@/lib/logbook/actions";
import { recordId } from "@/lib/zod";

// AVG export of one employer (docs/privacy.md#inzage): a zip with everything the app holds about the
// employer and its people in one JSON file, the report PDF of every traject with results, and a
// LEESMIJ.txt that says what is in it. Respondents appear as the employer may see them in the app:
// who was invited, the frozen results and the texts they agreed to share; their individual answers
// are theirs and never leave the app per person. Links in mails are blanked: a working scan or
// account link in an export would open someone's scan or account.

const TOKEN_IN_URL = /(?<=[/=])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;
const withoutLinks = (text: string) => text.replace(TOKEN_IN_URL, "[link verwijderd]");

export interface EmployerExport {
  fileName: string;
  zip: Uint8Array<ArrayBuffer>;
}

export async function exportEmployer({ actor, employerId }: { actor: Actor; employerId: string }): Promise<EmployerExport> {
  assertCapability(actor, "privacy:manage");
  const data = await collect(employerId);
  if (!data) throw notFound("Deze werkgever");
  const pdfs: Record<string, Uint8Array> = {};
  for (const traject of data.trajecten) {
    if (isBeforeScanClose(traject.status)) continue;
    try {
      const report = await renderReportForActor({ actor, trajectId: traject.id });
      pdfs[`rapporten/${traject.id}-${report.fileName}`] = report.pdf;
    } catch (e) {
      if (!isAppError(e)) throw e; // a traject without results has no report: the JSON says so
    }
  }
  const now = new Date();
  const json = { exportedAt: now.toISOString(), exportedBy: actor.name, ...data };
  const zip = zipSync({
    "LEESMIJ.txt": strToU8(readme(data.employer.name, now, Object.keys(pdfs).length)),
    "werkgever.json": strToU8(JSON.stringify(json, null, 2)),
    ...pdfs,
  });
  await recordAudit({
    actor,
    action: "privacy.exportEmployer",
    entityType: "Employer",
    entityId: employerId,
    data: { trajecten: data.trajecten.length, reports: Object.keys(pdfs).length },
  });
  return { fileName: `AVG-export-${fileNameSlug(data.employer.name)}-${isoDay(now)}.zip`, zip };
}

async function collect(employerId: string) {
  // the id comes straight from the URL: one that cannot be an id (a NUL byte, …) is not found
  if (!recordId().safeParse(employerId).success) return null;
  const employer = await db().employer.findUnique({
    where: { id: employerId },
    select: {
      id: true,
      name: true,
      sector: true,
      city: true,
      kvkNumber: true,
      createdAt: true,
      updatedAt: true,
      responsibleTrainer: { select: { name: true } },
      werkvloeren: { select: { id: true, name: true, location: true, archivedAt: true } },
      keyPersons: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          name: true,
          email: true,
          function: true,
          directieConfirmedAt: true,
          createdAt: true,
          updatedAt: true,
          userId: true,
        },
      },
      users: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          active: true,
          createdAt: true,
          updatedAt: true,
          // that a second factor is on, since when; never the secret
          totpEnabledAt: true,
          authSessions: {
            orderBy: { createdAt: "asc" },
            select: { createdAt: true, lastSeenAt: true, expiresAt: true, endedAt: true, endedReason: true },
          },
          accountTokens: { orderBy: { createdAt: "asc" }, select: { createdAt: true, expiresAt: true, usedAt: true } },
          // a new login address waiting for its confirmation (never the link's hash)
          emailChange: { select: { newEmail: true, createdAt: true, expiresAt: true } },
        },
      },
    },
  });
  if (!employer) return null;
  const trajecten = await db().traject.findMany({
    where: { employerId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      outcome: true,
      motivation: true,
      plannedSessionCount: true,
      scanDeadline: true,
      scanClosedAt: true,
      closedAt: true,
      followUpAt: true,
      createdAt: true,
      updatedAt: true,
      werkvloer: { select: { name: true } },
      scanRounds: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, deadline: true, closedAt: true, startedByName: true, createdAt: true },
      },
      trainer: { select: { name: true } },
      contactKeyPerson: { select: { name: true } },
      sessions: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          scheduledAt: true,
          endsAt: true,
          mode: true,
          location: true,
          onlineUrl: true,
          agenda: true,
          status: true,
          attendees: { select: { present: true, keyPerson: { select: { name: true } } } },
          // the answer through the link and whether the reminder went (never the link's hash)
          calendarInvites: {
            select: { name: true, email: true, cancelled: true, updatedAt: true, answer: true, answeredAt: true, reminderSentAt: true },
          },
          // session 2's room (ADR 029): who joined under which name, the cards (their author only when they
          // signed), never who voted what (the votes are secret; their totals are in the summary, as it
          // was mailed: ADR 032)
          room: {
            select: {
              summarisedAt: true,
              summarisedByName: true,
              summary: true,
              openedAt: true,
              openedByName: true,
              closedAt: true,
              participants: { select: { id: true, name: true, anonymous: true, joinedAt: true } },
              cards: {
                orderBy: { createdAt: "asc" },
                select: { themeKey: true, text: true, signed: true, participantId: true, clauseId: true, hiddenAt: true, createdAt: true },
              },
              groups: { select: { themeKey: true, title: true, clauseId: true } },
            },
          },
        },
      },
      assignments: { select: { status: true, createdAt: true, expert: { select: { name: true } } } },
      invitations: {
        orderBy: { createdAt: "asc" },
        select: {
          round: { select: { number: true } },
          name: true,
          email: true,
          function: true,
          createdAt: true,
          sentAt: true,
          sendCount: true,
          openedAt: true,
          expiresAt: true,
          revokedAt: true,
          reminderCount: true,
          lastReminderAt: true,
          anonymisedAt: true,
          // not whether or when they answered: the employer does not learn who responded
        },
      },
      responses: { select: { status: true, shareTextWithEmployer: true, _count: { select: { answers: true, notes: true } } } },
      annotations: {
        where: { visibility: "EMPLOYER" },
        orderBy: { createdAt: "asc" },
        select: { themeKey: true, itemKey: true, body: true, createdAt: true, updatedAt: true, author: { select: { name: true } } },
      },
      gedragscode: {
        select: {
          status: true,
          version: true,
          preamble: true,
          adoptedAt: true,
          adoptedByName: true,
          consentToReuse: true,
          signersProposedByName: true,
          signersConfirmedAt: true,
          signersConfirmedByName: true,
          createdAt: true,
          updatedAt: true,
          clauses: {
            orderBy: [{ section: "asc" }, { position: "asc" }],
            // how each afspraak is going (kept apart from the signed text)
            include: { followUp: { select: { status: true, statusNote: true, statusChangedAt: true, statusChangedByName: true } } },
          },
          revisions: {
            orderBy: [{ createdAt: "asc" }, { version: "asc" }],
            select: {
              clauseId: true,
              version: true,
              change: true,
              section: true,
              title: true,
              body: true,
              owner: true,
              startDate: true,
              createdAt: true,
              author: { select: { name: true } },
            },
          },
          signers: {
            select: {
              signsAs: true,
              keyPerson: { select: { name: true, email: true } },
              links: { select: { sentTo: true, createdAt: true, expiresAt: true, usedAt: true } },
            },
          },
          dismissedProposals: { orderBy: { createdAt: "asc" }, select: { key: true, adopted: true, byName: true, createdAt: true } },
          signatures: {
            orderBy: { signedAt: "asc" },
            select: {
              name: true,
              function: true,
              sentTo: true,
              signedAt: true,
              contentHash: true,
              codeVersion: true,
              consentToReuse: true,
              voidedAt: true,
              voidReason: true,
              userId: true,
            },
          },
        },
      },
      nextSteps: {
        orderBy: { position: "asc" },
        select: {
          text: true,
          owner: true,
          dueDate: true,
          status: true,
          statusNote: true,
          statusChangedAt: true,
          statusChangedByName: true,
          createdAt: true,
        },
      },
    },
  });
  const trajectIds = trajecten.map((t) => t.id);
  const userIds = employer.users.map((u) => u.id);
  const [mails, audit, boardEvents] = await Promise.all([
    db().outboxMail.findMany({
      where: {
        OR: [
          { trajectId: { in: trajectIds } },
          { to: { in: [...employer.users.map((u) => u.email), ...employer.keyPersons.map((k) => k.email)], mode: "insensitive" } },
        ],
      },
      orderBy: { createdAt: "asc" },
      select: {
        trajectId: true,
        kind: true,
        to: true,
        subject: true,
        text: true,
        status: true,
        createdAt: true,
        sentAt: true,
        // the file itself is the employer's own code, in the export already; its name says which it was
        attachments: { select: { fileName: true, contentType: true, size: true } },
      },
    }),
    db().auditEvent.findMany({
      where: {
        OR: [
          { trajectId: { in: trajectIds } },
          { actorId: { in: userIds } },
          { entityType: "User", entityId: { in: userIds } },
          { entityType: "Employer", entityId: employerId },
          { entityType: "KeyPerson", entityId: { in: employer.keyPersons.map((k) => k.id) } },
          { entityType: "Werkvloer", entityId: { in: employer.werkvloeren.map((w) => w.id) } },
        ],
      },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, actorLabel: true, action: true, entityType: true, entityId: true, trajectId: true },
    }),
    // the board's live updates (who changed something when) are kept by channel: the traject's id
    db().liveEvent.findMany({
      where: { topic: "board", channelId: { in: trajectIds } },
      orderBy: { id: "asc" },
      select: { channelId: true, data: true, createdAt: true },
    }),
  ]);
  return {
    employer: {
      id: employer.id,
      name: employer.name,
      sector: employer.sector,
      city: employer.city,
      kvkNumber: employer.kvkNumber,
      responsibleTrainer: employer.responsibleTrainer?.name ?? null,
      createdAt: employer.createdAt,
      updatedAt: employer.updatedAt,
    },
    werkvloeren: employer.werkvloeren,
    keyPersons: employer.keyPersons.map(({ userId, ...k }) => ({ ...k, hasAccount: userId !== null })),
    accounts: employer.users.map(({ authSessions, accountTokens, emailChange, ...user }) => ({
      ...user,
      loginSessions: authSessions,
      accountLinks: accountTokens,
      pendingEmailChange: emailChange,
    })),
    trajecten: await Promise.all(
      trajecten.map(async ({ responses, scanRounds, sessions, ...t }) => ({
        ...t,
        sessions: sessions.map(({ room, ...session }) => ({ ...session, room: room && exportRoom(room) })),
        boardEvents: boardEvents.filter((e) => e.channelId === t.id).map(({ data, createdAt }) => ({ ...(data as object), createdAt })),
        scanRounds: scanRounds.map(({ number, deadline, closedAt, startedByName, createdAt }) => ({
          number,
          deadline,
          closedAt,
          startedByName,
          createdAt,
        })),
        resultsSnapshots: await employerStands(scanRounds),
        responses: {
          submitted: responses.filter((r) => r.status === "SUBMITTED").length,
          draft: responses.filter((r) => r.status === "DRAFT").length,
          answersHeld: responses.reduce((n, r) => n + r._count.answers, 0),
          textsHeld: responses.reduce((n, r) => n + r._count.notes, 0),
          sharingTextsWithEmployer: responses.filter((r) => r.shareTextWithEmployer).length,
        },
      })),
    ),
    outbox: mails.map((m) => ({ ...m, subject: withoutLinks(m.subject), text: withoutLinks(m.text) })),
    // the code is for the programme; the description says in Dutch what happened (lib/logbook/actions.ts)
    auditLog: audit.map((e) => ({ ...e, description: describeAuditAction(e.action) })),
  };
}

/**
 * Per scan round the stand the employer sees, filtered as the page and the report show it
 * (readLatestSnapshot): never an earlier stand (two side by side could give one person away) nor a
 * view stored before a filter existed (docs/privacy.md#inzage).
 */
async function employerStands(rounds: { id: string; number: number }[]) {
  const stands = await Promise.all(
    rounds.map(async (round) => {
      const snapshot = await readLatestSnapshot(db(), round.id);
      if (!snapshot) return [];
      const { takenAt, takenByName, reason, respondents, view } = snapshot;
      return [{ round: round.number, takenAt, takenByName, reason, respondents, view }];
    }),
  );
  return stands.flat();
}

function readme(employerName: string, at: Date, reports: number): string {
  return `AVG-export: ${employerName}
Gemaakt op ${isoDay(at)} door de beheerder van Weerbare Werkgever.

Wat staat erin?
- werkgever.json: alles wat de app over deze werkgever en zijn mensen bewaart: de werkgever en de
  werkvloeren, de sleutelpersonen (contactpersonen), de accounts (met wanneer er is ingelogd), de
  trajecten met sessies en scanrondes (de eerste scan en vervolgscans), de uitgenodigde respondenten,
  per scanronde de resultaten zoals de werkgever die nu ziet, de reflecties die de ervaringsdeskundige met de werkgever
  deelde, de samenvatting van bijeenkomst 2 zoals die gemaild is, de gedragscode met alle versies, de
  vervolgstappen en afspraken met hun stand en toelichting,
  de verstuurde e-mails en het logboek.
- rapporten/: het rapport (PDF) van elk traject met resultaten (${reports}).

Wat staat er bewust niet in?
- De antwoorden van één respondent: die zijn van de respondent zelf. Ook in de app ziet de werkgever
  ze nooit per persoon; de export telt alleen hoeveel antwoorden en teksten er zijn.
- Teksten die een respondent niet met de werkgever wilde delen, en notities die de
  ervaringsdeskundige voor zichzelf of de tandem hield.
- Werkende links: in de e-mails staat "[link verwijderd]" waar een persoonlijke link stond.

Bewaar dit bestand veilig en niet langer dan nodig: er staan namen en e-mailadressen in.
`;
}

type RoomRows = {
  participants: { id: string; name: string; anonymous: boolean; joinedAt: Date }[];
  cards: {
    themeKey: string | null;
    text: string;
    signed: boolean;
    participantId: string | null;
    clauseId: string | null;
    hiddenAt: Date | null;
    createdAt: Date;
  }[];
};

/** A room as exported: a card names its author only when they signed it. */
function exportRoom<R extends RoomRows>({ participants, cards, ...room }: R) {
  const name = new Map(participants.map((p) => [p.id, p.name]));
  return {
    ...room,
    participants: participants.map((p) => ({ name: p.name, anonymous: p.anonymous, joinedAt: p.joinedAt })),
    cards: cards.map(({ participantId, signed, ...c }) => ({
      ...c,
      signed,
      author: signed && participantId ? (name.get(participantId) ?? null) : null,
    })),
  };
}
