import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTrajectAction } from "@/app/(app)/trajecten/nieuw/actions";
import { respondAction, stepBackAction } from "@/app/(app)/expert/verzoeken/actions";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/app/(app)/account/actions";
import {
  addKeyPersonAction,
  addWerkvloerAction,
  confirmFirstDirectieAction,
  createEmployerAction,
  giveKeyPersonAccountAction,
  reassignEmployerAction,
  removeKeyPersonAction,
  renameWerkvloerAction,
  setWerkvloerArchivedAction,
  updateEmployerAction,
  updateKeyPersonAction,
} from "@/app/(app)/werkgevers/actions";
import { invitationRowAction, inviteAction, remindAllAction } from "@/app/(app)/trajecten/[id]/actions";
import { resendOwnLinkAction } from "@/app/(app)/trajecten/[id]/mijn-scan/actions";
import {
  assignExpertAction,
  planSessionAction,
  reassignTrajectAction,
  recordPresenceAction,
  saveDebriefAction,
  approveClaimAction,
  setStatusAction,
  closeScanAction,
  undoHeldAction,
  updateTrajectDetailsAction,
  withdrawExpertAction,
} from "@/app/(app)/trajecten/[id]/planning-actions";
import { createAnnotationAction, deleteAnnotationAction, updateAnnotationAction } from "@/app/(app)/trajecten/[id]/resultaten/actions";
import { gedragscodeAction } from "@/app/(app)/trajecten/[id]/gedragscode/actions";
import { summariseRoomAction } from "@/app/(app)/trajecten/[id]/bord/summary-actions";
import { makeRoom } from "@/tests/support/room-fixture";
import { addFollowUpStepAction, setStepStatusAction } from "@/app/(app)/trajecten/[id]/opvolging/actions";
import {
  closeFollowUpRoundAction,
  saveTrajectDebriefAction,
  setFollowUpMomentAction,
  startFollowUpRoundAction,
} from "@/app/(app)/trajecten/[id]/opvolging/follow-up-actions";
import { changePasswordAction } from "@/app/(app)/account/actions";
import {
  confirmTotpAction,
  disableTotpAction,
  regenerateRecoveryCodesAction,
  startTotpAction,
} from "@/app/(app)/account/tweede-stap/actions";
import {
  createUserAction,
  resetSecondFactorAction,
  sendAccountLinkAction,
  setUserActiveAction,
  requestEmailChangeAction,
} from "@/app/(app)/beheer/gebruikers/actions";
import { importQuestionnaireAction } from "@/app/(app)/beheer/vragenlijsten/actions";
import { applyRetentionAction, eraseCandidateAction, eraseEmployerAction, eraseRespondentAction } from "@/app/(app)/beheer/privacy/actions";
import {
  createCandidateAction,
  moveCandidateAction,
  startCandidateAction,
  updateCandidateAction,
} from "@/app/(app)/beheer/kandidaten/actions";
import { removeDemoAction } from "@/app/(app)/beheer/actions";
import { createSolutionAction, setSolutionActiveAction, updateSolutionAction } from "@/app/(app)/beheer/oplossingsrichtingen/actions";
import { requestPasswordResetAction } from "@/app/wachtwoord-vergeten/actions";
import { loginAction } from "@/app/login/actions";
import { saveOwnProfileAction } from "@/app/(app)/expert/profiel/actions";
import { revokeCertificateAction, setExpertStatusAction } from "@/app/(app)/beheer/gebruikers/actions";
import { GET as getCertificatePdf } from "@/app/api/certificaten/[id]/route";
import CertificateCheckPage from "@/app/certificaat/[code]/page";
import { NO_CERTIFICATE } from "@/lib/certificates/check";
import { formatCertificateCode, normaliseCertificateCode } from "@/lib/certificates/code";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { endOwnPauseAction, setOwnLimitAction, setOwnPauseAction } from "@/app/(app)/expert/tempo/actions";
import { retryFailedMailAction, runJobNowAction, sendTestMailAction } from "@/app/(app)/beheer/planner/actions";
import { activateAccountAction } from "@/app/account/activeren/[token]/actions";
import { confirmEmailChangeAction } from "@/app/account/e-mailadres/[token]/actions";
import { saveClosingAction, saveThemeAction, submitScanAction } from "@/app/scan/[token]/actions";
import { GET as getReport } from "@/app/api/trajecten/[id]/rapport/route";
import { GET as getTandemReport } from "@/app/api/trajecten/[id]/rapport/begeleiders/route";
import { GET as getSessionIcs } from "@/app/api/trajecten/[id]/bijeenkomsten/[number]/agenda.ics/route";
import { GET as getEmployerExport } from "@/app/api/beheer/privacy/werkgevers/[id]/export/route";
import { GET as getCandidateExport } from "@/app/api/beheer/privacy/kandidaten/[id]/export/route";
import { GET as getPreparationPdf } from "@/app/api/trajecten/[id]/bijeenkomsten/[number]/voorbereiding.pdf/route";
import { GET as getCodePdf } from "@/app/api/trajecten/[id]/gedragscode.pdf/route";
import { GET as getWorksheet } from "@/app/api/werkbladen/[key]/route";
import { WORKSHEET_KEYS } from "@/lib/worksheets/schema";
import { GET as getMailAttachment } from "@/app/api/mail/[id]/bijlage/[attachmentId]/route";
import { POST as postPresence } from "@/app/api/trajecten/[id]/bord/aanwezig/route";
import { GET as getProjectorStream } from "@/app/api/bord/[token]/stream/route";
import { presenterStepAction, presenterViewAction, startTimerAction, timerAction } from "@/app/(app)/trajecten/[id]/bord/presenter-actions";
import { signWithLinkAction } from "@/app/ondertekenen/[token]/actions";
import { answerLinkAction } from "@/app/bijeenkomst/[token]/actions";
import {
  closeRoomAction,
  groupAction,
  hideAction,
  openRoomAction,
  toClauseAction,
  ungroupAction,
  votingAction,
} from "@/app/(app)/trajecten/[id]/bord/room-actions";
import { addCardAction, joinAction, voteAction } from "@/app/doe-mee/actions";
import { hashLinkToken, newLinkToken } from "@/lib/link-tokens";
import AnswerPage from "@/app/bijeenkomst/[token]/page";
import { planSession } from "@/lib/sessions/sessions";
import { sendSigningLink } from "@/lib/gedragscode/signoff";
import { currentContent } from "@/lib/gedragscode/content";
import { GET as getCompensationCsv } from "@/app/api/beheer/vergoedingen/export/route";
import { GET as getCompensationXlsx } from "@/app/api/beheer/vergoedingen/export.xlsx/route";
import { submitClaimAction, submitTrainingClaimAction } from "@/app/(app)/expert/vergoedingen/actions";
import {
  addCohortParticipantAction,
  cancelTrainingSessionAction,
  confirmCompletionAction,
  recordAttendanceAction,
  saveCohortAction,
  saveTrainingSessionAction,
  setCohortTrainersAction,
} from "@/app/(app)/beheer/cohorten/actions";
import { approveClaimAdminAction, markClaimPaidAction, setCapAction, setRatesAction } from "@/app/(app)/beheer/vergoedingen/actions";
import { createGuidelineAction, updateGuidelineAction } from "@/app/(app)/beheer/werkwijze/actions";
import { saveTermListAction } from "@/app/(app)/beheer/werkwijze/gezondheidscheck/actions";
import { removeLogoAction, saveOrganisationAction, setLogoAction } from "@/app/(app)/beheer/organisatie/actions";
import { renderReportForActor } from "@/lib/report/download";
import { handleAutosaveRequest } from "@/lib/scan/respondent/autosave-request";
import { openScan } from "@/lib/scan/respondent/link";
import { SELF_GRADE_FIELD, answerField, noteField, openNoteKey, revisionField, themeNoteKey } from "@/lib/scan/respondent/field-names";
import {
  FACTORY_PASSWORD,
  LOGO_PNG,
  logoFile,
  makeEmployer,
  makeMailWithAttachment,
  makeSubmittedResponse,
  makeUser,
  questionnaireJson,
} from "@/tests/factories";
import { confirmWorldSigners, makeWorld, type ActorLabel, type World } from "@/tests/support/authorization-world";
import {
  FORBIDDEN_CHARACTERS,
  Judge,
  extraFields,
  fieldValue,
  hostileString,
  hasPoisonedField,
  isPoisoned,
  jsonValue,
  outcome,
  runsFor,
  toFormData,
  TOTAL_RUNS,
  type Fields,
} from "@/tests/support/fuzz";
import { withUnreachableSmtp } from "@/tests/support/smtp-mode";
import { setupTestDb } from "@/tests/support/test-db";

// Property-based fuzzing of every way in: the exported server actions (called as Next calls them,
// with FormData or an object), the autosave endpoint's logic and the report download. For every
// generated input: no INTERNAL result, no generic error message, no thrown non-AppError, no logged
// unexpected error, and a refused input leaves every table exactly as it was. A text field carrying
// NUL, a lone surrogate or another control character is always refused as VALIDATION.
//
// How the signed-in actions get an actor: they run exactly as in production (createAction →
// requireActor → getActor, which re-reads the user and the session row from the database); only
// next-auth's getServerSession is replaced, by the token of the actor this run picked (or none): its
// user id and an open session row of theirs (makeWorld signs everyone in once). That keeps
// the real wrapper, schema, guard and domain code in the path without a test seam in lib/.
// next/cache's revalidatePath needs Next's request store, so it is a no-op here.
//
// Runs: FUZZ_RUNS (total over the file) or a default that keeps CI under about a minute.

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => {
    if (!session.userId) return null;
    const open = await t.prisma.authSession.findFirst({ where: { userId: session.userId, endedAt: null }, select: { id: true } });
    return { uid: session.userId, sid: open?.id };
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// The scan actions read the client address from the request's headers: here there is none. A phone in
// session 2's room is its cookie (lib/room/participant-cookie.ts): a jar per run.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
}));
// after() runs work once the response is sent; here it is collected and awaited before the judge looks.
const afterTasks = vi.hoisted(() => [] as Promise<unknown>[]);
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => Promise<unknown>) => void afterTasks.push(task()),
}));

const t = setupTestDb();
const errors = vi.spyOn(console, "error");
afterEach(() => expect(errors).not.toHaveBeenCalled());

// Every scan request is counted against the load limits (a refused one too, by design); the fuzz
// probes input handling, so each run starts with fresh counters instead of running into a limit.
const SCAN_LOAD_COUNTED = ["RateLimit"];
const forgetScanLoad = () => t.prisma.rateLimit.deleteMany({ where: { key: { startsWith: "scan-" } } });

