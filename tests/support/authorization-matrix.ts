import { describe, expect, it } from "vitest";
import type { TestDb } from "@/tests/support/test-db";
import type { Actor } from "@/lib/auth/roles";
import { createAnnotation, deleteAnnotation, updateAnnotation } from "@/lib/annotations/mutations";
import { listAuditEvents } from "@/lib/logbook/queries";
import { endAllLogins } from "@/lib/auth/logins";
import { addClause, editClause, moveClause, removeClause, restoreRevision, setPreamble } from "@/lib/gedragscode/clauses";
import { currentContent } from "@/lib/gedragscode/content";
import { addNextStep, removeNextStep } from "@/lib/gedragscode/next-steps";
import {
  acceptProposals,
  adoptEditedProposal,
  boardProposalsForActor,
  dismissProposal,
  proposalsForActor,
  showProposal,
} from "@/lib/gedragscode/proposals";
import { clauseVersionsForActor, codeHistoryForActor, getGedragscodeForActor } from "@/lib/gedragscode/queries";
import { confirmSigners, reopenCode, sendSigningLink, setSigners, signCode, signOffState } from "@/lib/gedragscode/signoff";
import { confirmDirectie, confirmFirstDirectie, setWorksCouncil } from "@/lib/employers/directie";
import { confirmOutcome, trajectOutcomeForActor } from "@/lib/trajecten/outcome";
import { trajectPhasesForActor } from "@/lib/trajecten/phase-facts";
import { activeBoardLinks, announcePresence, createBoardLink, revokeBoardLinks } from "@/lib/board/access";
import { boardForActor } from "@/lib/board/board";
import { cardToClause, groupCards, hideCard, ungroupCard } from "@/lib/room/cards";
import { closeRoom, openRoom, roomForSession, setVoting } from "@/lib/room/rooms";
import { facilitatorRoom, roomPanelFor } from "@/lib/room/views";
import { summariseRoom, summaryForActor } from "@/lib/room/summary";
import { makeRoom } from "@/tests/support/room-fixture";
import { pauseTimer, presenterForActor, resetTimer, resumeTimer, setPresenter, startTimer } from "@/lib/room/presenter";
import { boardHeartbeat, boardPresence } from "@/lib/room/presence";
import { codeExportForActor } from "@/lib/gedragscode/export";
import { listOutboxForActor, outboxAttachmentForActor } from "@/lib/mail/queries";
import { requestSignatures } from "@/lib/gedragscode/signing-requests";
import { getMonitoringSummary } from "@/lib/monitoring/queries";
import { importQuestionnaireVersion } from "@/lib/questionnaires/import";
import { listQuestionnaireVersions } from "@/lib/questionnaires/queries";
import { buildReportInputForActor } from "@/lib/report/queries";
import {
  createInvitation,
  inviteRespondents,
  remindInvitation,
  reopenResponse,
  resendInvitation,
  revokeInvitation,
  sendDueReminders,
} from "@/lib/scan/invitations/invitations";
import { currentRoundForActor, invitableKeyPersons, listInvitationsWithProgress } from "@/lib/scan/invitations/queries";
import { resendOwnInvitation } from "@/lib/scan/invitations/own";
import { setFollowUpMoment } from "@/lib/followup/moment";
import { closeFollowUpRound, scanRoundsForActor, startFollowUpRound } from "@/lib/followup/rounds";
import { allTrajectDebriefs, ownTrajectDebrief, saveTrajectDebrief } from "@/lib/debriefs/traject-debrief";
import { getScanResultsForActor } from "@/lib/scan/results/scan-results";
import { getResultsWithProgressForActor } from "@/lib/followup/progress";
import { takeResultsSnapshot } from "@/lib/scan/results/snapshot";
import { listExpertsForTraject } from "@/lib/trajecten/expert-matching";
import { assignExpert, createTraject, planSession, setTrajectStatus, withdrawExpert } from "@/lib/planning/planning";
import { closeScan, scanCloseOverview } from "@/lib/trajecten/close-scan";
import { undoSessionHeld } from "@/lib/sessions/held";
import { getTrajectForActor, listEmployersForPlanning } from "@/lib/trajecten/queries";
import { trainerTasks } from "@/lib/tasks/trainer";
import { expertTasks } from "@/lib/tasks/expert";
import { employerTasks } from "@/lib/tasks/employer";
import { adminTasks } from "@/lib/tasks/admin";
import { changeOwnPassword, createUser, sendAccountLink, setUserActive } from "@/lib/users/accounts";
import { listEmployerChoices, listUsers } from "@/lib/users/queries";
import { getEmailChangeForAdmin, requestEmailChange } from "@/lib/users/email-change";
import { eraseEmployer, eraseRespondent, findRespondentsByEmail } from "@/lib/privacy/erasure";
import { eraseCandidate, exportCandidate, findCandidatesByEmail } from "@/lib/privacy/candidates";
import { createCandidate, moveCandidate, startCandidateInCohort, updateCandidate } from "@/lib/training/candidates";
import { candidateIndicators, getCandidateForAdmin, listCandidates } from "@/lib/training/candidate-queries";
import { exportEmployer } from "@/lib/privacy/export";
import { listEmployersForPrivacy } from "@/lib/privacy/queries";
import { applyRetention } from "@/lib/privacy/retention";
import { removeDemoData } from "@/lib/demo/remove";
import { getOwnProfile, setExpertStatus, updateOwnProfile } from "@/lib/experts/profile";
import { certificatePdfForActor, certificatesOfUser, ownCertificates } from "@/lib/certificates/queries";
import { revokeCertificate } from "@/lib/certificates/revoke";
import { endOwnPause, getOwnPacing, setOwnLimit, setOwnPause } from "@/lib/experts/pacing";
import { storyGuideForActor, storyGuidePdfForActor } from "@/lib/experts/story-guide";
import { listFailedMails, listJobsForAdmin, retryFailedMail, runJobNow, sendTestMail } from "@/lib/scheduler/admin";
import { createSolution, getSolutionForAdmin, listSolutionsForAdmin, setSolutionActive, updateSolution } from "@/lib/library/solutions";
import {
  addWerkvloer,
  createEmployer,
  reassignEmployer,
  renameWerkvloer,
  setWerkvloerArchived,
  updateEmployer,
} from "@/lib/employers/employers";
import { addKeyPerson, removeKeyPerson, updateKeyPerson } from "@/lib/employers/key-persons";
import { giveKeyPersonAccount } from "@/lib/users/employer-accounts";
import { employerChoicesForTraject, getEmployerForActor, listEmployersForActor, listTrainerChoices } from "@/lib/employers/queries";
import { reassignTraject, updateTrajectDetails } from "@/lib/planning/details";
import { recordPresence } from "@/lib/sessions/sessions";
import { debriefsForActor, saveDebrief } from "@/lib/debriefs/debriefs";
import { calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from "@/lib/sessions/calendar-feed";
import { getRequestForActor, listOpenRequests, respondToRequest, stepBack } from "@/lib/tandem/requests";
import { sessionIcsForActor } from "@/lib/sessions/calendar-file";
import { sessionAnswersForActor } from "@/lib/sessions/rsvp";
import {
  approveClaim,
  claimsForAdmin,
  claimsForTraject,
  claimsOverviewForExpert,
  markClaimPaid,
  submitClaim,
} from "@/lib/compensation/claims";
import { compensationCsv } from "@/lib/compensation/export";
import { submitTrainingClaim, trainingClaimsForExpert } from "@/lib/compensation/training-claims";
import { confirmCompletion, recordAttendance } from "@/lib/training/attendance";
import { addCohortParticipant, cancelTrainingSession, saveCohort, saveTrainingSession, setCohortTrainers } from "@/lib/training/cohorts";
import { cohortForActor, listCohortsForActor, ownTrainingForExpert } from "@/lib/training/queries";
import { attendanceSchema, cohortSchema, trainingSessionSchema } from "@/lib/training/schema";
import { trainingClaimSchema } from "@/lib/compensation/schema";
import { compensationXlsx } from "@/lib/compensation/export-xlsx";
import { listExpertCaps, setCompensationCap, setCompensationRates } from "@/lib/compensation/settings";
import { preparationCardForActor, preparationPdfForActor } from "@/lib/preparation/card";
import { createGuideline, listGuidelinesForAdmin, updateGuideline } from "@/lib/guidance/guidelines";
import { saveTermList, termListForAdmin } from "@/lib/health-check/term-list";
import { exportOwnData } from "@/lib/privacy/own-data";
import { listWorksheetsForActor, worksheetFileForActor } from "@/lib/worksheets/files";
import { addFollowUpStep, followUpItems, openStepsForEmployerUser, setStepStatus } from "@/lib/followup/steps";
import { FACTORY_PASSWORD, logoFile, makeMailWithAttachment, questionnaireJson } from "@/tests/factories";
import { removeOrganisationLogo, saveOrganisation, setOrganisationLogo } from "@/lib/organisation/settings";
import { DEFAULT_ORGANISATION } from "@/lib/organisation/defaults";
import { encryptTotpSecret, totpCode } from "@/lib/auth/totp";
import { DEMO_TOTP_SECRET } from "@/prisma/seed/people";
import {
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  resetSecondFactor,
  secondFactorStatus,
  startTotpEnrolment,
} from "@/lib/users/second-factor";
import {
  ACTOR_LABELS,
  confirmWorldSigners,
  makeWorld,
  outcomeOf,
  saveWorld,
  snapshotAllTables,
  type ActorLabel,
  type World,
} from "@/tests/support/authorization-world";
import { withUnreachableSmtp } from "@/tests/support/smtp-mode";
import { newLinkToken } from "@/lib/link-tokens";
import { setupTestDb } from "@/tests/support/test-db";

// Every function that reads or changes something for a signed-in actor, run as every relation to one
// traject and as outsiders. Both directions: each allowed actor succeeds (in a fresh world: the first
// one built, restored to exactly that for each next actor), and
// everyone else gets NOT_FOUND or FORBIDDEN with every table exactly as it was. The allowed lists are
// written here by hand, independently of lib/auth, so a function that refuses everyone, or lets
// everyone in, fails. (The respondent's link functions: authorization-links.test.ts.)

let t: TestDb;
const inAWeek = () => new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);

