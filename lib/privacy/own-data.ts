import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { calendarAddress } from "@/lib/calendar/updates";
import { certificatesForExport } from "@/lib/certificates/queries";

// The AVG right of access for the people who work in the app (trainers, experts, the admin, employer
// users): everything stored about them as a person, as JSON, from their own account page. What they
// wrote about a traject that others share (annotations, the code) is the traject's and stays in the
// employer's export; their own annotations and debriefs are here too. The energy check is theirs: it
// is in their own export and nowhere else. No password hash, no token hashes, no second-factor secret.

export async function exportOwnData(actor: Actor) {
  assertCapability(actor, "account:own");
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      name: true,
      email: true,
      role: true,
      active: true,
      createdAt: true,
      calendarFeedCreatedAt: true,
      // that a second factor is on and since when, and when recovery codes were made and used; never the secret or a code
      totpEnabledAt: true,
      recoveryCodes: { orderBy: { createdAt: "asc" }, select: { createdAt: true, usedAt: true } },
      keyPerson: { select: { function: true, employer: { select: { name: true } } } },
      // with their own pause and how many trajects at once (ADR 037)
      expertProfile: {
        select: {
          experienceThemes: true,
          region: true,
          slots: true,
          availability: true,
          bio: true,
          paused: true,
          selfPausedFrom: true,
          selfPausedUntil: true,
          maxActiveTrajects: true,
        },
      },
      compensationCap: { select: { yearlyCents: true } },
      compensationClaims: {
        orderBy: { sessionDate: "asc" },
        select: {
          sessionDate: true,
          sessionNumber: true,
          employerName: true,
          preparationMinutes: true,
          sessionMinutes: true,
          travelMinutes: true,
          travelMode: true,
          distanceTenthKm: true,
          transitCents: true,
          note: true,
          status: true,
          amountCents: true,
          submittedAt: true,
          approvedAt: true,
          paidAt: true,
        },
      },
      debriefs: {
        orderBy: { createdAt: "asc" },
        select: {
          wentWell: true,
          hard: true,
          takenUp: true,
          followUp: true,
          energy: true,
          sharedWithTrainer: true,
          createdAt: true,
          session: { select: { number: true, traject: { select: { employer: { select: { name: true } } } } } },
        },
      },
      annotations: {
        orderBy: { createdAt: "asc" },
        select: { themeKey: true, itemKey: true, body: true, visibility: true, createdAt: true },
      },
      // what they recorded at closing about what worked for the method
      trajectDebriefs: {
        orderBy: { createdAt: "asc" },
        select: { whatWorked: true, createdAt: true, updatedAt: true, traject: { select: { employer: { select: { name: true } } } } },
      },
      // signatures on an employer's gedragscode made with this account (name and function as signed)
      codeSignatures: {
        orderBy: { signedAt: "asc" },
        select: {
          name: true,
          function: true,
          sentTo: true,
          signedAt: true,
          contentHash: true,
          consentToReuse: true,
          voidedAt: true,
          voidReason: true,
          gedragscode: { select: { traject: { select: { employer: { select: { name: true } } } } } },
        },
      },
      authSessions: {
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, lastSeenAt: true, expiresAt: true, endedAt: true, endedReason: true },
      },
      // training (issue 27): the cohorts they train, and those they take part in with their attendance
      cohortsTrained: { select: { cohort: { select: { name: true, startsOn: true, endsOn: true } } } },
      cohortParticipations: {
        orderBy: { createdAt: "asc" },
        select: {
          createdAt: true,
          completedAt: true,
          completedByName: true,
          cohort: { select: { name: true, startsOn: true, endsOn: true } },
          attendance: {
            orderBy: { recordedAt: "asc" },
            select: { attended: true, recordedAt: true, recordedByName: true, session: { select: { topic: true, startsAt: true } } },
          },
        },
      },
      // a new login address an admin asked for, waiting for its confirmation (never the link's hash)
      emailChange: { select: { newEmail: true, createdAt: true, expiresAt: true } },
    },
  });
  // the sessions in their calendar, with what they answered through their link (ADR 021; never the link's hash)
  const sessionInvitations = await db().calendarInvite.findMany({
    where: { email: calendarAddress(user.email) },
    orderBy: { updatedAt: "asc" },
    select: {
      name: true,
      cancelled: true,
      answer: true,
      answeredAt: true,
      reminderSentAt: true,
      session: { select: { number: true, scheduledAt: true, traject: { select: { employer: { select: { name: true } } } } } },
    },
  });
  // an expert's certificates, valid and revoked, with their verification code (lib/certificates)
  const certificates = await certificatesForExport(actor.id);
  const trainingInvitations = await db().trainingCalendarInvite.findMany({
    where: { email: calendarAddress(user.email) },
    orderBy: { updatedAt: "asc" },
    select: { name: true, cancelled: true, session: { select: { topic: true, startsAt: true, cohort: { select: { name: true } } } } },
  });
  await recordAudit({ actor, action: "privacy.exportOwn", entityType: "User", entityId: actor.id });
  return {
    json: JSON.stringify({ exportedAt: new Date().toISOString(), ...user, certificates, sessionInvitations, trainingInvitations }, null, 2),
    fileName: `mijn-gegevens-weerbare-werkgever.json`,
  };
}