const FUZZ_TIMEOUT = Math.max(120_000, TOTAL_RUNS * 200);
const inDays = (n: number) => new Date(Date.now() + n * 86400_000).toISOString().slice(0, 10);
const word = fc.string({ minLength: 3, maxLength: 24 });
const smallInt = (max: number) => fc.integer({ min: 0, max }).map(String);
const dateInRange = fc.integer({ min: 0, max: 300 }).map(inDays);
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${h}`.padStart(2, "0") + ":" + `${m}`.padStart(2, "0"));
const email = word.map((w) => `${w.replace(/[^a-z0-9]/gi, "") || "x"}@voorbeeld.nl`);

type Case = {
  name: string;
  actors: ActorLabel[];
  fields: Record<string, fc.Arbitrary<string>>;
  call: (input: FormData | Record<string, unknown>) => Promise<unknown>;
  asObject?: boolean;
  ignoreTables?: string[];
};

/** Records a successful call may remove for good (the AVG erasures), so the world stays whole for the other cases. */
type Spare = {
  userId: string;
  userEmail: string;
  takenEmail: string;
  employerId: string;
  employerName: string;
  invitationId: string;
  /** session 2's room, open (issue 26) */
  roomId: string;
  /** a candidate after the intake, and a cohort to start in (ADR 034) */
  candidateId: string;
  cohortId: string;
  /** a certificate of the expert behind takenEmail (issue 27): revoking it is for good */
  certificateId: string;
};

function cases(w: World, spare: Spare): Case[] {
  const spareUserId = spare.userId;
  const id = (value: string) => fc.oneof(fc.constant(value), fc.constant(`${value}x`));
  const trajectId = id(w.trajectId);
  const code = { trajectId, version: smallInt(4) };
  const op = (name: string) => ({ op: fc.constant(name) });
  const gedragscode = (fields: Record<string, fc.Arbitrary<string>>): Omit<Case, "name"> => ({
    actors: ["trainer", "employerUser", "employerDirectie"],
    fields,
    call: (fd) => gedragscodeAction(null, fd as FormData),
  });
  return [
    {
      name: "createTrajectAction",
      actors: ["trainer"],
      fields: {
        employerId: fc.constantFrom(w.f.employer.id, ""),
        employerName: word,
        employerSector: word,
        werkvloerName: word,
        motivation: word,
        plannedSessionCount: fc.constantFrom("1", "2", "3"),
        contactKeyPersonId: fc.constantFrom(w.keyPersonId, "", "onbekend"),
      },
      call: (fd) => createTrajectAction(null, fd as FormData),
    },
    // employers, werkvloeren and key persons
    {
      name: "createEmployerAction",
      actors: ["trainer", "otherTrainer"],
      fields: { name: word, sector: word, city: word, kvkNumber: fc.constantFrom("", "12345678", "1234 5678", "123"), werkvloerName: word },
      call: (fd) => createEmployerAction(null, fd as FormData),
    },
    {
      name: "updateEmployerAction",
      actors: ["trainer", "admin", "otherTrainer"],
      fields: {
        employerId: id(w.f.employer.id),
        version: smallInt(3),
        name: word,
        sector: word,
        city: word,
        kvkNumber: fc.constantFrom("", "87654321", "abc"),
      },
      call: (fd) => updateEmployerAction(null, fd as FormData),
    },
    {
      name: "reassignEmployerAction",
      actors: ["admin", "trainer"],
      fields: { employerId: id(w.f.employer.id), trainerId: fc.constantFrom(w.actors.otherTrainer.id, w.actors.admin.id, "") },
      call: (fd) => reassignEmployerAction(null, fd as FormData),
    },
    {
      name: "addWerkvloerAction",
      actors: ["trainer", "admin", "otherTrainer"],
      fields: { employerId: id(w.f.employer.id), name: word },
      call: (fd) => addWerkvloerAction(null, fd as FormData),
    },
    {
      name: "renameWerkvloerAction",
      actors: ["trainer", "otherTrainer"],
      fields: { werkvloerId: id(w.werkvloerId), name: word },
      call: (fd) => renameWerkvloerAction(null, fd as FormData),
    },
    {
      name: "setWerkvloerArchivedAction",
      actors: ["trainer", "otherTrainer"],
      fields: { werkvloerId: id(w.werkvloerId), archived: fc.constantFrom("true", "false", "ja") },
      call: (fd) => setWerkvloerArchivedAction(null, fd as FormData),
    },
    {
      name: "addKeyPersonAction",
      actors: ["trainer", "admin", "otherTrainer"],
      fields: {
        employerId: id(w.f.employer.id),
        name: word,
        email,
        function: fc.constantFrom("HR", "DIRECTIE", "ONDERNEMINGSRAAD", "BAAS"),
      },
      call: (fd) => addKeyPersonAction(null, fd as FormData),
    },
    {
      name: "updateKeyPersonAction",
      actors: ["trainer", "otherTrainer"],
      fields: {
        keyPersonId: id(w.keyPersonId),
        version: smallInt(3),
        name: word,
        email,
        function: fc.constantFrom("HR", "ANDERS", "X"),
      },
      call: (fd) => updateKeyPersonAction(null, fd as FormData),
    },
    {
      name: "removeKeyPersonAction",
      actors: ["trainer", "otherTrainer", "employerUser"],
      fields: { keyPersonId: id(w.keyPersonId) },
      call: (fd) => removeKeyPersonAction(null, fd as FormData),
    },
    {
      name: "giveKeyPersonAccountAction",
      actors: ["trainer", "otherTrainer"],
      fields: { keyPersonId: id(w.keyPersonId) },
      call: (fd) => giveKeyPersonAccountAction(null, fd as FormData),
    },
    {
      name: "confirmFirstDirectieAction",
      actors: ["admin", "trainer", "employerDirectie"],
      fields: { keyPersonId: id(w.keyPersonId), version: smallInt(3) },
      call: (fd) => confirmFirstDirectieAction(null, fd as FormData),
    },
    {
      name: "updateTrajectDetailsAction",
      actors: ["trainer", "otherTrainer"],
      fields: {
        trajectId,
        version: smallInt(3),
        motivation: word,
        werkvloerId: id(w.werkvloerId),
        plannedSessionCount: fc.constantFrom("1", "2", "3", "4"),
        contactKeyPersonId: fc.constantFrom(w.keyPersonId, "", "onbekend"),
      },
      call: (fd) => updateTrajectDetailsAction(null, fd as FormData),
    },
    {
      name: "reassignTrajectAction",
      actors: ["admin", "trainer"],
      fields: { trajectId, trainerId: fc.constantFrom(w.actors.otherTrainer.id, w.actors.expertAccepted.id, "") },
      call: (fd) => reassignTrajectAction(null, fd as FormData),
    },
    {
      name: "inviteAction",
      actors: ["trainer"],
      asObject: true,
      // arrays and booleans come from jsonValue's own variations (an array of ids, true/false)
      fields: {
        trajectId,
        deadline: dateInRange,
        keyPersonIds: id(w.keyPersonId),
        otherName: word,
        otherEmail: email,
        otherFunction: fc.constantFrom("HR", "DIRECTIE", "ONDERNEMINGSRAAD", "MEDEWERKER", "MEDEWERKER_OR"),
        saveAsKeyPerson: fc.constantFrom("true", ""),
      },
      call: (raw) => inviteAction(raw),
    },
    {
      name: "invitationRowAction",
      actors: ["trainer"],
      fields: {
        kind: fc.constantFrom("resend", "remind", "revoke", "reopen"),
        invitationId: fc.constantFrom(w.submittedInvitationId, w.draftInvitationId),
      },
      call: (fd) => invitationRowAction(null, fd as FormData),
    },
    { name: "remindAllAction", actors: ["trainer"], fields: { trajectId }, call: (fd) => remindAllAction(null, fd as FormData) },
    {
      name: "resendOwnLinkAction",
      actors: ["employerUser", "employerDirectie"],
      fields: { trajectId },
      call: (fd) => resendOwnLinkAction(null, fd as FormData),
    },
    {
      name: "planSessionAction",
      actors: ["trainer"],
      fields: {
        trajectId,
        number: fc.constantFrom("1", "2", "3"),
        version: smallInt(3),
        date: dateInRange,
        time,
        endTime: time,
        mode: fc.constantFrom("IN_PERSON", "ONLINE", "HYBRIDE"),
        location: word,
        onlineUrl: fc.constantFrom("", "https://meet.voorbeeld.nl/x", "javascript:alert(1)"),
        agenda: word,
        attendees: fc.constantFrom(w.keyPersonId, "", "onbekend"),
        status: fc.constantFrom("PLANNED", "HELD", "CANCELLED"),
      },
      call: (fd) => planSessionAction(null, fd as FormData),
    },
    {
      name: "createCalendarFeedAction",
      actors: ["trainer", "employerUser", "expertAccepted"],
      fields: {},
      call: (fd) => createCalendarFeedAction(null, fd as FormData),
    },
    {
      name: "revokeCalendarFeedAction",
      actors: ["trainer", "admin"],
      fields: {},
      call: (fd) => revokeCalendarFeedAction(null, fd as FormData),
    },
    {
      name: "respondAction",
      actors: ["expertInvited", "expertAccepted", "otherExpert"],
      fields: { trajectId, answer: fc.constantFrom("accept", "decline", "misschien") },
      call: (fd) => respondAction(null, fd as FormData),
    },
    {
      name: "stepBackAction",
      actors: ["expertAccepted", "expertInvited", "trainer"],
      fields: { trajectId, notes: fc.constantFrom("keep", "remove", "") },
      call: (fd) => stepBackAction(null, fd as FormData),
    },
    {
      name: "saveDebriefAction",
      actors: ["trainer", "expertAccepted", "employerUser"],
      fields: {
        trajectId,
        number: fc.constantFrom("1", "2"),
        wentWell: word,
        hard: word,
        takenUp: word,
        followUp: word,
        energy: fc.constantFrom("", "1", "5", "6", "veel"),
        share: fc.constantFrom("on", "", "ja"),
      },
      call: (fd) => saveDebriefAction(null, fd as FormData),
    },
    {
      name: "submitClaimAction",
      actors: ["expertAccepted", "otherExpert", "trainer"],
      fields: {
        trajectId,
        number: fc.constantFrom("1", "2", "4"),
        version: smallInt(3),
        preparationHours: fc.constantFrom("1,5", "-1", "25", "anderhalf", ""),
        sessionHours: fc.constantFrom("3", "0.25", "24", "1e1"),
        travelHours: fc.constantFrom("", "1", "99"),
        travelMode: fc.constantFrom("NONE", "CAR", "PUBLIC_TRANSPORT", "FIETS"),
        kilometres: fc.constantFrom("12", "12,5", "-3", "veel", ""),
        transitCosts: fc.constantFrom("12,50", "€ 3", "1e3", "-2", ""),
        note: word,
      },
      call: (fd) => submitClaimAction(null, fd as FormData),
    },
    // issue 27: training cohorts, attendance, the confirmation and training claims
    {
      name: "saveCohortAction",
      actors: ["admin", "trainer"],
      fields: {
        cohortId: fc.constantFrom(w.cohortId, "onbekend"),
        version: smallInt(2),
        name: word,
        startsOn: dateInRange,
        endsOn: dateInRange,
        topics: fc.constantFrom("PROJECT_EN_ERVARINGEN", "GOEDE_TRAINER", "ZWEMMEN", ""),
      },
      call: (fd) => saveCohortAction(null, fd as FormData),
    },
    {
      name: "setCohortTrainersAction",
      actors: ["admin", "trainer"],
      fields: {
        cohortId: id(w.cohortId),
        version: smallInt(2),
        trainerIds: fc.constantFrom(w.actors.trainer.id, w.actors.expertAccepted.id, ""),
      },
      call: (fd) => setCohortTrainersAction(null, fd as FormData),
    },
    {
      name: "saveTrainingSessionAction",
      actors: ["admin", "trainer"],
      fields: {
        cohortId: id(w.cohortId),
        sessionId: fc.constantFrom("", w.trainingComingId, w.trainingHeldId),
        version: smallInt(2),
        topic: fc.constantFrom("PROJECT_EN_ERVARINGEN", "AANPAK_EN_SCAN", "X"),
        date: dateInRange,
        time,
        endTime: time,
        mode: fc.constantFrom("IN_PERSON", "ONLINE", "HYBRIDE"),
        place: word,
        onlineUrl: fc.constantFrom("", "https://meet.voorbeeld.nl/x", "javascript:alert(1)"),
      },
      call: (fd) => saveTrainingSessionAction(null, fd as FormData),
    },
    {
      name: "cancelTrainingSessionAction",
      actors: ["admin", "trainer"],
      fields: { cohortId: id(w.cohortId), sessionId: fc.constantFrom(w.trainingComingId, w.trainingHeldId), version: smallInt(2) },
      call: (fd) => cancelTrainingSessionAction(null, fd as FormData),
    },
    {
      name: "addCohortParticipantAction",
      actors: ["admin", "trainer"],
      fields: { cohortId: id(w.cohortId), userId: fc.constantFrom(w.spareExpertId, w.actors.expertAccepted.id, w.actors.trainer.id, "") },
      call: (fd) => addCohortParticipantAction(null, fd as FormData),
    },
    {
      name: "recordAttendanceAction",
      actors: ["admin", "trainer", "otherTrainer", "expertAccepted"],
      fields: {
        cohortId: id(w.cohortId),
        sessionId: fc.constantFrom(w.trainingHeldId, w.trainingComingId, "onbekend"),
        [`aanwezig-${w.cohortParticipantId}`]: fc.constantFrom("ja", "nee", "misschien", ""),
      },
      call: (fd) => recordAttendanceAction(null, fd as FormData),
    },
    {
      name: "confirmCompletionAction",
      actors: ["admin", "trainer"],
      fields: { cohortId: id(w.cohortId), participantId: id(w.cohortParticipantId), version: smallInt(2) },
      call: (fd) => confirmCompletionAction(null, fd as FormData),
    },
    {
      name: "submitTrainingClaimAction",
      actors: ["expertAccepted", "otherExpert", "trainer"],
      fields: {
        trainingSessionId: fc.constantFrom(w.trainingHeldId, w.trainingComingId),
        version: smallInt(2),
        sessionHours: fc.constantFrom("3", "0.25", "24", "1e1", ""),
        travelMode: fc.constantFrom("NONE", "CAR", "FIETS"),
        kilometres: fc.constantFrom("12", "-3", ""),
        note: word,
      },
      call: (fd) => submitTrainingClaimAction(null, fd as FormData),
    },
    {
      name: "approveClaimAction",
      actors: ["trainer", "otherTrainer", "employerUser"],
      fields: { claimId: id(w.claimId), version: smallInt(3) },
      call: (fd) => approveClaimAction(null, fd as FormData),
    },
    {
      name: "approveClaimAdminAction",
      actors: ["admin", "trainer"],
      fields: { claimId: id(w.claimId), version: smallInt(3) },
      call: (fd) => approveClaimAdminAction(null, fd as FormData),
    },
    {
      name: "markClaimPaidAction",
      actors: ["admin", "trainer"],
      fields: { claimId: id(w.approvedClaimId), version: smallInt(3) },
      call: (fd) => markClaimPaidAction(null, fd as FormData),
    },
    {
      name: "setRatesAction",
      actors: ["admin", "trainer"],
      fields: { version: smallInt(3), hourly: fc.constantFrom("15,00", "-1", "veel", ""), perKm: fc.constantFrom("0,23", "0.3", "1e2") },
      call: (fd) => setRatesAction(null, fd as FormData),
    },
    {
      name: "setCapAction",
      actors: ["admin", "expertAccepted"],
      fields: { expertId: id(w.actors.expertAccepted.id), yearly: fc.constantFrom("2000,00", "", "-5", "veel") },
      call: (fd) => setCapAction(null, fd as FormData),
    },
    {
      name: "saveOrganisationAction",
      actors: ["admin", "trainer"],
      fields: {
        version: smallInt(3),
        programmeName: word,
        name: word,
        shortName: fc.constantFrom("OadS", "", "een veel te lange korte naam"),
        ownerName: word,
        initiativeLine: fc.constantFrom("Een initiatief van Samen aan het Werk.", "Initiatief van niemand", ""),
        contactEmail: fc.constantFrom("", "info@voorbeeld.nl", "geen adres"),
        contactPhone: fc.constantFrom("", "030 123 45 67", "bel me"),
        website: fc.constantFrom("", "https://voorbeeld.nl", "javascript:alert(1)"),
        mailFromName: fc.constantFrom("", "Weerbaar", 'Naam "met" <haken>'),
        mailFromAddress: fc.constantFrom("", "noreply@voorbeeld.nl", "x"),
        replyToAddress: fc.constantFrom("", "vragen@voorbeeld.nl", "@"),
      },
      call: (fd) => saveOrganisationAction(null, fd as FormData),
    },
    {
      name: "setLogoAction",
      actors: ["admin", "trainer"],
      fields: { version: smallInt(3), logo: word },
      call: (fd) => setLogoAction(null, fd as FormData),
    },
    {
      name: "removeLogoAction",
      actors: ["admin", "trainer"],
      fields: { version: smallInt(3) },
      call: (fd) => removeLogoAction(null, fd as FormData),
    },
    {
      name: "createGuidelineAction",
      actors: ["admin", "trainer"],
      fields: { kind: fc.constantFrom("DO", "DONT", "MAYBE"), text: word },
      call: (fd) => createGuidelineAction(null, fd as FormData),
    },
    {
      name: "updateGuidelineAction",
      actors: ["admin", "trainer"],
      fields: {
        id: id(w.guidelineId),
        version: smallInt(3),
        kind: fc.constantFrom("DO", "DONT", ""),
        text: word,
        active: fc.constantFrom("on", "", "ja"),
      },
      call: (fd) => updateGuidelineAction(null, fd as FormData),
    },
    {
      name: "saveTermListAction",
      actors: ["admin", "trainer"],
      fields: { strong: fc.constantFrom("depressi*\nlithium", "", "# kop"), near: word, version: smallInt(3) },
      call: (fd) => saveTermListAction(null, fd as FormData),
    },
    // issue 26: "Sessie afronden" (the summary mailed once; a second time is a conflict)
    {
      name: "summariseRoomAction",
      actors: ["trainer", "expertAccepted", "employerUser"],
      fields: { trajectId, roomId: id(spare.roomId), version: smallInt(4) },
      call: (fd) => summariseRoomAction(null, fd as FormData),
    },
    {
      name: "recordPresenceAction",
      actors: ["trainer", "otherTrainer"],
      fields: { trajectId, number: fc.constantFrom("1", "2", "4"), present: fc.constantFrom(w.keyPersonId, "", "onbekend") },
      call: (fd) => recordPresenceAction(null, fd as FormData),
    },
    {
      name: "setStatusAction",
      actors: ["trainer"],
      fields: { trajectId, status: fc.constantFrom("SCAN_OPEN", "SCAN_CLOSED", "CLOSED", "CANCELLED"), version: smallInt(4) },
      call: (fd) => setStatusAction(null, fd as FormData),
    },
    {
      name: "closeScanAction",
      actors: ["trainer", "expertAccepted"],
      fields: { trajectId, version: smallInt(3), submitted: smallInt(3) },
      call: (fd) => closeScanAction(null, fd as FormData),
    },
    {
      name: "undoHeldAction",
      actors: ["trainer", "otherTrainer"],
      fields: { trajectId, number: fc.constantFrom("1", "2", "4"), version: smallInt(3) },
      call: (fd) => undoHeldAction(null, fd as FormData),
    },
    {
      name: "assignExpertAction",
      actors: ["trainer"],
      fields: { trajectId, expertId: id(w.spareExpertId) },
      call: (fd) => assignExpertAction(null, fd as FormData),
    },
    {
      name: "withdrawExpertAction",
      actors: ["trainer"],
      fields: { trajectId, expertId: id(w.actors.expertInvited.id) },
      call: (fd) => withdrawExpertAction(null, fd as FormData),
    },
    {
      name: "createAnnotationAction",
      actors: ["expertAccepted"],
      fields: {
        trajectId,
        themeKey: fc.constantFrom("T1", "T2"),
        itemKey: fc.constantFrom("", "1.1"),
        body: word,
        visibility: fc.constantFrom("PRIVATE", "TANDEM"),
      },
      call: (fd) => createAnnotationAction(null, fd as FormData),
    },
    {
      name: "updateAnnotationAction",
      actors: ["expertAccepted"],
      fields: { annotationId: id(w.annotationId), body: word, visibility: fc.constantFrom("PRIVATE", "EMPLOYER"), version: smallInt(4) },
      call: (fd) => updateAnnotationAction(null, fd as FormData),
    },
    {
      name: "deleteAnnotationAction",
      actors: ["expertAccepted"],
      fields: { annotationId: fc.constant(`${w.annotationId}x`) },
      call: (fd) => deleteAnnotationAction(null, fd as FormData),
    },
    {
      name: "gedragscodeAction:addClause",
      ...gedragscode({
        ...op("addClause"),
        ...code,
        section: fc.constantFrom("BORGING", "GEDRAG"),
        title: word,
        body: word,
        themeKey: fc.constantFrom("", "T1"),
        owner: word,
      }),
    },
    { name: "gedragscodeAction:removeClause", ...gedragscode({ ...op("removeClause"), ...code, clauseId: id(w.clauseId) }) },
    { name: "gedragscodeAction:preamble", ...gedragscode({ ...op("preamble"), ...code, preamble: word }) },
    {
      name: "gedragscodeAction:editClause",
      ...gedragscode({
        ...op("editClause"),
        ...code,
        clauseId: id(w.clauseId),
        section: fc.constantFrom("BORGING", "GEDRAG"),
        title: word,
        body: word,
        owner: word,
        startDate: dateInRange,
        keepMine: fc.constantFrom("", "on", "ja"),
      }),
    },
    { name: "gedragscodeAction:moveClause", ...gedragscode({ ...op("moveClause"), trajectId, clauseId: id(w.clauseId), to: smallInt(4) }) },
    {
      name: "gedragscodeAction:restore",
      ...gedragscode({
        ...op("restore"),
        trajectId,
        revisionId: id(w.revisionId),
        version: fc.constantFrom("", "1", "2", "x"),
        keepMine: fc.constantFrom("", "on", "ja"),
      }),
    },
    {
      name: "gedragscodeAction:dismissProposal",
      ...gedragscode({
        ...op("dismissProposal"),
        trajectId,
        key: fc.constantFrom("principle:uitgangspunt-rolzuiverheid", "theme:T1:OR-99", ""),
      }),
    },
    {
      name: "gedragscodeAction:showProposal",
      ...gedragscode({ ...op("showProposal"), trajectId, key: fc.constantFrom("principle:uitgangspunt-rolzuiverheid", "onbekend", "") }),
    },
    {
      name: "gedragscodeAction:adoptProposal",
      ...gedragscode({
        ...op("adoptProposal"),
        trajectId,
        proposalKey: fc.constantFrom("principle:uitgangspunt-rolzuiverheid", "theme:T1:OR-99", ""),
        section: fc.constantFrom("UITGANGSPUNTEN", "GEDRAG"),
        title: word,
        body: word,
        themeKey: fc.constantFrom("", "T1"),
      }),
    },
    {
      name: "gedragscodeAction:acceptProposals",
      ...gedragscode({
        ...op("acceptProposals"),
        trajectId,
        proposals: fc.constantFrom("principle:uitgangspunt-rolzuiverheid", "theme:T1:OR-99", ""),
      }),
    },
    { name: "gedragscodeAction:signers", ...gedragscode({ ...op("signers"), trajectId, signers: id(w.keyPersonId) }) },
    {
      name: "gedragscodeAction:sign",
      ...gedragscode({
        ...op("sign"),
        trajectId,
        contentHash: fc.constantFrom("0".repeat(64), "abc", ""),
        consentToReuse: fc.constantFrom("on", "", "ja"),
      }),
    },
    { name: "gedragscodeAction:signingLink", ...gedragscode({ ...op("signingLink"), trajectId, keyPersonId: id(w.keyPersonId) }) },
    { name: "gedragscodeAction:requestSignatures", ...gedragscode({ ...op("requestSignatures"), trajectId }) },
    { name: "gedragscodeAction:reopen", ...gedragscode({ ...op("reopen"), trajectId, confirm: fc.constantFrom("on", "", "ja") }) },
    {
      name: "gedragscodeAction:confirmSigners",
      ...gedragscode({ ...op("confirmSigners"), trajectId, signersHash: fc.constantFrom("0".repeat(64), "abc", "") }),
    },
    {
      name: "gedragscodeAction:confirmDirectie",
      ...gedragscode({ ...op("confirmDirectie"), trajectId, keyPersonId: id(w.keyPersonId), version: smallInt(3) }),
    },
    {
      name: "gedragscodeAction:worksCouncil",
      ...gedragscode({ ...op("worksCouncil"), trajectId, hasWorksCouncil: fc.constantFrom("ja", "nee", "misschien", "") }),
    },
    {
      name: "gedragscodeAction:addStep",
      // the health-data check's one field: "bewaren" or nothing; anything else is refused like any unknown option
      ...gedragscode({
        ...op("addStep"),
        trajectId,
        text: word,
        owner: word,
        dueDate: dateInRange,
        gezondheidscheck: fc.constantFrom("bewaren", "", "ja"),
      }),
    },
    {
      name: "gedragscodeAction:removeStep",
      ...gedragscode({ ...op("removeStep"), trajectId, nextStepId: fc.constant(`${w.nextStepId}x`) }),
    },
    {
      name: "changePasswordAction",
      actors: ["otherTrainer"],
      asObject: true,
      fields: {
        current: fc.constant(FACTORY_PASSWORD),
        password: fc.constant("een-lang-nieuw-wachtwoord"),
        confirm: fc.constant("een-ander-wachtwoord!"),
      },
      call: (raw) => changePasswordAction(raw),
      ignoreTables: ["SecurityLimit"], // guessing the current password is counted, by design
    },
    // the second factor: an expert's own (optional, so refusals leave the admin's and trainers' alone)
    { name: "startTotpAction", actors: ["otherExpert"], fields: {}, call: (fd) => startTotpAction(null, fd as FormData) },
    {
      name: "confirmTotpAction",
      actors: ["otherExpert"],
      fields: { code: fc.oneof(fc.string({ maxLength: 8 }), smallInt(999999)) },
      call: (fd) => confirmTotpAction(null, fd as FormData),
      ignoreTables: ["SecurityLimit"], // guessing a code is counted, by design
    },
    {
      name: "regenerateRecoveryCodesAction",
      actors: ["otherExpert"],
      fields: {},
      call: (fd) => regenerateRecoveryCodesAction(null, fd as FormData),
    },
    {
      name: "disableTotpAction",
      actors: ["otherExpert"],
      fields: { password: fc.constantFrom(FACTORY_PASSWORD, "", "fout"), code: fc.oneof(fc.constant(""), smallInt(999999)) },
      call: (fd) => disableTotpAction(null, fd as FormData),
      ignoreTables: ["SecurityLimit"],
    },
    {
      name: "resetSecondFactorAction",
      actors: ["admin"],
      fields: { userId: id(spareUserId) },
      call: (fd) => resetSecondFactorAction(null, fd as FormData),
    },
    {
      name: "createUserAction",
      actors: ["admin"],
      asObject: true,
      fields: {
        name: word,
        email,
        role: fc.constantFrom("EMPLOYER", "EXPERT"),
        employerId: fc.constant(w.f.employer.id),
        employerFunction: fc.constantFrom("HR", "DIRECTIE"),
      },
      call: (raw) => createUserAction(raw),
    },
    {
      name: "sendAccountLinkAction",
      actors: ["admin"],
      fields: { userId: id(spareUserId) },
      call: (fd) => sendAccountLinkAction(null, fd as FormData),
    },
    {
      name: "requestEmailChangeAction",
      actors: ["admin"],
      // a new address, the account's own, another account's
      fields: { userId: id(spareUserId), email: fc.oneof(email, fc.constant(spare.userEmail), fc.constant(spare.takenEmail)) },
      call: (fd) => requestEmailChangeAction(null, fd as FormData),
    },
    {
      name: "setUserActiveAction",
      actors: ["admin"],
      fields: { userId: id(spareUserId), active: fc.constantFrom("true", "false") },
      call: (fd) => setUserActiveAction(null, fd as FormData),
    },
    {
      name: "eraseEmployerAction",
      actors: ["admin"],
      fields: { employerId: id(spare.employerId), confirmName: fc.constantFrom(spare.employerName, `${spare.employerName} BV`) },
      call: (fd) => eraseEmployerAction(null, fd as FormData),
    },
    {
      name: "eraseRespondentAction",
      actors: ["admin"],
      fields: { invitationId: id(spare.invitationId) },
      call: (fd) => eraseRespondentAction(null, fd as FormData),
    },
    { name: "applyRetentionAction", actors: ["admin"], fields: {}, call: (fd) => applyRetentionAction(null, fd as FormData) },
    // candidates (ADR 034): the address of an account or another candidate, "anders" with and without words
    {
      name: "createCandidateAction",
      actors: ["admin", "trainer"],
      fields: {
        name: word,
        email: fc.oneof(email, fc.constant(spare.takenEmail)),
        phone: fc.constantFrom("", "06 12345678", "bel me"),
        channel: fc.constantFrom("ONLINE", "ANDERS", "KRANT"),
        channelOther: fc.constantFrom("", "Een lezing", "Via Ahmed, die een psychose had"),
        gezondheidscheck: fc.constantFrom("bewaren", "ja"),
      },
      call: (fd) => createCandidateAction(null, fd as FormData),
    },
    {
      name: "updateCandidateAction",
      actors: ["admin"],
      fields: {
        candidateId: id(spare.candidateId),
        version: smallInt(3),
        name: word,
        email: fc.oneof(email, fc.constant(spare.takenEmail)),
        channel: fc.constantFrom("VIA_VIA", "ANDERS"),
        channelOther: fc.constantFrom("", "Een folder"),
      },
      call: (fd) => updateCandidateAction(null, fd as FormData),
    },
    {
      name: "moveCandidateAction",
      actors: ["admin"],
      fields: {
        candidateId: id(spare.candidateId),
        version: smallInt(3),
        move: fc.constantFrom("intake", "intakeUndo", "stop", "stopUndo", "toString"),
      },
      call: (fd) => moveCandidateAction(null, fd as FormData),
    },
    {
      name: "startCandidateAction",
      actors: ["admin"],
      fields: { candidateId: id(spare.candidateId), version: smallInt(3), cohortId: id(spare.cohortId) },
      call: (fd) => startCandidateAction(null, fd as FormData),
    },
    {
      name: "eraseCandidateAction",
      actors: ["admin"],
      fields: { candidateId: id(spare.candidateId) },
      call: (fd) => eraseCandidateAction(null, fd as FormData),
    },
    { name: "removeDemoAction", actors: ["admin"], fields: {}, call: (fd) => removeDemoAction(null, fd as FormData) },
    {
      name: "createSolutionAction",
      actors: ["admin"],
      fields: {
        title: word,
        description: fc.string({ minLength: 10, maxLength: 60 }),
        themes: fc.constantFrom("T1", "T2", "T99"),
        forAllThemes: fc.constantFrom("on", ""),
      },
      call: (fd) => createSolutionAction(null, fd as FormData),
    },
    {
      name: "updateSolutionAction",
      actors: ["admin"],
      fields: {
        key: fc.constantFrom("OR-01", "OR-99", "or-01"),
        version: smallInt(3),
        title: word,
        description: fc.string({ minLength: 10, maxLength: 60 }),
        themes: fc.constantFrom("T1", "T3"),
      },
      call: (fd) => updateSolutionAction(null, fd as FormData),
    },
    {
      name: "setSolutionActiveAction",
      actors: ["admin"],
      fields: { key: fc.constantFrom("OR-02", "OR-999"), version: smallInt(3), active: fc.constantFrom("true", "false") },
      call: (fd) => setSolutionActiveAction(null, fd as FormData),
    },
    {
      name: "saveOwnProfileAction",
      actors: ["expertAccepted", "otherExpert"],
      fields: {
        experienceThemes: fc.constantFrom("T1", "T4", "T99"),
        region: word,
        slots: fc.constantFrom("di-ochtend", "zo-nacht"),
        availability: word,
        bio: word,
        version: smallInt(3),
      },
      call: (fd) => saveOwnProfileAction(null, fd as FormData),
    },
    // the expert's own pace (ADR 037): a window that ends before it starts, or already ended, is refused
    {
      name: "setOwnPauseAction",
      actors: ["expertAccepted", "otherExpert"],
      fields: {
        from: fc.oneof(dateInRange, fc.constantFrom(inDays(-3), "2027-02-30")),
        end: fc.constantFrom("date", "open", "altijd"),
        until: fc.oneof(dateInRange, fc.constantFrom("", inDays(-1))),
        version: smallInt(3),
      },
      call: (fd) => setOwnPauseAction(null, fd as FormData),
    },
    {
      name: "endOwnPauseAction",
      actors: ["expertAccepted", "otherExpert"],
      fields: { version: smallInt(3) },
      call: (fd) => endOwnPauseAction(null, fd as FormData),
    },
    {
      name: "setOwnLimitAction",
      actors: ["expertAccepted", "otherExpert"],
      fields: { maxActiveTrajects: fc.constantFrom("geen", "1", "10", "0", "11", "2.5"), version: smallInt(3) },
      call: (fd) => setOwnLimitAction(null, fd as FormData),
    },
    {
      name: "setExpertStatusAction",
      actors: ["admin"],
      fields: {
        userId: id(w.actors.expertAccepted.id),
        field: fc.constantFrom("certified", "paused", "role"),
        value: fc.constantFrom("true", "false"),
      },
      call: (fd) => setExpertStatusAction(null, fd as FormData),
    },
    {
      name: "revokeCertificateAction",
      actors: ["admin"],
      fields: { certificateId: id(spare.certificateId) },
      call: (fd) => revokeCertificateAction(null, fd as FormData),
    },
    {
      name: "runJobNowAction",
      actors: ["admin"],
      fields: { job: fc.constantFrom("mail", "retention", "onbekend") },
      call: (fd) => runJobNowAction(null, fd as FormData),
    },
    {
      name: "retryFailedMailAction",
      actors: ["admin"],
      fields: { mailId: id(w.failedMailId) },
      call: (fd) => retryFailedMailAction(null, fd as FormData),
    },
    { name: "sendTestMailAction", actors: ["admin"], fields: {}, call: (fd) => sendTestMailAction(null, fd as FormData) },
    {
      name: "requestPasswordResetAction",
      actors: ["trainer"],
      fields: { email: fc.oneof(email, fc.constant(spare.userEmail)) },
      call: async (fd) => {
        const result = await requestPasswordResetAction(null, fd as FormData);
        await Promise.all(afterTasks.splice(0));
        return result;
      },
      ignoreTables: ["RateLimit"], // every request is counted, by design
    },
    // issue 23: the login form without JavaScript (never signs in here: the passwords are made up)
    {
      name: "loginAction",
      actors: ["trainer"],
      fields: {
        email: fc.oneof(email, fc.constant(spare.userEmail)),
        password: word,
        code: fc.constantFrom("", "123456", "abcd-efgh-ijkl"),
      },
      call: (fd) => loginAction(null, fd as FormData),
      ignoreTables: ["RateLimit", "SecurityLimit", "AuditEvent"], // every attempt is counted, and a wrong one recorded, by design
    },
    // issue 13: follow-up steps
    {
      name: "setStepStatusAction",
      actors: ["trainer", "employerUser", "employerDirectie", "expertAccepted"],
      fields: {
        trajectId,
        kind: fc.constantFrom("step", "clause", "afspraak"),
        id: fc.constantFrom(w.nextStepId, w.clauseId, `${w.nextStepId}x`),
        status: fc.constantFrom("OPEN", "BEZIG", "KLAAR", "LOSGELATEN", "MISSCHIEN"),
        note: word,
        version: smallInt(3),
      },
      call: (fd) => setStepStatusAction(null, fd as FormData),
    },
    {
      name: "addFollowUpStepAction",
      actors: ["trainer", "employerUser", "admin"],
      fields: {
        trajectId,
        text: word,
        owner: fc.constantFrom("", "HR", "DIRECTIE", "TRAINER", "BAAS"),
        dueDate: fc.oneof(dateInRange, fc.constantFrom("", "2026-02-30", "1999-12-31", "morgen")),
      },
      call: (fd) => addFollowUpStepAction(null, fd as FormData),
    },
    // issue 13: follow-up moment, scan rounds and the traject's debrief
    {
      name: "setFollowUpMomentAction",
      actors: ["trainer", "employerUser", "expertAccepted"],
      fields: {
        trajectId,
        date: fc.oneof(dateInRange, fc.constantFrom("", "2026-02-30", "1999-12-31", "morgen")),
        current: fc.oneof(dateInRange, fc.constantFrom("", "2026-13-01")),
      },
      call: (fd) => setFollowUpMomentAction(null, fd as FormData),
    },
    {
      name: "startFollowUpRoundAction",
      actors: ["trainer", "employerUser", "admin"],
      fields: {
        trajectId,
        questionnaireId: fc.constantFrom(w.f.questionnaire.id, `${w.f.questionnaire.id}x`, ""),
        deadline: fc.oneof(dateInRange, fc.constantFrom("", "2026-02-30", "gisteren")),
        reinvite: fc.constantFrom("on", "", "ja"),
      },
      call: (fd) => startFollowUpRoundAction(null, fd as FormData),
    },
    {
      name: "closeFollowUpRoundAction",
      actors: ["trainer", "employerDirectie"],
      fields: { trajectId, round: fc.constantFrom("1", "2", "0", "-1", "99999999999", "twee") },
      call: (fd) => closeFollowUpRoundAction(null, fd as FormData),
    },
    {
      name: "saveTrajectDebriefAction",
      actors: ["trainer", "expertAccepted", "employerUser"],
      fields: { trajectId, whatWorked: word, version: smallInt(2) },
      call: (fd) => saveTrajectDebriefAction(null, fd as FormData),
    },
    // session 2's room: the facilitator's controls (ADR 029)
    ...roomCases(w, trajectId, id),
  ];
}

function roomCases(w: World, trajectId: fc.Arbitrary<string>, id: (value: string) => fc.Arbitrary<string>): Case[] {
  const actors: ActorLabel[] = ["trainer", "expertAccepted", "employerUser"];
  const room = { trajectId, roomId: id(w.roomId) };
  const cardId = fc.constantFrom(...w.roomCardIds, "onbekend");
  return [
    {
      name: "openRoomAction",
      actors,
      fields: { trajectId, number: fc.constantFrom("1", "2", "4", "x") },
      call: (fd) => openRoomAction(null, fd as FormData),
    },
    { name: "closeRoomAction", actors, fields: room, call: (fd) => closeRoomAction(null, fd as FormData) },
    {
      name: "votingAction",
      actors,
      fields: {
        ...room,
        voting: fc.constantFrom("NONE", "PUNTEN", "AFSPRAKEN", "ALLES"),
        votesPerPerson: smallInt(12),
        version: smallInt(2),
      },
      call: (fd) => votingAction(null, fd as FormData),
    },
    { name: "groupAction", actors, fields: { ...room, cardIds: cardId, title: word }, call: (fd) => groupAction(null, fd as FormData) },
    { name: "ungroupAction", actors, fields: { ...room, cardId }, call: (fd) => ungroupAction(null, fd as FormData) },
    {
      name: "hideAction",
      actors,
      fields: { ...room, cardId, hidden: fc.constantFrom("true", "false", "ja") },
      call: (fd) => hideAction(null, fd as FormData),
    },
    {
      name: "toClauseAction",
      actors,
      fields: { ...room, cardId, title: word, gezondheidscheck: fc.constantFrom("", "bewaren", "ja") },
      call: (fd) => toClauseAction(null, fd as FormData),
    },
  ];
}

/** One run: a case, an actor (or no session), its fields (valid or hostile) and some extra fields. */
function runArbitrary(w: World, all: Case[]) {
  return fc
    .constantFrom(...all)
    .chain((c) =>
      fc.record({
        c: fc.constant(c),
        actor: fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...c.actors) },
          { weight: 1, arbitrary: fc.constantFrom<ActorLabel | null>("otherEmployer", null) },
        ),
        fields: fc.record(Object.fromEntries(Object.entries(c.fields).map(([k, v]) => [k, c.asObject ? jsonValue(v) : fieldValue(v)]))),
        extra: extraFields,
      }),
    )
    .map((run) => ({ ...run, actorId: run.actor ? w.actors[run.actor].id : null }));
}

describe("fuzzing every way in", () => {
  let w: World;
  let spare: Spare;
  let judge: Judge;

  // A fresh world per property (the test database is emptied before each test).
  beforeEach(async () => {
    w = await makeWorld(t);
    const employer = await makeEmployer(t.prisma);
    const spareUser = await makeUser(t.prisma, "TRAINER");
    const spareExpert = await makeUser(t.prisma, "EXPERT");
    spare = {
      userId: spareUser.id,
      userEmail: spareUser.email,
      takenEmail: spareExpert.email,
      certificateId: (await t.prisma.certificate.findFirstOrThrow({ where: { userId: spareExpert.id } })).id,
      employerId: employer.id,
      employerName: employer.name,
      invitationId: (await makeSubmittedResponse(t.prisma, w.f, { answers: { "1.1": 2 } })).invitationId,
      roomId: (await makeRoom(t.prisma, w.trajectId)).id,
      candidateId: (
        await t.prisma.expertCandidate.create({
          data: { name: "Kandidaat Fuzz", email: "kandidaat-fuzz@voorbeeld.nl", channel: "ONLINE", status: "INTAKE_HELD" },
        })
      ).id,
      cohortId: (
        await t.prisma.cohort.create({
          data: { name: "Cohort fuzz", startsOn: new Date(), endsOn: new Date(Date.now() + 30 * 86400_000), topics: ["AANPAK_EN_SCAN"] },
        })
      ).id,
    };
    judge = new Judge(t);
  });

  it(
    "signed-in server actions: refused without a trace, never a server error",
    async () => {
      await judge.start();
      const all = cases(w, spare);
      await fc.assert(
        fc.asyncProperty(runArbitrary(w, all), async ({ c, actorId, fields, extra }) => {
          session.userId = actorId;
          const input = c.asObject ? { ...extra, ...fields } : toFormData(fields as Fields, extra);
          const result = await outcome(() => c.call(input));
          await judge.check(result, c.ignoreTables);
          const names = Object.keys(c.fields);
          const poisonedField = input instanceof FormData ? hasPoisonedField(input, names) : names.some((n) => isPoisoned(fields[n]));
          if (actorId && poisonedField) expect(result.code).toBe("VALIDATION");
        }),
        { numRuns: runsFor(0.46) },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "no session: account activation, confirming a new e-mail address; the questionnaire import and the logo upload",
    async () => {
      await judge.start();
      const questionnaireText = fc.oneof(
        hostileString,
        fc.tuple(fc.constantFrom(...FORBIDDEN_CHARACTERS), fc.nat(2)).map(([c, at]) => {
          const copy = structuredClone(questionnaireJson);
          if (at === 0) copy.title += c;
          else if (at === 1) copy.themes[0]!.items[0]!.text += c;
          else copy.themes[1]!.title = c;
          return JSON.stringify(copy);
        }),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.record({
              kind: fc.constant("activate" as const),
              raw: fc.record({
                token: jsonValue(fc.base64String({ minLength: 44, maxLength: 44 })),
                password: jsonValue(word),
                confirm: jsonValue(word),
              }),
            }),
            fc.record({
              kind: fc.constant("confirmEmail" as const),
              token: fc.oneof(fc.base64String({ minLength: 44, maxLength: 44 }), hostileString),
            }),
            fc.record({
              kind: fc.constant("logo" as const),
              // garbage, and garbage behind a PNG's or a JPEG's first bytes (no real image)
              bytes: fc.oneof(
                fc.uint8Array({ maxLength: 64 }),
                fc.uint8Array({ maxLength: 64 }).map((b) => new Uint8Array([...LOGO_PNG.subarray(0, 8), ...b])),
                fc.uint8Array({ maxLength: 64 }).map((b) => new Uint8Array([0xff, 0xd8, 0xff, ...b])),
              ),
            }),
            fc.record({
              kind: fc.constant("import" as const),
              text: questionnaireText,
              name: fc.oneof(fc.constant("vragenlijst.json"), hostileString),
            }),
          ),
          async (run) => {
            if (run.kind === "activate") {
              session.userId = null;
              await judge.check(await outcome(() => activateAccountAction(run.raw)));
            } else if (run.kind === "confirmEmail") {
              session.userId = null;
              const form = new FormData();
              form.append("token", run.token);
              const result = await outcome(() => confirmEmailChangeAction(null, form));
              await judge.check(result);
              expect(result.accepted).toBe(false);
            } else if (run.kind === "logo") {
              session.userId = w.actors.admin.id;
              const form = new FormData();
              form.append("version", "1");
              form.append("logo", logoFile(run.bytes));
              const result = await outcome(() => setLogoAction(null, form));
              await judge.check(result);
              expect(result.accepted).toBe(false);
            } else {
              session.userId = w.actors.admin.id;
              const form = new FormData();
              form.append("file", new File([run.text], run.name.slice(0, 200), { type: "application/json" }));
              const result = await outcome(() => importQuestionnaireAction(null, form));
              await judge.check(result);
              expect(result.accepted).toBe(false);
            }
          },
        ),
        { numRuns: runsFor(0.07) },
      );
    },
    FUZZ_TIMEOUT,
  );

  const token = () =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(w.draftToken) },
      { weight: 1, arbitrary: hostileString },
      { weight: 1, arbitrary: fc.constantFrom(...FORBIDDEN_CHARACTERS).map((c) => w.draftToken + c) },
    );
  const revision = fieldValue(smallInt(3));
  const answer = fieldValue(fc.constantFrom("1", "2", "3", "4", "5", "dontKnow", ""));

  it(
    "the respondent's no-JavaScript forms",
    async () => {
      // A form is posted from a page that opened the link (recording the first open); open it once
      // here too, so what each post changes is its answers alone.
      await openScan(w.draftToken);
      await judge.start();
      const themes = questionnaireJson.themes;
      const themeForm = fc.nat(themes.length - 1).chain((index) => {
        const theme = themes[index]!;
        const note = themeNoteKey(theme.key);
        const fields: Record<string, fc.Arbitrary<unknown>> = {
          [noteField(note)]: fieldValue(word),
          [revisionField(note)]: revision,
          intent: fieldValue(fc.constantFrom("next", "prev", "review", "goto:2")),
        };
        for (const item of theme.items.slice(0, 3)) {
          fields[answerField(item.key)] = answer;
          fields[revisionField(item.key)] = revision;
        }
        return fc.record({
          kind: fc.constant("theme" as const),
          index: fc.constant(index),
          token: token(),
          fields: fc.record(fields) as fc.Arbitrary<Fields>,
          extra: extraFields,
        });
      });
      const closingFields: Record<string, fc.Arbitrary<unknown>> = {
        [SELF_GRADE_FIELD]: fieldValue(smallInt(10)),
        [revisionField(SELF_GRADE_FIELD)]: revision,
      };
      for (const q of questionnaireJson.openQuestions) closingFields[noteField(openNoteKey(q.key))] = fieldValue(word);
      const closingForm = fc.record({
        kind: fc.constant("closing" as const),
        token: token(),
        fields: fc.record(closingFields) as fc.Arbitrary<Fields>,
        extra: extraFields,
      });
      const submit = fc.record({ kind: fc.constant("submit" as const), token: hostileString });
      const firstTheme = themes[0]!;
      const validThemePost = {
        kind: "theme" as const,
        index: 0,
        token: w.draftToken,
        fields: Object.fromEntries([
          ["intent", "next"],
          ...firstTheme.items.slice(0, 3).flatMap((item) => [
            [answerField(item.key), "4"],
            [revisionField(item.key), "1"],
          ]),
        ]) as Fields,
        extra: {},
      };
      const validClosingPost = { kind: "closing" as const, token: w.draftToken, fields: { [SELF_GRADE_FIELD]: "7" } as Fields, extra: {} };
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 3, arbitrary: themeForm }, { weight: 2, arbitrary: closingForm }, { weight: 1, arbitrary: submit }),
          async (run) => {
            session.userId = null;
            await forgetScanLoad();
            const form = run.kind === "submit" ? new FormData() : toFormData(run.fields, run.extra);
            const result = await outcome(() =>
              run.kind === "theme"
                ? saveThemeAction(run.token, run.index, form)
                : run.kind === "closing"
                  ? saveClosingAction(run.token, form)
                  : submitScanAction(run.token),
            );
            await judge.check(result, SCAN_LOAD_COUNTED);
            if (run.kind !== "submit" && run.token === w.draftToken && hasPoisonedField(form, Object.keys(run.fields))) {
              expect(["melding=ongeldig", "melding=tekst"]).toContain(result.code);
            }
          },
        ),
        {
          numRuns: runsFor(0.2),
          // A valid post is rare in the random draw (few in 160 here, sometimes none), so two are always
          // tried as well: the property must accept inputs, not only refuse them, on every run.
          examples: [[validThemePost], [validClosingPost]],
        },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "the autosave endpoint: 400 for anything it cannot take, never 5xx",
    async () => {
      await judge.start();
      const body = fc.oneof(
        {
          weight: 3,
          arbitrary: fc.record({
            type: fc.constant("answer"),
            itemKey: jsonValue(fc.constantFrom("1.1", "2.3")),
            value: fc.oneof(fc.integer({ min: -2, max: 7 }), jsonValue(fc.constant("dontKnow"))),
            revision: fc.oneof(fc.nat(3), jsonValue(smallInt(3))),
          }),
        },
        {
          weight: 4,
          arbitrary: fc.record({
            type: fc.constant("note"),
            key: jsonValue(fc.constantFrom("theme:T1", "open:O1")),
            text: jsonValue(word),
            revision: fc.oneof(fc.nat(3), jsonValue(smallInt(3))),
          }),
        },
        {
          weight: 2,
          arbitrary: fc.record({
            type: jsonValue(fc.constantFrom("selfGrade", "answer", "note")),
            value: fc.oneof(fc.integer({ min: 0, max: 11 }), jsonValue(smallInt(10))),
            revision: fc.nat(3),
          }),
        },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
      );
      await fc.assert(
        fc.asyncProperty(
          token(),
          fc.oneof({ weight: 6, arbitrary: body.map((b) => JSON.stringify(b)) }, { weight: 1, arbitrary: hostileString }),
          async (tok, raw) => {
            await forgetScanLoad();
            const reply = await handleAutosaveRequest(tok, raw);
            expect(reply.status).toBeLessThan(500);
            await judge.check(
              {
                accepted: reply.status === 200,
                code: reply.body.ok ? undefined : reply.body.code,
                message: reply.body.ok ? undefined : reply.body.message,
              },
              SCAN_LOAD_COUNTED,
            );
            const parsed = (() => {
              try {
                return JSON.parse(raw) as unknown;
              } catch {
                return undefined;
              }
            })();
            const strings = parsed && typeof parsed === "object" ? Object.values(parsed) : [];
            if (tok === w.draftToken && strings.some(isPoisoned)) expect(reply.status).toBe(400);
          },
        ),
        { numRuns: runsFor(0.15) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "the report (both editions): any id gives 404 (or the PDF), never 5xx",
    async () => {
      await judge.start();
      const ids = fc.oneof(
        hostileString,
        fc.constantFrom(...FORBIDDEN_CHARACTERS).map((c) => w.trajectId + c),
        fc.constant(w.trajectId),
      );
      await fc.assert(
        fc.asyncProperty(
          ids,
          fc.constantFrom<ActorLabel>("otherTrainer", "otherEmployer", "otherExpert"),
          fc.boolean(),
          fc.constantFrom("employer" as const, "tandem" as const),
          async (id, label, viaRoute, edition) => {
            const actor = w.actors[label];
            if (viaRoute) {
              session.userId = actor.id;
              const route = edition === "tandem" ? getTandemReport : getReport;
              const response = await route(new Request("http://localhost/api/trajecten/x/rapport"), {
                params: Promise.resolve({ id }),
              });
              expect(response.status).toBe(404);
              await judge.check({ accepted: false, code: String(response.status) });
            } else {
              const result = await outcome(() => renderReportForActor({ actor, trajectId: id, edition }));
              expect(result.code).toBe("NOT_FOUND");
              await judge.check(result);
            }
          },
        ),
        { numRuns: runsFor(0.08) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a session's .ics: any id or number gives 404 (or, for who may see the traject, the file), never 5xx",
    async () => {
      await judge.start();
      const ids = fc.oneof(hostileString, fc.constant(w.trajectId));
      const numbers = fc.oneof(hostileString, fc.constantFrom("1", "2", "3", "0", "02"));
      await fc.assert(
        fc.asyncProperty(
          ids,
          numbers,
          fc.constantFrom<ActorLabel>("trainer", "otherTrainer", "otherEmployer"),
          async (id, number, label) => {
            session.userId = w.actors[label].id;
            const response = await getSessionIcs(new Request("http://localhost/api/trajecten/x/bijeenkomsten/1/agenda.ics"), {
              params: Promise.resolve({ id, number }),
            });
            // the world's session 2 has a date; the traject's own trainer may download it
            const allowed = label === "trainer" && id === w.trajectId && number === "2";
            expect(response.status).toBe(allowed ? 200 : 404);
            await judge.check({ accepted: false, code: String(response.status) });
          },
        ),
        { numRuns: runsFor(0.04) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "the AVG export: any id gives 404 (or, for the admin and a real employer, the zip), never 5xx",
    async () => {
      await judge.start();
      const ids = fc.oneof(
        hostileString,
        fc.constantFrom(...FORBIDDEN_CHARACTERS).map((c) => w.f.employer.id + c),
        fc.constant(w.f.employer.id),
      );
      await fc.assert(
        fc.asyncProperty(ids, fc.constantFrom<ActorLabel>("admin", "trainer", "employerUser"), async (id, label) => {
          session.userId = w.actors[label].id;
          const response = await getEmployerExport(new Request("http://localhost/api/beheer/privacy/werkgevers/x/export"), {
            params: Promise.resolve({ id }),
          });
          const exported = label === "admin" && id === w.f.employer.id;
          expect(response.status).toBe(exported ? 200 : 404);
          if (exported) expect(response.headers.get("content-type")).toBe("application/zip");
          await judge.check({ accepted: exported, code: exported ? undefined : String(response.status) });
        }),
        { numRuns: runsFor(0.04), examples: [[w.f.employer.id, "admin"]] },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a candidate's AVG export: any id gives 404 (or, for the admin and a real candidate, the JSON), never 5xx",
    async () => {
      await judge.start();
      const ids = fc.oneof(
        hostileString,
        fc.constantFrom(...FORBIDDEN_CHARACTERS).map((c) => spare.candidateId + c),
        fc.constant(spare.candidateId),
      );
      await fc.assert(
        fc.asyncProperty(ids, fc.constantFrom<ActorLabel>("admin", "trainer", "otherExpert"), async (id, label) => {
          session.userId = w.actors[label].id;
          const response = await getCandidateExport(new Request("http://localhost/api/beheer/privacy/kandidaten/x/export"), {
            params: Promise.resolve({ id }),
          });
          const exported = label === "admin" && id === spare.candidateId;
          expect(response.status).toBe(exported ? 200 : 404);
          if (exported) expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
          await judge.check({ accepted: exported, code: exported ? undefined : String(response.status) });
        }),
        { numRuns: runsFor(0.02), examples: [[spare.candidateId, "admin"]] },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a mail's attachment: any id gives 404 (or, for whoever sees the mail in the outbox, the file), never 5xx",
    async () => {
      await judge.start();
      const mail = await makeMailWithAttachment(t.prisma, w.trajectId);
      const file = mail.attachments[0]!.id;
      const ids = fc.oneof(hostileString, fc.constant(mail.id));
      const files = fc.oneof(hostileString, fc.constant(file), fc.constant(`${file}x`));
      await fc.assert(
        fc.asyncProperty(
          ids,
          files,
          fc.constantFrom<ActorLabel>("trainer", "otherTrainer", "employerUser", "admin"),
          async (id, attachmentId, label) => {
            session.userId = w.actors[label].id;
            const response = await getMailAttachment(new Request("http://localhost/api/mail/x/bijlage/y"), {
              params: Promise.resolve({ id, attachmentId }),
            });
            const allowed = (label === "trainer" || label === "admin") && id === mail.id && attachmentId === file;
            expect(response.status).toBe(allowed ? 200 : 404);
            if (allowed) expect(response.headers.get("content-type")).toBe("application/pdf");
            await judge.check({ accepted: allowed, code: allowed ? undefined : String(response.status) });
          },
        ),
        { numRuns: runsFor(0.03), examples: [[mail.id, file, "trainer"]] },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a preparation card's PDF: any id or number gives 404 (or, for the tandem, the file), never 5xx",
    async () => {
      await judge.start();
      const ids = fc.oneof(hostileString, fc.constant(w.trajectId));
      const numbers = fc.oneof(hostileString, fc.constantFrom("1", "2", "4", "02"));
      await fc.assert(
        fc.asyncProperty(ids, numbers, fc.constantFrom<ActorLabel>("trainer", "employerUser", "admin"), async (id, number, label) => {
          session.userId = w.actors[label].id;
          const response = await getPreparationPdf(new Request("http://localhost/api/trajecten/x/bijeenkomsten/1/voorbereiding.pdf"), {
            params: Promise.resolve({ id, number }),
          });
          const allowed = label === "trainer" && id === w.trajectId && (number === "1" || number === "2");
          expect(response.status).toBe(allowed ? 200 : 404);
          await judge.check({ accepted: allowed, code: allowed ? undefined : String(response.status) });
        }),
        { numRuns: runsFor(0.03), examples: [[w.trajectId, "2", "trainer"]] },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a worksheet: any key gives the plain 404, any format a Dutch 400 (or, for every signed-in role, the file), never 5xx",
    async () => {
      await judge.start();
      const keys = fc.oneof(
        hostileString,
        fc.constantFrom(...WORKSHEET_KEYS),
        fc.constantFrom(...WORKSHEET_KEYS).map((k) => `${k}x`),
      );
      const formats = fc.oneof(hostileString, fc.constantFrom("pdf", "docx", ""));
      const labels = fc.constantFrom<ActorLabel | null>("trainer", "expertInvited", "employerUser", "admin", null);
      await fc.assert(
        fc.asyncProperty(keys, formats, labels, async (key, format, label) => {
          session.userId = label ? w.actors[label].id : null;
          // URLSearchParams, as a browser: a lone surrogate becomes U+FFFD (encodeURIComponent would throw)
          const url = new URL("http://localhost/api/werkbladen/x");
          if (format !== "") url.searchParams.set("formaat", format);
          const response = await getWorksheet(new Request(url), {
            params: Promise.resolve({ key }),
          });
          const known = (WORKSHEET_KEYS as readonly string[]).includes(key);
          const allowed = label !== null && known && ["pdf", "docx", ""].includes(format);
          expect(response.status).toBe(label === null || !known ? 404 : allowed ? 200 : 400);
          await judge.check({ accepted: allowed, code: allowed ? undefined : String(response.status) });
        }),
        { numRuns: runsFor(0.03), examples: [["kleurcode", "pdf", "employerUser"]] },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "the code's signing link, presence, download and projector stream: a plain refusal for anything odd, never 5xx",
    async () => {
      await confirmWorldSigners(w);
      await withUnreachableSmtp(() => sendSigningLink({ actor: w.actors.trainer, trajectId: w.trajectId, keyPersonId: w.keyPersonId }));
      const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { kind: "signing" } });
      const realToken = mail.text.match(/\/ondertekenen\/([A-Za-z0-9_-]+)/)![1]!;
      const realHash = (await currentContent(t.prisma, w.codeId)).hash;
      await judge.start();
      const tokens = fc.oneof(
        hostileString,
        fc.constant(realToken),
        fc.constantFrom(...FORBIDDEN_CHARACTERS).map((c) => realToken + c),
      );
      const ids = fc.oneof(hostileString, fc.constant(w.trajectId));
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.record({
              kind: fc.constant("sign" as const),
              token: tokens,
              hash: fc.oneof(hostileString, fc.constant(realHash)),
              signersHash: fc.oneof(word, fc.constant("0".repeat(64))),
              name: word,
            }),
            fc.record({
              kind: fc.constant("presence" as const),
              id: ids,
              body: fc.oneof(hostileString, fc.constant(JSON.stringify({ clauseId: w.clauseId, editing: true }))),
            }),
            fc.record({ kind: fc.constant("download" as const), id: ids }),
            fc.record({ kind: fc.constant("stream" as const), token: hostileString }),
          ),
          async (run) => {
            session.userId = w.actors.employerUser.id;
            if (run.kind === "sign") {
              session.userId = null;
              const fd = toFormData(
                // a typed name is no field any more: sent anyway, it is ignored (the key person's record signs)
                { token: run.token, contentHash: run.hash, signersHash: run.signersHash, name: run.name, consentToReuse: "on" } as Fields,
                {},
              );
              await judge.check(await outcome(() => signWithLinkAction(null, fd as FormData)));
            } else if (run.kind === "presence") {
              const response = await postPresence(new Request("http://localhost/x", { method: "POST", body: run.body }), {
                params: Promise.resolve({ id: run.id }),
              });
              expect([204, 400, 403, 404]).toContain(response.status);
              await judge.check({ accepted: response.status === 204, code: response.status === 204 ? undefined : String(response.status) });
            } else if (run.kind === "download") {
              const response = await getCodePdf(new Request("http://localhost/x"), { params: Promise.resolve({ id: run.id }) });
              expect([200, 404]).toContain(response.status);
              await judge.check({ accepted: response.status === 200, code: response.status === 200 ? undefined : String(response.status) });
            } else {
              const response = await getProjectorStream(new Request("http://localhost/x"), {
                params: Promise.resolve({ token: run.token }),
              });
              expect(response.status).toBe(404);
              await judge.check({ accepted: false, code: "404" });
            }
          },
        ),
        { numRuns: runsFor(0.03) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a certificate's public check and its PDF: one neutral page for anything but a valid code, the plain 404 for a PDF not one's own; never 5xx",
    async () => {
      const certificate = await t.prisma.certificate.findFirstOrThrow({ where: { userId: w.actors.expertAccepted.id } });
      await judge.start();
      const codes = fc.oneof(
        hostileString,
        fc.constant(certificate.code),
        fc.constant(formatCertificateCode(certificate.code).toLowerCase()),
        fc.constantFrom(...FORBIDDEN_CHARACTERS).map((c) => certificate.code + c),
      );
      const labels = fc.constantFrom<ActorLabel | null>("expertAccepted", "otherExpert", "trainer", "admin", null);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.record({ kind: fc.constant("check" as const), code: codes }),
            fc.record({ kind: fc.constant("pdf" as const), id: fc.oneof(hostileString, fc.constant(certificate.id)), label: labels }),
          ),
          async (run) => {
            if (run.kind === "check") {
              // no session, no address (the headers are empty): every check counts on one counter, emptied per run
              session.userId = null;
              await t.prisma.securityLimit.deleteMany({ where: { key: { startsWith: "certificate-check:" } } });
              const page = await CertificateCheckPage({ params: Promise.resolve({ code: run.code }) });
              const html = renderToStaticMarkup(createElement("div", null, page));
              const valid = normaliseCertificateCode(run.code) === certificate.code;
              expect(html).toContain(valid ? "Dit certificaat is geldig." : NO_CERTIFICATE);
              await judge.check({ accepted: valid, code: valid ? undefined : "none" }, ["SecurityLimit"]);
            } else {
              session.userId = run.label ? w.actors[run.label].id : null;
              const response = await getCertificatePdf(new Request("http://localhost/x"), { params: Promise.resolve({ id: run.id }) });
              const allowed = run.id === certificate.id && (run.label === "admin" || run.label === "expertAccepted");
              expect(response.status).toBe(allowed ? 200 : 404);
              await judge.check({ accepted: allowed, code: allowed ? undefined : String(response.status) });
            }
          },
        ),
        {
          numRuns: runsFor(0.03),
          examples: [
            [{ kind: "check" as const, code: certificate.code }],
            [{ kind: "pdf" as const, id: certificate.id, label: "expertAccepted" }],
          ],
        },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a phone in session 2's room: joining, cards and votes give a Dutch refusal for anything odd and change nothing then; never 5xx",
    async () => {
      // open again, whatever an earlier property did to the world's room (closed it, summarised it)
      const { joinCode } = await t.prisma.sessionRoom.update({
        where: { id: w.roomId },
        data: { voting: "AFSPRAKEN", votesPerPerson: 3, closedAt: null, summarisedAt: null, expiresAt: new Date(Date.now() + 86400_000) },
      });
      const { token } = newLinkToken();
      await t.prisma.roomParticipant.create({ data: { roomId: w.roomId, name: "Telefoon", tokenHash: hashLinkToken(token) } });
      await judge.start();
      const cookie = fc.oneof(fc.constant(token), hostileString, fc.constant(""));
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.record({
              kind: fc.constant("join" as const),
              code: fc.oneof(
                fc.constant(joinCode),
                fc.constant(`${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3)}`),
                hostileString,
              ),
              name: fc.oneof(word, hostileString),
              attendeeId: fc.oneof(fc.constant(""), hostileString),
              named: fc.constantFrom("on", "", "ja"),
            }),
            fc.record({
              kind: fc.constant("card" as const),
              cookie,
              themeKey: fc.oneof(fc.constantFrom("overig", "", "T1", "T99"), hostileString),
              text: fc.oneof(word, hostileString, fc.constant("x".repeat(10_000))),
              signed: fc.constantFrom("on", ""),
            }),
            fc.record({
              kind: fc.constant("vote" as const),
              cookie,
              target: fc.oneof(fc.constant(`afspraak:${w.clauseId}`), fc.constant("punt:T1"), hostileString),
              delta: fc.constantFrom("1", "-1", "2", ""),
            }),
          ),
          async (run) => {
            session.userId = null;
            jar.clear();
            if (run.kind === "join") {
              const fields = { code: run.code, name: run.name, attendeeId: run.attendeeId, named: run.named };
              // each code lookup counts against the address's limit, by design: a refused join changes only that
              await judge.check(await outcome(() => joinAction(null, toFormData(fields as Fields, {}) as FormData)), ["SecurityLimit"]);
            } else if (run.kind === "card") {
              jar.set("ww-deelname", run.cookie);
              const fd = toFormData({ themeKey: run.themeKey, text: run.text, signed: run.signed } as Fields, {});
              await judge.check(await outcome(() => addCardAction(null, fd as FormData)));
            } else {
              jar.set("ww-deelname", run.cookie);
              const fd = toFormData({ target: run.target, delta: run.delta } as Fields, {});
              await judge.check(await outcome(() => voteAction(null, fd as FormData)));
            }
          },
        ),
        {
          numRuns: runsFor(0.04),
          // one valid card and one valid vote always, so the property never passes by refusing everything
          examples: [
            [{ kind: "card" as const, cookie: token, themeKey: "overig", text: "Een vaste buddy", signed: "on" }],
            [{ kind: "vote" as const, cookie: token, target: `afspraak:${w.clauseId}`, delta: "1" }],
          ],
        },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "the presenter's forms and the board's heartbeat: refused without a trace, never a server error",
    async () => {
      // the world's room of session 2, open
      const room = { id: w.roomId };
      await judge.start();
      // "current": the room's version at the moment of the call (an accepted change raises it)
      const version = fc.oneof(fc.constant("current"), smallInt(3));
      const base = { trajectId: fc.constantFrom(w.trajectId, `${w.trajectId}x`), roomId: fc.constantFrom(room.id, "onbekend"), version };
      const forms = {
        view: {
          ...base,
          choice: fc.constantFrom("JOIN", "AGENDA", "PUNT:overig", "PUNT:T1", "PUNT:T99", "VOTES", "CODE", "SUMMARY", "punt"),
        },
        step: { ...base, step: fc.constantFrom("0", "1", "4", "5", "-1", "x") },
        start: { ...base, minutes: fc.constantFrom("1", "10", "240", "241", "0", "1.5") },
        timer: { ...base, op: fc.constantFrom("pause", "resume", "reset", "__proto__") },
      };
      const call = { view: presenterViewAction, step: presenterStepAction, start: startTimerAction, timer: timerAction };
      type Form = keyof typeof forms;
      const run = fc.oneof(
        ...(Object.keys(forms) as Form[]).map((form) =>
          fc.record({
            kind: fc.constant(form),
            actor: fc.constantFrom<ActorLabel | null>("trainer", "expertAccepted", "employerUser", null),
            fields: fc.record(Object.fromEntries(Object.entries(forms[form]).map(([k, v]) => [k, fieldValue(v)]))),
            extra: extraFields,
          }),
        ),
        fc.record({
          kind: fc.constant("beat" as const),
          actor: fc.constantFrom<ActorLabel | null>("trainer", "employerUser", "otherEmployer"),
          body: fc.oneof(
            hostileString,
            fc.constantFrom(JSON.stringify({ tab: "tab-fuzz-1" }), JSON.stringify({ tab: "tab-fuzz-1", leaving: true })),
          ),
        }),
      );
      const current = async () => String((await t.prisma.sessionRoom.findUniqueOrThrow({ where: { id: room.id } })).version);
      await fc.assert(
        fc.asyncProperty(run, async (r) => {
          session.userId = r.actor ? w.actors[r.actor].id : null;
          if (r.kind === "beat") {
            const response = await postPresence(new Request("http://localhost/x", { method: "POST", body: r.body }), {
              params: Promise.resolve({ id: w.trajectId }),
            });
            expect([204, 400, 404]).toContain(response.status);
            // a heartbeat writes presence (and its event): that is what it is for
            await judge.check({ accepted: response.status === 204, code: response.status === 204 ? undefined : String(response.status) });
            return;
          }
          const fields = { ...r.fields } as Fields;
          if (fields.version === "current") fields.version = await current();
          const form = toFormData(fields, r.extra);
          const result = await outcome(() => call[r.kind](null, form));
          await judge.check(result);
          if (r.actor && hasPoisonedField(form, Object.keys(r.fields))) expect(result.code).toBe("VALIDATION");
        }),
        {
          numRuns: runsFor(0.04),
          examples: [
            [
              {
                kind: "view",
                actor: "trainer",
                fields: { trajectId: w.trajectId, roomId: room.id, version: "current", choice: "AGENDA" },
                extra: {},
              },
            ],
            [
              {
                kind: "start",
                actor: "expertAccepted",
                fields: { trajectId: w.trajectId, roomId: room.id, version: "current", minutes: "5" },
                extra: {},
              },
            ],
            [{ kind: "beat", actor: "employerUser", body: JSON.stringify({ tab: "tab-fuzz-1" }) }],
          ],
        },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a session's answer link: the page and its two buttons give the plain page or a Dutch refusal for anything odd, never 5xx",
    async () => {
      await planSession({
        actor: w.actors.trainer,
        input: { trajectId: w.trajectId, number: 1, date: inDays(10), time: "10:00", attendees: [w.keyPersonId], status: "PLANNED" },
      });
      const { email: to } = await t.prisma.keyPerson.findUniqueOrThrow({ where: { id: w.keyPersonId } });
      const mail = await t.prisma.outboxMail.findFirstOrThrow({ where: { kind: "calendar", to } });
      const realToken = mail.text.match(/\/bijeenkomst\/([A-Za-z0-9_-]{43})/)![1]!;
      await judge.start();
      const tokens = fc.oneof(
        hostileString,
        fc.constant(realToken),
        fc.constantFrom(...FORBIDDEN_CHARACTERS).map((c) => realToken + c),
      );
      const answers = fc.oneof(hostileString, fc.constantFrom("ATTENDING", "DECLINED"));
      await fc.assert(
        fc.asyncProperty(tokens, answers, fc.boolean(), async (token, answer, page) => {
          session.userId = null;
          if (page) {
            // a GET: the page, or Next's plain 404 page (not-found.tsx); never a write
            const rendered = await AnswerPage({
              params: Promise.resolve({ token }),
              searchParams: Promise.resolve({ antwoord: answer }),
            }).then(
              () => "page",
              (e: { digest?: string }) => String(e?.digest),
            );
            expect(rendered).toBe(token === realToken ? "page" : "NEXT_HTTP_ERROR_FALLBACK;404");
            await judge.check({ accepted: false, code: "GET" });
          } else {
            const fd = toFormData({ token, answer } as Fields, {});
            await judge.check(await outcome(() => answerLinkAction(fd as FormData)));
          }
        }),
        {
          numRuns: runsFor(0.03),
          examples: [
            [realToken, "DECLINED", false],
            [realToken, "ja", true],
          ],
        },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    "the compensation CSV and spreadsheet: any period gives a Dutch 400, a 404 for anyone but the admin, or the file; never 5xx",
    async () => {
      await judge.start();
      const days = fc.oneof(hostileString, fc.constantFrom("2026-01-01", "2026-12-31", "2026-02-30", ""));
      await fc.assert(
        fc.asyncProperty(
          days,
          days,
          fc.constantFrom<ActorLabel>("admin", "trainer", "expertAccepted"),
          fc.boolean(),
          async (from, to, label, xlsx) => {
            session.userId = w.actors[label].id;
            // as a browser sends it (a lone surrogate becomes U+FFFD on the way)
            const url = new URL("http://localhost/api/beheer/vergoedingen/export");
            url.searchParams.set("van", from);
            url.searchParams.set("tot", to);
            const response = await (xlsx ? getCompensationXlsx : getCompensationCsv)(new Request(url));
            expect([200, 400, 404]).toContain(response.status);
            if (response.status === 400) expect(await response.text()).toMatch(/^Kies een periode/);
            if (response.status === 200) expect(label).toBe("admin");
            await judge.check({ accepted: response.status === 200, code: response.status === 200 ? undefined : String(response.status) });
          },
        ),
        {
          numRuns: runsFor(0.03),
          examples: [
            ["2026-01-01", "2026-12-31", "admin", false],
            ["2026-01-01", "2026-12-31", "admin", true],
          ],
        },
      );
      expect(judge.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );
});