type Case = {
  name: string;
  allowed: readonly ActorLabel[];
  run: (w: World, actor: Actor) => Promise<unknown>;
  /** One world for every actor: what an allowed call does cannot change another's outcome (a read, or each actor's own account). */
  shareWorld?: true;
  /** Brings each world into the state the call needs (e.g. an adopted code to reopen), before anyone calls. */
  prepare?: (w: World) => Promise<unknown>;
};
const TANDEM_AND_EMPLOYER = ["trainer", "expertAccepted", "employerUser", "employerDirectie"] as const;
const READERS = ["trainer", "expertAccepted", "employerUser", "employerDirectie", "admin"] as const;
/** The employer's trainer (responsible, with a traject there) and the admin. */
const EMPLOYER_KEEPERS = ["trainer", "admin"] as const;
const code = (w: World) => ({ trajectId: w.trajectId, version: w.codeVersion });
const TANDEM = ["trainer", "expertAccepted"] as const;
const room = (w: World) => ({ trajectId: w.trajectId, roomId: w.roomId });

/** Every expert of the cast, for what each expert does for themselves. */
const EXPERTS = ["expertAccepted", "expertInvited", "otherExpert"] as const;
/** The profile's version as the pace form carries it; an actor without one (not an expert) gets 1, and is refused anyway. */
const pacingVersion = async (actor: Actor) =>
  (await t.prisma.expertProfile.findUnique({ where: { userId: actor.id }, select: { version: true } }))?.version ?? 1;

const solutionForMatrix = () => t.prisma.solution.findFirstOrThrow({ orderBy: { key: "asc" } });

const cases: Case[] = [
  // the trainer plans and invites
  {
    name: "createTraject",
    allowed: ["trainer", "otherTrainer"],
    run: (_w, actor) =>
      createTraject({
        actor,
        input: { employerName: "Nieuw BV", employerSector: "Zorg", werkvloerName: "Hoofdlocatie", plannedSessionCount: 2 },
      }),
  },
  {
    name: "planSession",
    allowed: ["trainer"],
    run: (w, actor) =>
      planSession({ actor, input: { trajectId: w.trajectId, number: 1, date: "2027-01-12", time: "10:00", status: "PLANNED" } }),
  },
  // the expert's side: answering a request, stepping back (ADR 004)
  {
    name: "respondToRequest",
    allowed: ["expertInvited"],
    run: (w, actor) => respondToRequest({ actor, trajectId: w.trajectId, answer: "accept" }),
  },
  { name: "stepBack", allowed: ["expertAccepted"], run: (w, actor) => stepBack({ actor, trajectId: w.trajectId, notes: "keep" }) },
  {
    name: "getRequestForActor",
    shareWorld: true,
    allowed: ["trainer", "expertAccepted", "expertInvited", "employerUser", "employerDirectie", "admin"],
    run: (w, actor) => getRequestForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "listOpenRequests",
    shareWorld: true,
    allowed: ["expertAccepted", "expertInvited", "otherExpert"],
    run: (_w, actor) => listOpenRequests(actor),
  },
  {
    name: "saveDebrief",
    allowed: ["trainer", "expertAccepted"],
    run: (w, actor) =>
      saveDebrief({
        actor,
        input: { trajectId: w.trajectId, number: 2, wentWell: "Open", hard: "", takenUp: "", followUp: "", energy: 3, share: true },
      }),
  },
  {
    name: "debriefsForActor",
    shareWorld: true,
    allowed: ["trainer", "expertAccepted"],
    run: (w, actor) => debriefsForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "recordPresence",
    allowed: ["trainer"],
    run: (w, actor) => recordPresence({ actor, input: { trajectId: w.trajectId, number: 2, present: [w.keyPersonId] } }),
  },
  {
    name: "sessionIcsForActor",
    shareWorld: true,
    allowed: ["trainer", "expertAccepted", "expertInvited", "employerUser", "employerDirectie", "admin"],
    run: (w, actor) => sessionIcsForActor({ actor, trajectId: w.trajectId, number: 2 }),
  },
  // who answered a session's invitation through their link (ADR 021): the tandem's, not the employer's
  {
    name: "sessionAnswersForActor",
    shareWorld: true,
    allowed: ["trainer", "expertAccepted"],
    run: (w, actor) => sessionAnswersForActor({ actor, trajectId: w.trajectId }),
  },
  // the tandem prepares each session; the admin keeps the method's do's and don'ts
  {
    name: "preparationCardForActor",
    shareWorld: true,
    allowed: ["trainer", "expertAccepted"],
    run: (w, actor) => preparationCardForActor({ actor, trajectId: w.trajectId, number: 2 }),
  },
  {
    name: "preparationPdfForActor",
    allowed: ["trainer", "expertAccepted"],
    run: (w, actor) => preparationPdfForActor({ actor, trajectId: w.trajectId, number: 1 }),
  },
  { name: "listGuidelinesForAdmin", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listGuidelinesForAdmin(actor) },
  {
    name: "createGuideline",
    allowed: ["admin"],
    run: (_w, actor) => createGuideline({ actor, input: { kind: "DO", text: "Neem de tijd." } }),
  },
  {
    name: "updateGuideline",
    allowed: ["admin"],
    run: async (_w, actor) => {
      const g = await t.prisma.methodGuideline.findFirstOrThrow({ orderBy: { key: "asc" } });
      return updateGuideline({ actor, input: { id: g.id, version: g.version, kind: g.kind, text: "Vraag door.", active: true } });
    },
  },
  { name: "termListForAdmin", shareWorld: true, allowed: ["admin"], run: (_w, actor) => termListForAdmin(actor) },
  {
    name: "saveTermList",
    allowed: ["admin"],
    run: async (_w, actor) => {
      const version = (await t.prisma.healthTermList.findUnique({ where: { id: "terms" } }))?.version ?? 0;
      return saveTermList({ actor, input: { strong: ["depressi*"], near: ["ziek"], version } });
    },
  },
  // compensation: the expert claims, the trainer (or admin) approves, the admin pays, sets rates and exports
  {
    name: "submitClaim",
    allowed: ["expertAccepted"],
    run: (w, actor) =>
      submitClaim({
        actor,
        input: {
          trajectId: w.trajectId,
          number: 2,
          version: 1,
          preparationHours: 60,
          sessionHours: 180,
          travelHours: 0,
          travelMode: "NONE",
          kilometres: 0,
          transitCosts: 0,
          note: "",
        },
      }),
  },
  {
    name: "claimsOverviewForExpert",
    shareWorld: true,
    allowed: ["expertAccepted", "expertInvited", "otherExpert"],
    run: (_w, actor) => claimsOverviewForExpert(actor),
  },
  {
    name: "approveClaim",
    allowed: ["trainer", "admin"],
    run: (w, actor) => approveClaim({ actor, input: { claimId: w.claimId, version: 1 } }),
  },
  {
    name: "markClaimPaid",
    allowed: ["admin"],
    run: (w, actor) => markClaimPaid({ actor, input: { claimId: w.approvedClaimId, version: 1 } }),
  },
  {
    name: "claimsForTraject",
    shareWorld: true,
    allowed: ["trainer", "admin"],
    run: (w, actor) => claimsForTraject({ actor, trajectId: w.trajectId }),
  },
  {
    name: "claimsForAdmin",
    shareWorld: true,
    allowed: ["admin"],
    run: (_w, actor) => claimsForAdmin({ actor, period: { from: "2026-01-01", to: "2026-12-31" } }),
  },
  {
    name: "compensationCsv",
    allowed: ["admin"],
    run: (_w, actor) => compensationCsv({ actor, period: { from: "2026-01-01", to: "2026-12-31" } }),
  },
  {
    name: "compensationXlsx",
    allowed: ["admin"],
    run: (_w, actor) => compensationXlsx({ actor, period: { from: "2026-01-01", to: "2026-12-31" } }),
  },
  {
    name: "setCompensationRates",
    allowed: ["admin"],
    run: (_w, actor) => setCompensationRates({ actor, input: { version: 1, hourly: 1500, perKm: 23 } }),
  },
  {
    name: "setCompensationCap",
    allowed: ["admin"],
    run: (w, actor) => setCompensationCap({ actor, input: { expertId: w.actors.expertAccepted.id, yearly: 200000 } }),
  },
  {
    name: "saveOrganisation",
    allowed: ["admin"],
    run: (_w, actor) => saveOrganisation({ actor, input: { ...DEFAULT_ORGANISATION, name: "Samen aan het Werk", version: 1 } }),
  },
  {
    name: "setOrganisationLogo",
    allowed: ["admin"],
    run: (_w, actor) => setOrganisationLogo({ actor, input: { version: 1, file: logoFile() } }),
  },
  { name: "removeOrganisationLogo", allowed: ["admin"], run: (_w, actor) => removeOrganisationLogo({ actor, input: { version: 1 } }) },
  // the AVG right of access of everyone with an account: their own data only
  { name: "exportOwnData", shareWorld: true, allowed: ACTOR_LABELS, run: (_w, actor) => exportOwnData(actor) },
  // the worksheets: generic content for every signed-in role (ADR 027), still behind worksheets:read
  { name: "listWorksheetsForActor", shareWorld: true, allowed: ACTOR_LABELS, run: async (_w, actor) => listWorksheetsForActor(actor) },
  {
    name: "worksheetFileForActor",
    shareWorld: true,
    allowed: ACTOR_LABELS,
    run: (_w, actor) => worksheetFileForActor({ actor, key: "kleurcode", format: "docx" }),
  },
  { name: "listExpertCaps", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listExpertCaps(actor) },
  {
    name: "setTrajectStatus",
    allowed: ["trainer"],
    run: (w, actor) => setTrajectStatus({ actor, trajectId: w.trajectId, status: "CANCELLED", version: 1 }),
  },
  // "Scan sluiten": the confirmation's figures, then the close as confirmed
  {
    name: "scanCloseOverview",
    shareWorld: true,
    allowed: ["trainer"],
    run: (w, actor) => scanCloseOverview({ actor, trajectId: w.trajectId }),
  },
  {
    name: "closeScan",
    allowed: ["trainer"],
    run: async (w, actor) => {
      const submitted = await t.prisma.scanInvitation.count({
        where: { trajectId: w.trajectId, revokedAt: null, response: { status: "SUBMITTED" } },
      });
      return closeScan({ actor, input: { trajectId: w.trajectId, version: 1, submitted } });
    },
  },
  {
    name: "undoSessionHeld",
    allowed: ["trainer"],
    // session 1 held by mistake: no presence, debrief or claim yet
    prepare: (w) =>
      t.prisma.trajectSession.update({
        where: { trajectId_number: { trajectId: w.trajectId, number: 1 } },
        data: { status: "HELD", scheduledAt: new Date("2026-11-10T09:00:00Z") },
      }),
    run: async (w, actor) => {
      const { version } = await t.prisma.trajectSession.findUniqueOrThrow({
        where: { trajectId_number: { trajectId: w.trajectId, number: 1 } },
      });
      return undoSessionHeld({ actor, input: { trajectId: w.trajectId, number: 1, version } });
    },
  },
  {
    name: "assignExpert",
    allowed: ["trainer"],
    run: (w, actor) => assignExpert({ actor, trajectId: w.trajectId, expertId: w.spareExpertId }),
  },
  {
    name: "withdrawExpert",
    allowed: ["trainer"],
    run: (w, actor) => withdrawExpert({ actor, trajectId: w.trajectId, expertId: w.actors.expertAccepted.id }),
  },
  {
    name: "createInvitation",
    allowed: ["trainer"],
    run: (w, actor) =>
      createInvitation({
        actor,
        input: { trajectId: w.trajectId, name: "Nieuw Iemand", email: "nieuw@voorbeeld.nl", function: "HR", deadline: inAWeek() },
      }),
  },
  {
    // the invite form: a key person of the employer and someone else, saved as a key person too (issue 24)
    name: "inviteRespondents",
    allowed: ["trainer"],
    run: (w, actor) =>
      inviteRespondents({
        actor,
        input: {
          trajectId: w.trajectId,
          deadline: inAWeek(),
          keyPersonIds: [w.keyPersonId],
          otherName: "Nieuw Iemand",
          otherEmail: "nieuw-sleutel@voorbeeld.nl",
          otherFunction: "MEDEWERKER",
          saveAsKeyPerson: true,
        },
      }),
  },
  { name: "resendInvitation", allowed: ["trainer"], run: (w, actor) => resendInvitation({ actor, invitationId: w.draftInvitationId }) },
  { name: "remindInvitation", allowed: ["trainer"], run: (w, actor) => remindInvitation({ actor, invitationId: w.draftInvitationId }) },
  {
    // an employer user's fresh link to their own invitation (issue 24); only to their own address
    name: "resendOwnInvitation",
    allowed: ["employerUser", "employerDirectie"],
    prepare: inviteEmployerUsersToScan,
    run: (w, actor) => withUnreachableSmtp(() => resendOwnInvitation({ actor, trajectId: w.trajectId })),
  },
  { name: "revokeInvitation", allowed: ["trainer"], run: (w, actor) => revokeInvitation({ actor, invitationId: w.draftInvitationId }) },
  { name: "reopenResponse", allowed: ["trainer"], run: (w, actor) => reopenResponse({ actor, invitationId: w.submittedInvitationId }) },
  {
    name: "takeResultsSnapshot",
    allowed: ["trainer"],
    // a closed scan: a running one's stand is never frozen for the employer
    prepare: (w) => t.prisma.traject.update({ where: { id: w.trajectId }, data: { status: "SCAN_CLOSED" } }),
    run: (w, actor) => takeResultsSnapshot({ actor, trajectId: w.trajectId }),
  },
  { name: "sendDueReminders", allowed: ["trainer"], run: (w, actor) => sendDueReminders({ actor, trajectId: w.trajectId }) },
  // the accepted expert reflects
  {
    name: "createAnnotation",
    allowed: ["expertAccepted"],
    run: (w, actor) =>
      createAnnotation({ actor, input: { trajectId: w.trajectId, themeKey: "T1", body: "Nieuwe notitie", visibility: "EMPLOYER" } }),
  },
  {
    name: "updateAnnotation",
    allowed: ["expertAccepted"],
    run: (w, actor) =>
      updateAnnotation({ actor, input: { annotationId: w.annotationId, body: "Gewijzigd", visibility: "TANDEM", version: 1 } }),
  },
  { name: "deleteAnnotation", allowed: ["expertAccepted"], run: (w, actor) => deleteAnnotation({ actor, annotationId: w.annotationId }) },
  // the employer and the tandem draft the code
  {
    name: "addClause",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) =>
      addClause({
        actor,
        input: { trajectId: w.trajectId, section: "BORGING", title: "Jaarlijks", body: "Elk jaar bespreken we de code." },
      }),
  },
  {
    name: "editClause",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) =>
      editClause({
        actor,
        input: {
          trajectId: w.trajectId,
          clauseId: w.clauseId,
          version: 1,
          section: "BORGING",
          title: "Evaluatie",
          body: "Na een half jaar.",
        },
      }),
  },
  {
    name: "moveClause",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) => moveClause({ actor, trajectId: w.trajectId, clauseId: w.clauseId, to: 0 }),
  },
  {
    name: "removeClause",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) => removeClause({ actor, ...code(w), version: 1, clauseId: w.clauseId }),
  },
  {
    name: "restoreRevision",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) => restoreRevision({ actor, trajectId: w.trajectId, revisionId: w.revisionId }),
  },
  {
    name: "setPreamble",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) => setPreamble({ actor, trajectId: w.trajectId, version: 1, preamble: "Samen maken we het werk toegankelijk." }),
  },
  {
    name: "proposalsForActor",
    shareWorld: true,
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) => proposalsForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "acceptProposals",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) => acceptProposals({ actor, trajectId: w.trajectId, keys: ["principle:uitgangspunt-rolzuiverheid"] }),
  },
  // the scan's proposals on the session board (issue 26)
  {
    name: "boardProposalsForActor",
    shareWorld: true,
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) => boardProposalsForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "dismissProposal",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) => dismissProposal({ actor, trajectId: w.trajectId, key: "principle:uitgangspunt-rolzuiverheid" }),
  },
  {
    name: "showProposal",
    allowed: TANDEM_AND_EMPLOYER,
    prepare: async (w) => {
      const code = await t.prisma.gedragscode.findUniqueOrThrow({ where: { trajectId: w.trajectId } });
      await t.prisma.dismissedProposal.create({
        data: { gedragscodeId: code.id, key: "principle:uitgangspunt-rolzuiverheid", byName: "Tess" },
      });
    },
    run: (w, actor) => showProposal({ actor, trajectId: w.trajectId, key: "principle:uitgangspunt-rolzuiverheid" }),
  },
  {
    name: "adoptEditedProposal",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) =>
      adoptEditedProposal({
        actor,
        input: {
          trajectId: w.trajectId,
          proposalKey: "principle:uitgangspunt-rolzuiverheid",
          section: "UITGANGSPUNTEN",
          title: "Rolzuiverheid bij ons",
          body: "Leidinggevenden vragen niet naar diagnoses.",
        },
      }),
  },
  {
    name: "codeHistoryForActor",
    shareWorld: true,
    allowed: READERS,
    run: (w, actor) => codeHistoryForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "clauseVersionsForActor",
    shareWorld: true,
    allowed: READERS,
    run: (w, actor) => clauseVersionsForActor({ actor, trajectId: w.trajectId, clauseId: w.clauseId }),
  },
  // sign-off: the employer's own; the trainer helps choose who signs, never signs
  { name: "signOffState", shareWorld: true, allowed: READERS, run: (w, actor) => signOffState({ actor, trajectId: w.trajectId }) },
  {
    name: "setSigners",
    allowed: ["trainer", "employerUser", "employerDirectie"],
    run: (w, actor) => setSigners({ actor, trajectId: w.trajectId, keyPersonIds: [w.keyPersonId] }),
  },
  {
    name: "sendSigningLink",
    allowed: ["trainer", "employerUser", "employerDirectie"],
    prepare: confirmWorldSigners,
    // links go out only with a mail server (without one: refused for everyone, outbox-credentials.test.ts)
    run: (w, actor) => withUnreachableSmtp(() => sendSigningLink({ actor, trajectId: w.trajectId, keyPersonId: w.keyPersonId })),
  },
  {
    name: "signCode",
    allowed: ["employerUser", "employerDirectie"],
    prepare: confirmWorldSigners,
    run: async (w, actor) =>
      signCode({ actor, trajectId: w.trajectId, contentHash: (await currentContent(t.prisma, w.codeId)).hash, consentToReuse: true }),
  },
  // issue 24: the tandem says the text is ready to sign; the signers are asked
  {
    name: "requestSignatures",
    allowed: ["trainer", "expertAccepted"],
    prepare: confirmWorldSigners,
    run: (w, actor) => requestSignatures({ actor, trajectId: w.trajectId }),
  },
  // issue 20: only the employer's confirmed directie makes the list count, confirms another directie, states the OR
  {
    name: "confirmSigners",
    allowed: ["employerDirectie"],
    run: async (w, actor) => {
      const { list } = await signOffState({ actor: w.actors.trainer, trajectId: w.trajectId });
      return confirmSigners({ actor, trajectId: w.trajectId, signersHash: list.hash });
    },
  },
  {
    name: "confirmDirectie",
    allowed: ["employerDirectie"],
    prepare: (w) =>
      t.prisma.keyPerson.create({
        data: { employerId: w.f.employer.id, name: "Ria Directie", email: "ria@voorbeeld.nl", function: "DIRECTIE" },
      }),
    run: async (w, actor) => {
      const ria = await t.prisma.keyPerson.findFirstOrThrow({ where: { employerId: w.f.employer.id, email: "ria@voorbeeld.nl" } });
      return confirmDirectie({ actor, trajectId: w.trajectId, keyPersonId: ria.id, version: ria.version });
    },
  },
  {
    name: "setWorksCouncil",
    allowed: ["employerDirectie"],
    run: (w, actor) => setWorksCouncil({ actor, trajectId: w.trajectId, hasWorksCouncil: true }),
  },
  {
    // the employer's first directie: ECIO's admin, never the tandem (the world's directie is not confirmed yet here)
    name: "confirmFirstDirectie",
    allowed: ["admin"],
    prepare: (w) => t.prisma.keyPerson.updateMany({ where: { employerId: w.f.employer.id }, data: { directieConfirmedAt: null } }),
    run: async (w, actor) => {
      const dir = await t.prisma.keyPerson.findFirstOrThrow({ where: { userId: w.actors.employerDirectie.id } });
      return confirmFirstDirectie({ actor, keyPersonId: dir.id, version: dir.version });
    },
  },
  {
    name: "reopenCode",
    allowed: ["employerDirectie"],
    prepare: (w) => t.prisma.gedragscode.update({ where: { id: w.codeId }, data: { status: "VASTGESTELD", adoptedAt: new Date() } }),
    run: (w, actor) => reopenCode({ actor, trajectId: w.trajectId }),
  },
  {
    name: "trajectOutcomeForActor",
    shareWorld: true,
    allowed: ["trainer", "expertAccepted", "expertInvited", "employerUser", "employerDirectie", "admin"],
    run: (w, actor) => trajectOutcomeForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "trajectPhasesForActor",
    shareWorld: true,
    allowed: ["trainer", "expertAccepted", "expertInvited", "employerUser", "employerDirectie", "admin"],
    run: (w, actor) => trajectPhasesForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "codeExportForActor (pdf)",
    shareWorld: true,
    allowed: READERS,
    run: (w, actor) => codeExportForActor({ actor, trajectId: w.trajectId, format: "pdf" }),
  },
  {
    name: "codeExportForActor (docx)",
    shareWorld: true,
    allowed: READERS,
    run: (w, actor) => codeExportForActor({ actor, trajectId: w.trajectId, format: "docx" }),
  },
  // the live board: everyone who reads the code watches it; the trainer makes the projector link
  { name: "boardForActor", shareWorld: true, allowed: READERS, run: (w, actor) => boardForActor({ actor, trajectId: w.trajectId }) },
  // issue 26: "Sessie afronden" is the tandem's; its summary is for whoever reads the code (the cards that stayed cards: the tandem's)
  {
    name: "summariseRoom",
    allowed: ["trainer", "expertAccepted"],
    prepare: (w) => makeRoom(t.prisma, w.trajectId),
    run: async (w, actor) => {
      const room = await t.prisma.sessionRoom.findFirstOrThrow({ where: { session: { trajectId: w.trajectId } } });
      return summariseRoom({ actor, trajectId: w.trajectId, roomId: room.id, version: room.version });
    },
  },
  {
    name: "summaryForActor",
    shareWorld: true,
    allowed: READERS,
    prepare: async (w) => {
      const room = await makeRoom(t.prisma, w.trajectId, { card: "Bleef een kaart" });
      await summariseRoom({ actor: w.actors.trainer, trajectId: w.trajectId, roomId: room.id, version: room.version });
    },
    run: (w, actor) => summaryForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "announcePresence",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) => announcePresence({ actor, trajectId: w.trajectId, clauseId: w.clauseId, editing: true }),
  },
  { name: "createBoardLink", allowed: ["trainer"], run: (w, actor) => createBoardLink({ actor, trajectId: w.trajectId, number: 2 }) },
  { name: "revokeBoardLinks", allowed: ["trainer"], run: (w, actor) => revokeBoardLinks({ actor, trajectId: w.trajectId }) },
  // session 2's room (ADR 029): the tandem opens, steers and closes it; everyone with the traject sees whether they may
  { name: "openRoom", allowed: TANDEM, run: (w, actor) => openRoom({ actor, trajectId: w.trajectId, number: 1 }) },
  { name: "closeRoom", allowed: TANDEM, run: (w, actor) => closeRoom({ actor, ...room(w) }) },
  {
    name: "setVoting",
    allowed: TANDEM,
    run: (w, actor) => setVoting({ actor, ...room(w), voting: "PUNTEN", votesPerPerson: 3, version: w.roomVersion }),
  },
  {
    name: "groupCards",
    allowed: TANDEM,
    run: (w, actor) => groupCards({ actor, ...room(w), cardIds: w.roomCardIds, title: "Samen" }),
  },
  { name: "ungroupCard", allowed: TANDEM, run: (w, actor) => ungroupCard({ actor, ...room(w), cardId: w.roomCardIds[0] }) },
  { name: "hideCard", allowed: TANDEM, run: (w, actor) => hideCard({ actor, ...room(w), cardId: w.roomCardIds[0], hidden: true }) },
  {
    name: "cardToClause",
    allowed: TANDEM,
    run: (w, actor) => cardToClause({ actor, ...room(w), cardId: w.roomCardIds[1], title: "Vaste werktijden" }),
  },
  { name: "facilitatorRoom", shareWorld: true, allowed: TANDEM, run: (w, actor) => facilitatorRoom({ actor, trajectId: w.trajectId }) },
  {
    name: "roomForSession",
    shareWorld: true,
    allowed: TANDEM,
    run: (w, actor) => roomForSession({ actor, trajectId: w.trajectId, number: 2 }),
  },
  {
    name: "roomPanelFor",
    shareWorld: true,
    allowed: ["trainer", "expertAccepted", "expertInvited", "employerUser", "employerDirectie", "admin"],
    run: (w, actor) => roomPanelFor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "activeBoardLinks",
    shareWorld: true,
    allowed: ["trainer"],
    run: (w, actor) => activeBoardLinks({ actor, trajectId: w.trajectId }),
  },
  // session 2's presenter (the tandem steers the projector) and who is on the board (whoever watches it)
  {
    name: "setPresenter",
    allowed: ["trainer", "expertAccepted"],
    prepare: (w) => openWorldRoom(w),
    run: async (w, actor) => setPresenter({ actor, ...(await worldRoom(w)), view: "AGENDA", agendaStep: 1 }),
  },
  {
    name: "startTimer",
    allowed: ["trainer", "expertAccepted"],
    prepare: (w) => openWorldRoom(w),
    run: async (w, actor) => startTimer({ actor, ...(await worldRoom(w)), minutes: 10 }),
  },
  {
    name: "pauseTimer",
    allowed: ["trainer", "expertAccepted"],
    prepare: (w) => openWorldRoom(w, { timerEndsAt: new Date(Date.now() + 600_000) }),
    run: async (w, actor) => pauseTimer({ actor, ...(await worldRoom(w)) }),
  },
  {
    name: "resumeTimer",
    allowed: ["trainer", "expertAccepted"],
    prepare: (w) => openWorldRoom(w, { timerLeftSeconds: 120 }),
    run: async (w, actor) => resumeTimer({ actor, ...(await worldRoom(w)) }),
  },
  {
    name: "resetTimer",
    allowed: ["trainer", "expertAccepted"],
    prepare: (w) => openWorldRoom(w, { timerLeftSeconds: 120 }),
    run: async (w, actor) => resetTimer({ actor, ...(await worldRoom(w)) }),
  },
  {
    name: "presenterForActor",
    shareWorld: true,
    allowed: READERS,
    prepare: (w) => openWorldRoom(w),
    run: (w, actor) => presenterForActor({ actor, trajectId: w.trajectId, number: 2 }),
  },
  {
    name: "boardHeartbeat",
    allowed: READERS,
    run: (w, actor) => boardHeartbeat({ actor, trajectId: w.trajectId, tab: "tab-matrix-1" }),
  },
  { name: "boardPresence", shareWorld: true, allowed: READERS, run: (w, actor) => boardPresence({ actor, trajectId: w.trajectId }) },
  {
    name: "confirmOutcome",
    allowed: ["trainer"],
    prepare: (w) => t.prisma.traject.update({ where: { id: w.trajectId }, data: { status: "CLOSED" } }),
    run: (w, actor) => confirmOutcome({ actor, trajectId: w.trajectId, outcome: "AFSPRAKEN" }),
  },
  {
    name: "addNextStep",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) => addNextStep({ actor, input: { trajectId: w.trajectId, text: "Evaluatie plannen" } }),
  },
  {
    name: "removeNextStep",
    allowed: TANDEM_AND_EMPLOYER,
    run: (w, actor) => removeNextStep({ actor, trajectId: w.trajectId, nextStepId: w.nextStepId }),
  },
  // the admin manages the application
  {
    name: "importQuestionnaireVersion",
    allowed: ["admin"],
    run: (_w, actor) =>
      importQuestionnaireVersion({ actor, fileName: "v.json", text: JSON.stringify({ ...questionnaireJson, title: "Nieuwe versie" }) }),
  },
  {
    name: "createUser",
    allowed: ["admin"],
    run: (_w, actor) => createUser({ actor, input: { name: "Nieuwe Collega", email: "collega@voorbeeld.nl", role: "TRAINER" } }),
  },
  { name: "sendAccountLink", allowed: ["admin"], run: (w, actor) => sendAccountLink({ actor, userId: w.actors.employerUser.id }) },
  {
    name: "setUserActive",
    allowed: ["admin"],
    run: (w, actor) => setUserActive({ actor, userId: w.actors.employerUser.id, active: false }),
  },
  // a new login address, confirmed by that address through a link (the link's own path: tests/integration/email-change.test.ts)
  {
    name: "requestEmailChange",
    allowed: ["admin"],
    run: (w, actor) => requestEmailChange({ actor, input: { userId: w.actors.employerUser.id, email: "nieuw-adres@voorbeeld.nl" } }),
  },
  {
    name: "getEmailChangeForAdmin",
    shareWorld: true,
    allowed: ["admin"],
    run: (w, actor) => getEmailChangeForAdmin({ actor, userId: w.actors.employerUser.id }),
  },
  // everyone, for their own account
  {
    name: "changeOwnPassword",
    shareWorld: true,
    allowed: ACTOR_LABELS,
    run: (_w, actor) =>
      changeOwnPassword({
        actor,
        input: { current: FACTORY_PASSWORD, password: "een-nieuw-lang-wachtwoord", confirm: "een-nieuw-lang-wachtwoord" },
      }),
  },
  { name: "endAllLogins", shareWorld: true, allowed: ACTOR_LABELS, run: (_w, actor) => endAllLogins({ actor }) },
  { name: "createCalendarFeed", shareWorld: true, allowed: ACTOR_LABELS, run: (_w, actor) => createCalendarFeed(actor) },
  { name: "revokeCalendarFeed", shareWorld: true, allowed: ACTOR_LABELS, run: (_w, actor) => revokeCalendarFeed(actor) },
  { name: "calendarFeedStatus", shareWorld: true, allowed: ACTOR_LABELS, run: (_w, actor) => calendarFeedStatus(actor) },
  // the second factor (docs/decisions/019-second-factor.md): one's own, and the admin's reset of someone's
  { name: "secondFactorStatus", shareWorld: true, allowed: ACTOR_LABELS, run: (_w, actor) => secondFactorStatus(actor) },
  {
    name: "startTotpEnrolment",
    shareWorld: true,
    allowed: ACTOR_LABELS,
    prepare: withoutSecondFactors,
    run: (_w, actor) => startTotpEnrolment(actor),
  },
  {
    name: "confirmTotpEnrolment",
    shareWorld: true,
    allowed: ACTOR_LABELS,
    prepare: withoutSecondFactors,
    run: async (_w, actor) => {
      await startTotpEnrolment(actor);
      const secret = (await secondFactorStatus(actor)).pending!.secret.replace(/ /g, "");
      return confirmTotpEnrolment({ actor, input: { code: await totpCode(secret) } });
    },
  },
  {
    name: "regenerateRecoveryCodes",
    shareWorld: true,
    allowed: ACTOR_LABELS,
    prepare: withSecondFactors,
    run: (_w, actor) => regenerateRecoveryCodes(actor),
  },
  {
    name: "disableTotp",
    shareWorld: true,
    allowed: ACTOR_LABELS,
    prepare: withSecondFactors,
    run: (_w, actor) => disableTotp({ actor, input: { password: FACTORY_PASSWORD, code: "" } }),
  },
  {
    name: "resetSecondFactor",
    allowed: ["admin"],
    prepare: withSecondFactors,
    run: (w, actor) => resetSecondFactor({ actor, userId: w.actors.employerUser.id }),
  },
  // reads
  {
    name: "getTrajectForActor",
    shareWorld: true,
    allowed: ["trainer", "expertAccepted", "expertInvited", "employerUser", "employerDirectie", "admin"],
    run: (w, actor) => getTrajectForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "getScanResultsForActor",
    shareWorld: true,
    allowed: READERS,
    run: (w, actor) => getScanResultsForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "getResultsWithProgressForActor",
    shareWorld: true,
    allowed: READERS,
    run: (w, actor) => getResultsWithProgressForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "buildReportInputForActor",
    shareWorld: true,
    allowed: READERS,
    run: (w, actor) => buildReportInputForActor({ actor, trajectId: w.trajectId }),
  },
  {
    // the tandem's own report, with the texts respondents did not share: never the employer's or admin's
    name: "buildReportInputForActor (tandem edition)",
    shareWorld: true,
    allowed: ["trainer", "expertAccepted"],
    run: (w, actor) => buildReportInputForActor({ actor, trajectId: w.trajectId, edition: "tandem" }),
  },
  {
    name: "getGedragscodeForActor",
    shareWorld: true,
    allowed: READERS,
    run: (w, actor) => getGedragscodeForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "listInvitationsWithProgress",
    shareWorld: true,
    allowed: ["trainer"],
    run: (w, actor) => listInvitationsWithProgress({ actor, trajectId: w.trajectId }),
  },
  {
    name: "listExpertsForTraject",
    shareWorld: true,
    allowed: ["trainer"],
    run: (w, actor) => listExpertsForTraject({ actor, trajectId: w.trajectId }),
  },
  {
    name: "listEmployersForPlanning",
    shareWorld: true,
    allowed: ["trainer", "otherTrainer"],
    run: (_w, actor) => listEmployersForPlanning(actor),
  },
  // a home page's task list: the trainer's own trajects only (what it holds is tested in tasks.test.ts)
  { name: "trainerTasks", shareWorld: true, allowed: ["trainer", "otherTrainer"], run: (_w, actor) => trainerTasks(actor) },
  {
    name: "expertTasks",
    shareWorld: true,
    allowed: ["expertAccepted", "expertInvited", "otherExpert"],
    run: (_w, actor) => expertTasks(actor),
  },
  {
    name: "employerTasks",
    shareWorld: true,
    allowed: ["employerUser", "employerDirectie", "otherEmployer"],
    run: (_w, actor) => employerTasks(actor),
  },
  { name: "adminTasks", shareWorld: true, allowed: ["admin"], run: (_w, actor) => adminTasks(actor) },
  {
    name: "listOutboxForActor",
    shareWorld: true,
    allowed: ["trainer", "otherTrainer", "admin"],
    run: (_w, actor) => listOutboxForActor(actor),
  },
  {
    // a file sent with a mail (the adopted code): whoever sees the mail in the outbox
    name: "outboxAttachmentForActor",
    shareWorld: true,
    allowed: ["trainer", "admin"],
    prepare: (w) => makeMailWithAttachment(t.prisma, w.trajectId),
    run: async (w, actor) => {
      const a = await t.prisma.mailAttachment.findFirstOrThrow({ where: { mail: { trajectId: w.trajectId } } });
      return outboxAttachmentForActor(actor, { mailId: a.mailId, attachmentId: a.id });
    },
  },
  { name: "listUsers", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listUsers(actor) },
  { name: "listEmployerChoices", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listEmployerChoices(actor) },
  { name: "listQuestionnaireVersions", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listQuestionnaireVersions(actor) },
  { name: "listAuditEvents", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listAuditEvents(actor) },
  { name: "getMonitoringSummary", shareWorld: true, allowed: ["admin"], run: (_w, actor) => getMonitoringSummary(actor) },
  // AVG (docs/privacy.md): the admin alone
  { name: "listEmployersForPrivacy", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listEmployersForPrivacy(actor) },
  { name: "exportEmployer", allowed: ["admin"], run: (w, actor) => exportEmployer({ actor, employerId: w.f.employer.id }) },
  {
    name: "eraseEmployer",
    allowed: ["admin"],
    run: (w, actor) => eraseEmployer({ actor, input: { employerId: w.f.employer.id, confirmName: w.f.employer.name } }),
  },
  {
    name: "findRespondentsByEmail",
    shareWorld: true,
    allowed: ["admin"],
    run: (_w, actor) => findRespondentsByEmail({ actor, email: "iemand@voorbeeld.nl" }),
  },
  { name: "eraseRespondent", allowed: ["admin"], run: (w, actor) => eraseRespondent({ actor, invitationId: w.submittedInvitationId }) },
  { name: "applyRetention", allowed: ["admin"], run: (_w, actor) => applyRetention({ actor }) },
  // candidates for the experts' training (ADR 034): the admin's; their AVG export and erasure too
  { name: "listCandidates", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listCandidates({ actor }) },
  {
    name: "getCandidateForAdmin",
    shareWorld: true,
    allowed: ["admin"],
    prepare: () => worldCandidate(),
    run: async (_w, actor) => getCandidateForAdmin({ actor, candidateId: (await worldCandidate()).id }),
  },
  {
    name: "candidateIndicators",
    shareWorld: true,
    allowed: ["admin"],
    run: (_w, actor) => candidateIndicators(actor, { from: "2026-01-01", to: "2026-12-31" }),
  },
  {
    name: "createCandidate",
    allowed: ["admin"],
    run: (_w, actor) =>
      createCandidate({
        actor,
        input: { name: "Nieuwe Kandidaat", email: "nieuw-kandidaat@voorbeeld.nl", phone: "", channel: "ONLINE", channelOther: "" },
      }),
  },
  {
    name: "updateCandidate",
    allowed: ["admin"],
    prepare: () => worldCandidate(),
    run: async (_w, actor) => {
      const c = await worldCandidate();
      return updateCandidate({
        actor,
        input: {
          candidateId: c.id,
          version: c.version,
          name: "Andere Naam",
          email: c.email,
          phone: "",
          channel: "VIA_VIA",
          channelOther: "",
        },
      });
    },
  },
  {
    name: "moveCandidate",
    allowed: ["admin"],
    prepare: () => worldCandidate(),
    run: async (_w, actor) => {
      const c = await worldCandidate();
      return moveCandidate({ actor, input: { candidateId: c.id, version: c.version, move: "stop" } });
    },
  },
  {
    name: "startCandidateInCohort",
    allowed: ["admin"],
    prepare: () => worldCandidate("INTAKE_HELD"),
    run: async (_w, actor) => {
      const c = await worldCandidate();
      const cohort = await t.prisma.cohort.findFirstOrThrow();
      return startCandidateInCohort({ actor, input: { candidateId: c.id, version: c.version, cohortId: cohort.id } });
    },
  },
  {
    name: "findCandidatesByEmail",
    shareWorld: true,
    allowed: ["admin"],
    run: (_w, actor) => findCandidatesByEmail({ actor, email: "kandidaat@voorbeeld.nl" }),
  },
  {
    name: "exportCandidate",
    allowed: ["admin"],
    prepare: () => worldCandidate(),
    run: async (_w, actor) => exportCandidate({ actor, candidateId: (await worldCandidate()).id }),
  },
  {
    name: "eraseCandidate",
    allowed: ["admin"],
    prepare: () => worldCandidate(),
    run: async (_w, actor) => eraseCandidate({ actor, candidateId: (await worldCandidate()).id }),
  },
  { name: "removeDemoData", allowed: ["admin"], run: (_w, actor) => removeDemoData({ actor }) },
  // expert profiles: the expert's own; certified and paused are the admin's
  {
    name: "getOwnProfile",
    shareWorld: true,
    allowed: ["expertAccepted", "expertInvited", "otherExpert"],
    run: (_w, actor) => getOwnProfile(actor),
  },
  {
    name: "updateOwnProfile",
    shareWorld: true,
    allowed: ["expertAccepted", "expertInvited", "otherExpert"],
    run: async (_w, actor) => {
      const { profile } = await getOwnProfile(actor);
      return updateOwnProfile({
        actor,
        input: { experienceThemes: [], region: "Utrecht", slots: [], availability: "", bio: "", version: profile.version },
      });
    },
  },
  // the expert's own pace and the guide for their story (ADR 037): each expert their own
  { name: "getOwnPacing", shareWorld: true, allowed: EXPERTS, run: (_w, actor) => getOwnPacing(actor) },
  {
    name: "setOwnPause",
    shareWorld: true,
    allowed: EXPERTS,
    run: async (_w, actor) => setOwnPause({ actor, input: { from: inAWeek(), until: null, version: await pacingVersion(actor) } }),
  },
  {
    name: "endOwnPause",
    shareWorld: true,
    allowed: EXPERTS,
    run: async (_w, actor) => endOwnPause({ actor, input: { version: await pacingVersion(actor) } }),
  },
  {
    name: "setOwnLimit",
    shareWorld: true,
    allowed: EXPERTS,
    run: async (_w, actor) => setOwnLimit({ actor, input: { maxActiveTrajects: 2, version: await pacingVersion(actor) } }),
  },
  { name: "storyGuideForActor", shareWorld: true, allowed: EXPERTS, run: async (_w, actor) => storyGuideForActor(actor) },
  { name: "storyGuidePdfForActor", shareWorld: true, allowed: EXPERTS, run: (_w, actor) => storyGuidePdfForActor(actor) },
  {
    name: "setExpertStatus",
    allowed: ["admin"],
    run: (w, actor) => setExpertStatus({ actor, input: { userId: w.actors.expertAccepted.id, field: "paused", value: true } }),
  },
  // certificates (issue 27): the admin sees and revokes any; the expert sees and downloads their own
  {
    name: "certificatesOfUser",
    shareWorld: true,
    allowed: ["admin"],
    run: (w, actor) => certificatesOfUser({ actor, userId: w.actors.expertAccepted.id }),
  },
  {
    name: "ownCertificates",
    shareWorld: true,
    allowed: ["expertAccepted", "expertInvited", "otherExpert"],
    run: (_w, actor) => ownCertificates(actor),
  },
  {
    name: "certificatePdfForActor",
    shareWorld: true,
    allowed: ["admin", "expertAccepted"],
    run: async (w, actor) => certificatePdfForActor({ actor, certificateId: await certificateOf(w.actors.expertAccepted.id) }),
  },
  {
    name: "revokeCertificate",
    allowed: ["admin"],
    run: async (w, actor) => revokeCertificate({ actor, input: { certificateId: await certificateOf(w.actors.expertAccepted.id) } }),
  },
  // the planner: recurring jobs, failed mails, the SMTP test
  { name: "listJobsForAdmin", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listJobsForAdmin(actor) },
  { name: "runJobNow", allowed: ["admin"], run: (_w, actor) => runJobNow({ actor, name: "mail" }) },
  { name: "listFailedMails", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listFailedMails(actor) },
  { name: "retryFailedMail", allowed: ["admin"], run: (w, actor) => retryFailedMail({ actor, mailId: w.failedMailId }) },
  { name: "sendTestMail", allowed: ["admin"], run: (_w, actor) => sendTestMail({ actor }) },
  // the oplossingsrichtingen library: content, the admin's
  { name: "listSolutionsForAdmin", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listSolutionsForAdmin(actor) },
  {
    name: "getSolutionForAdmin",
    shareWorld: true,
    allowed: ["admin"],
    run: async (_w, actor) => getSolutionForAdmin({ actor, key: (await solutionForMatrix()).key }),
  },
  {
    name: "createSolution",
    allowed: ["admin"],
    run: (_w, actor) =>
      createSolution({
        actor,
        input: { title: "Buddy", description: "Een vaste collega om bij terecht te kunnen.", themes: [], forAllThemes: true },
      }),
  },
  {
    name: "updateSolution",
    allowed: ["admin"],
    run: async (_w, actor) => {
      const s = await solutionForMatrix();
      return updateSolution({
        actor,
        input: {
          key: s.key,
          version: s.version,
          title: "Nieuw",
          description: s.description,
          themes: s.themes,
          forAllThemes: s.forAllThemes,
        },
      });
    },
  },
  {
    name: "setSolutionActive",
    allowed: ["admin"],
    run: async (_w, actor) => {
      const s = await solutionForMatrix();
      return setSolutionActive({ actor, key: s.key, version: s.version, active: false });
    },
  },
  // employers (ADR 004, "Capabilities on one employer"): its trainers and the admin; reassigning is the admin's
  {
    name: "createEmployer",
    allowed: ["trainer", "otherTrainer"],
    run: (_w, actor) =>
      createEmployer({
        actor,
        input: { name: `Nieuwe Werkgever ${actor.id}`, sector: "Zorg", city: "", kvkNumber: "", werkvloerName: "Kantoor" },
      }),
  },
  {
    name: "updateEmployer",
    allowed: EMPLOYER_KEEPERS,
    run: (w, actor) =>
      updateEmployer({
        actor,
        input: { employerId: w.f.employer.id, version: 1, name: `${w.f.employer.name} BV`, sector: "Zorg", city: "Zwolle", kvkNumber: "" },
      }),
  },
  {
    name: "reassignEmployer",
    allowed: ["admin"],
    run: (w, actor) => reassignEmployer({ actor, input: { employerId: w.f.employer.id, trainerId: w.actors.otherTrainer.id } }),
  },
  {
    name: "addWerkvloer",
    allowed: EMPLOYER_KEEPERS,
    run: (w, actor) => addWerkvloer({ actor, input: { employerId: w.f.employer.id, name: "Tweede locatie" } }),
  },
  {
    name: "renameWerkvloer",
    allowed: EMPLOYER_KEEPERS,
    run: (w, actor) => renameWerkvloer({ actor, input: { werkvloerId: w.werkvloerId, name: "Hoofdkantoor" } }),
  },
  {
    name: "setWerkvloerArchived",
    allowed: EMPLOYER_KEEPERS,
    run: (w, actor) => setWerkvloerArchived({ actor, input: { werkvloerId: w.werkvloerId, archived: true } }),
  },
  {
    name: "addKeyPerson",
    allowed: EMPLOYER_KEEPERS,
    run: (w, actor) =>
      addKeyPerson({
        actor,
        input: { employerId: w.f.employer.id, name: "Dirk Directeur", email: "dirk@voorbeeld.nl", function: "DIRECTIE" },
      }),
  },
  {
    name: "updateKeyPerson",
    allowed: EMPLOYER_KEEPERS,
    run: (w, actor) =>
      updateKeyPerson({
        actor,
        input: { keyPersonId: w.keyPersonId, version: 1, name: "Olga de Vries", email: "olga@voorbeeld.nl", function: "ONDERNEMINGSRAAD" },
      }),
  },
  { name: "removeKeyPerson", allowed: EMPLOYER_KEEPERS, run: (w, actor) => removeKeyPerson({ actor, keyPersonId: w.keyPersonId }) },
  {
    name: "giveKeyPersonAccount",
    allowed: EMPLOYER_KEEPERS,
    run: (w, actor) => giveKeyPersonAccount({ actor, keyPersonId: w.keyPersonId }),
  },
  {
    name: "listEmployersForActor",
    shareWorld: true,
    allowed: ["trainer", "otherTrainer", "admin"],
    run: (_w, actor) => listEmployersForActor(actor),
  },
  {
    name: "getEmployerForActor",
    shareWorld: true,
    allowed: EMPLOYER_KEEPERS,
    run: (w, actor) => getEmployerForActor({ actor, employerId: w.f.employer.id }),
  },
  {
    name: "employerChoicesForTraject",
    shareWorld: true,
    allowed: EMPLOYER_KEEPERS,
    run: (w, actor) => employerChoicesForTraject({ actor, employerId: w.f.employer.id }),
  },
  { name: "listTrainerChoices", shareWorld: true, allowed: ["admin"], run: (_w, actor) => listTrainerChoices(actor) },
  // a traject's details (the trainer) and handing it over (the admin)
  {
    name: "updateTrajectDetails",
    allowed: ["trainer"],
    run: (w, actor) =>
      updateTrajectDetails({
        actor,
        input: {
          trajectId: w.trajectId,
          version: 1,
          motivation: "Een eigen reden.",
          werkvloerId: w.werkvloerId,
          plannedSessionCount: 3,
          contactKeyPersonId: w.keyPersonId,
        },
      }),
  },
  {
    name: "reassignTraject",
    allowed: ["admin"],
    run: (w, actor) => reassignTraject({ actor, input: { trajectId: w.trajectId, trainerId: w.actors.otherTrainer.id } }),
  },
  // issue 13: follow-up steps (the employer and the trainer keep them up to date; whoever reads the code sees them)
  {
    name: "setStepStatus (a next step)",
    allowed: ["trainer", "employerUser", "employerDirectie"],
    run: (w, actor) =>
      setStepStatus({
        actor,
        input: { trajectId: w.trajectId, kind: "step", id: w.nextStepId, status: "BEZIG", note: "Loopt", version: 1 },
      }),
  },
  {
    name: "setStepStatus (an afspraak with an owner)",
    allowed: ["trainer", "employerUser", "employerDirectie"],
    prepare: (w) => t.prisma.gedragscodeClause.update({ where: { id: w.clauseId }, data: { owner: "HR" } }),
    run: (w, actor) =>
      setStepStatus({ actor, input: { trajectId: w.trajectId, kind: "clause", id: w.clauseId, status: "KLAAR", version: 1 } }),
  },
  {
    name: "addFollowUpStep",
    allowed: ["trainer", "employerUser", "employerDirectie"],
    run: (w, actor) =>
      addFollowUpStep({ actor, input: { trajectId: w.trajectId, text: "Evaluatie plannen", owner: "HR", dueDate: inAWeek() } }),
  },
  { name: "followUpItems", shareWorld: true, allowed: READERS, run: (w, actor) => followUpItems({ actor, trajectId: w.trajectId }) },
  {
    name: "openStepsForEmployerUser",
    shareWorld: true,
    allowed: ["employerUser", "employerDirectie", "otherEmployer"],
    run: (_w, actor) => openStepsForEmployerUser(actor),
  },
  // issue 13: follow-up moment, scan rounds and the traject's debrief
  {
    name: "setFollowUpMoment",
    allowed: ["trainer"],
    prepare: closeWorldTraject,
    run: (w, actor) => setFollowUpMoment({ actor, input: { trajectId: w.trajectId, date: inAWeek() } }),
  },
  {
    name: "startFollowUpRound",
    allowed: ["trainer"],
    prepare: closeWorldTraject,
    run: (w, actor) =>
      startFollowUpRound({
        actor,
        input: { trajectId: w.trajectId, questionnaireId: w.f.questionnaire.id, deadline: inAWeek(), reinvite: "on" },
      }),
  },
  {
    name: "closeFollowUpRound",
    allowed: ["trainer"],
    prepare: async (w) => {
      await closeWorldTraject(w);
      await t.prisma.scanRound.create({ data: { trajectId: w.trajectId, number: 2, questionnaireId: w.f.questionnaire.id } });
    },
    run: (w, actor) => closeFollowUpRound({ actor, input: { trajectId: w.trajectId, round: 2 } }),
  },
  {
    name: "scanRoundsForActor",
    shareWorld: true,
    allowed: READERS,
    run: (w, actor) => scanRoundsForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "invitableKeyPersons",
    shareWorld: true,
    allowed: ["trainer"],
    run: (w, actor) => invitableKeyPersons({ actor, trajectId: w.trajectId }),
  },
  {
    name: "currentRoundForActor",
    shareWorld: true,
    allowed: ["trainer"],
    run: (w, actor) => currentRoundForActor({ actor, trajectId: w.trajectId }),
  },
  {
    name: "getScanResultsForActor (the first round by number)",
    shareWorld: true,
    allowed: READERS,
    run: (w, actor) => getScanResultsForActor({ actor, trajectId: w.trajectId, round: 1 }),
  },
  {
    name: "saveTrajectDebrief",
    allowed: ["trainer", "expertAccepted"],
    prepare: closeWorldTraject,
    run: (w, actor) => saveTrajectDebrief({ actor, input: { trajectId: w.trajectId, whatWorked: "De verhalen werkten.", version: 0 } }),
  },
  {
    name: "ownTrajectDebrief",
    shareWorld: true,
    allowed: ["trainer", "expertAccepted"],
    run: (w, actor) => ownTrajectDebrief({ actor, trajectId: w.trajectId }),
  },
  { name: "allTrajectDebriefs", shareWorld: true, allowed: ["admin"], run: (_w, actor) => allTrajectDebriefs({ actor }) },
  // issue 27: training cohorts (the admin's), attendance (the admin and the cohort's trainer), the expert's own
  {
    name: "saveCohort (new)",
    allowed: ["admin"],
    run: (_w, actor) =>
      saveCohort({
        actor,
        input: cohortSchema.parse({ name: "Voorjaar", startsOn: "2027-03-01", endsOn: "2027-05-01", topics: ["AANPAK_EN_SCAN"] }),
      }),
  },
  {
    name: "saveCohort (edit)",
    allowed: ["admin"],
    run: (w, actor) =>
      saveCohort({
        actor,
        input: cohortSchema.parse({
          cohortId: w.cohortId,
          version: "1",
          name: "Najaar",
          startsOn: "2026-11-01",
          endsOn: "2027-03-01",
          topics: ["PROJECT_EN_ERVARINGEN", "AANPAK_EN_SCAN"],
        }),
      }),
  },
  {
    name: "setCohortTrainers",
    allowed: ["admin"],
    run: (w, actor) => setCohortTrainers({ actor, input: { cohortId: w.cohortId, version: 1, trainerIds: [w.actors.otherTrainer.id] } }),
  },
  {
    name: "saveTrainingSession",
    allowed: ["admin"],
    run: (w, actor) =>
      saveTrainingSession({
        actor,
        input: trainingSessionSchema.parse({ cohortId: w.cohortId, topic: "PROJECT_EN_ERVARINGEN", date: "2099-02-01", place: "Utrecht" }),
      }),
  },
  {
    name: "cancelTrainingSession",
    allowed: ["admin"],
    run: (w, actor) => cancelTrainingSession({ actor, input: { cohortId: w.cohortId, sessionId: w.trainingComingId, version: 1 } }),
  },
  {
    name: "addCohortParticipant",
    allowed: ["admin"],
    run: (w, actor) => addCohortParticipant({ actor, input: { cohortId: w.cohortId, userId: w.spareExpertId } }),
  },
  {
    name: "recordAttendance",
    allowed: ["trainer", "admin"],
    run: (w, actor) =>
      recordAttendance({
        actor,
        input: attendanceSchema.parse({ cohortId: w.cohortId, sessionId: w.trainingHeldId, [`aanwezig-${w.cohortParticipantId}`]: "nee" }),
      }),
  },
  {
    name: "confirmCompletion",
    allowed: ["admin"],
    run: (w, actor) => confirmCompletion({ actor, input: { cohortId: w.cohortId, participantId: w.cohortParticipantId, version: 1 } }),
  },
  {
    name: "listCohortsForActor",
    shareWorld: true,
    allowed: ["trainer", "otherTrainer", "admin"],
    run: (_w, actor) => listCohortsForActor(actor),
  },
  {
    name: "cohortForActor",
    shareWorld: true,
    allowed: ["trainer", "admin"],
    run: (w, actor) => cohortForActor({ actor, cohortId: w.cohortId }),
  },
  {
    name: "ownTrainingForExpert",
    shareWorld: true,
    allowed: ["expertAccepted", "expertInvited", "otherExpert"],
    run: (_w, actor) => ownTrainingForExpert(actor),
  },
  {
    name: "trainingClaimsForExpert",
    shareWorld: true,
    allowed: ["expertAccepted", "expertInvited", "otherExpert"],
    run: (_w, actor) => trainingClaimsForExpert(actor),
  },
  {
    name: "submitTrainingClaim",
    allowed: ["expertAccepted"],
    run: (w, actor) =>
      submitTrainingClaim({ actor, input: trainingClaimSchema.parse({ trainingSessionId: w.trainingHeldId, sessionHours: "3" }) }),
  },
];

/** The id of an expert's (factory-made) certificate. */
async function certificateOf(userId: string) {
  return (await t.prisma.certificate.findFirstOrThrow({ where: { userId }, select: { id: true } })).id;
}

/** Enrolment starts from no second factor (the factory gives admins and trainers one). */
function withoutSecondFactors() {
  return t.prisma.user.updateMany({ data: { totpSecret: null, totpEnabledAt: null } });
}
/** Every world account with the demo's second factor on. */
function withSecondFactors() {
  return t.prisma.user.updateMany({ data: { totpSecret: encryptTotpSecret(DEMO_TOTP_SECRET), totpEnabledAt: new Date() } });
}

/** The world's room of session 2 (open), with its timer as given: the presenter's functions work on it. */
async function openWorldRoom(w: World, timer: { timerEndsAt?: Date; timerLeftSeconds?: number } = {}) {
  await t.prisma.sessionRoom.update({ where: { id: w.roomId }, data: timer });
}
/** The room's ids and version, as the facilitator's form carries them. */
async function worldRoom(w: World) {
  const room = await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: w.roomId } });
  return { trajectId: w.trajectId, roomId: room.id, version: room.version };
}

/** The world's one candidate (made on first use, with a cohort to start in), as the admin's page reads it. */
async function worldCandidate(status: "INTERESTED" | "INTAKE_HELD" = "INTERESTED") {
  const found = await t.prisma.expertCandidate.findFirst();
  if (found) return found;
  await t.prisma.cohort.create({
    data: {
      name: "Cohort van de matrix",
      startsOn: new Date(),
      endsOn: new Date(Date.now() + 30 * 86_400_000),
      topics: ["AANPAK_EN_SCAN"],
    },
  });
  return t.prisma.expertCandidate.create({
    data: { name: "Kandidaat Matrix", email: "kandidaat@voorbeeld.nl", channel: "IPS_COACH", status },
  });
}

/** The follow-up functions work on a closed traject. */
async function closeWorldTraject(w: World) {
  await t.prisma.traject.update({ where: { id: w.trajectId }, data: { status: "CLOSED", closedAt: new Date() } });
}

/**
 * The matrix in `parts` files (tests/integration/authorization-matrix-*.test.ts), each running every
 * `parts`-th case: one file of 120 cases would be the longest file of the suite by far, and vitest
 * spreads files, not cases, over its workers.
 */
/** The employer's two users are invited to the scan at their own addresses, an hour ago (past the resend pause). */
async function inviteEmployerUsersToScan(w: World) {
  const round = await t.prisma.scanRound.findFirstOrThrow({ where: { trajectId: w.trajectId } });
  for (const label of ["employerUser", "employerDirectie"] as const) {
    const { email } = await t.prisma.user.findUniqueOrThrow({ where: { id: w.actors[label].id }, select: { email: true } });
    await t.prisma.scanInvitation.create({
      data: {
        trajectId: w.trajectId,
        roundId: round.id,
        name: label,
        email,
        function: "HR",
        tokenHash: newLinkToken().tokenHash,
        expiresAt: new Date(Date.now() + 7 * 86_400_000),
        sentAt: new Date(Date.now() - 3600_000),
        createdById: w.actors.trainer.id,
      },
    });
  }
}

export function defineMatrix(part: number, parts: number) {
  t = setupTestDb();
  const mine = cases.filter((_c, i) => i % parts === part);
  // One world built per file and kept as a copy (saveWorld): each case starts from that copy, restored,
  // which is the very same fresh world at a fraction of the cost of building it again.
  let fresh: { world: World; restore: () => Promise<void> } | null = null;
  const freshWorld = async () => {
    if (fresh) await fresh.restore();
    else {
      const world = await makeWorld(t);
      fresh = { world, restore: await saveWorld(t, "world_base") };
    }
    return fresh.world;
  };
  describe(`authorization matrix ${part + 1}/${parts} (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
    for (const c of mine) {
      it(`${c.name}: ${c.allowed.join(", ")} may; everyone else is refused and nothing changes`, async () => {
        // The refused actors go first, in a fresh world: a refusal changes nothing, so that world is
        // still fresh for the first allowed actor.
        // (One fingerprint after all of them: a change by any refused call would still show there.)
        const first = await freshWorld();
        await c.prepare?.(first);
        // each allowed actor after the first gets this same fresh world back (saveWorld), not a changed one
        const restore = c.shareWorld || c.allowed.length < 2 ? null : await saveWorld(t);
        const before = await snapshotAllTables(t);
        const refused = ACTOR_LABELS.filter((l) => !c.allowed.includes(l));
        for (const label of refused) {
          const outcome = await outcomeOf(c.run(first, first.actors[label]));
          expect([label, outcome]).toEqual([label, expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)]);
        }
        expect([refused.join(", "), await snapshotAllTables(t)]).toEqual([refused.join(", "), before]);
        for (const [i, label] of c.allowed.entries()) {
          if (i > 0 && restore) await restore();
          expect([label, await outcomeOf(c.run(first, first.actors[label]))]).toEqual([label, "ok"]);
        }
      });
    }
  });
}
