import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createAnnotation, deleteAnnotation, updateAnnotation } from "@/lib/annotations/mutations";
import { addClause, addNextStep } from "@/lib/gedragscode/mutations";
import { importQuestionnaireVersion } from "@/lib/questionnaires/import";
import { buildReportInputForActor } from "@/lib/report/queries";
import { listInvitationsWithProgress } from "@/lib/scan/invitations/queries";
import {
  createInvitation,
  remindInvitation,
  reopenResponse,
  resendInvitation,
  revokeInvitation,
  sendDueReminders,
} from "@/lib/scan/invitations/invitations";
import { getScanResultsForActor } from "@/lib/scan/results/scan-results";
import { createUser, sendAccountLink, setUserActive } from "@/lib/users/accounts";
import { listUsers } from "@/lib/users/queries";
import { assignExpert, createTraject, planSession, setTrajectStatus, withdrawExpert } from "@/lib/trajecten/planning";
import { makeOutsiders, makeSubmittedResponse, makeTraject, questionnaireJson } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

// Every role × every mutating function: whoever may not do it gets FORBIDDEN (wrong role) or
// NOT_FOUND (not their traject), and the database is exactly as it was.

let t: TestDb;
let fixture: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const f = await makeTraject(t.prisma);
  const outsiders = await makeOutsiders(t.prisma);
  const response = await makeSubmittedResponse(t.prisma, f, { answers: { "1.1": 4 } });
  const invitationId = response.invitationId;
  const annotation = await t.prisma.annotation.create({
    data: { trajectId: f.traject.id, authorId: f.expert.id, themeKey: "T1", body: "Privé", visibility: "PRIVATE" },
  });
  return { f, ...outsiders, invitationId, annotationId: annotation.id };
}

async function snapshot() {
  const tables = [
    "scanInvitation",
    "scanResponse",
    "scanAnswer",
    "annotation",
    "outboxMail",
    "questionnaire",
    "auditEvent",
    "traject",
    "trajectSession",
    "expertAssignment",
    "employer",
    "werkvloer",
    "gedragscode",
    "gedragscodeClause",
    "nextStep",
    "user",
    "accountToken",
  ] as const;
  const out: Record<string, unknown> = {};
  for (const table of tables)
    out[table] = await (t.prisma[table] as unknown as { findMany: (a?: unknown) => Promise<unknown[]> }).findMany();
  return JSON.stringify(out);
}

beforeAll(async () => {
  t = await createTestDb();
  fixture = await setup();
});
afterAll(() => t.close());

const deadline = () => new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);

type Case = { name: string; run: (actor: Actor) => Promise<unknown>; allowed: (a: ReturnType<typeof roles>) => Actor[] };
const roles = () => ({
  trainer: fixture.f.trainer,
  expert: fixture.f.expert,
  employer: fixture.f.employerUser,
  otherTrainer: fixture.other.trainer,
  otherExpert: fixture.other.expert,
  otherEmployer: fixture.other.employerUser,
  admin: fixture.admin,
});

const cases: Case[] = [
  {
    name: "createInvitation",
    run: (actor) =>
      createInvitation({
        actor,
        input: { trajectId: fixture.f.traject.id, name: "Nieuw Iemand", email: "nieuw@voorbeeld.nl", function: "HR", deadline: deadline() },
      }),
    allowed: (r) => [r.trainer, r.admin],
  },
  {
    name: "resendInvitation",
    run: (actor) => resendInvitation({ actor, invitationId: fixture.invitationId }),
    allowed: (r) => [r.trainer, r.admin],
  },
  {
    name: "remindInvitation",
    run: (actor) => remindInvitation({ actor, invitationId: fixture.invitationId }),
    allowed: (r) => [r.trainer, r.admin],
  },
  {
    name: "revokeInvitation",
    run: (actor) => revokeInvitation({ actor, invitationId: fixture.invitationId }),
    allowed: (r) => [r.trainer, r.admin],
  },
  {
    name: "reopenResponse",
    run: (actor) => reopenResponse({ actor, invitationId: fixture.invitationId }),
    allowed: (r) => [r.trainer, r.admin],
  },
  {
    name: "sendDueReminders",
    run: (actor) => sendDueReminders({ actor, trajectId: fixture.f.traject.id }),
    allowed: (r) => [r.trainer, r.admin],
  },
  {
    name: "createAnnotation",
    run: (actor) =>
      createAnnotation({
        actor,
        input: { trajectId: fixture.f.traject.id, themeKey: "T1", body: "Nieuwe notitie", visibility: "EMPLOYER" },
      }),
    allowed: (r) => [r.expert, r.admin],
  },
  {
    name: "updateAnnotation",
    run: (actor) =>
      updateAnnotation({ actor, input: { annotationId: fixture.annotationId, body: "Gewijzigd", visibility: "EMPLOYER", version: 1 } }),
    allowed: (r) => [r.expert],
  },
  { name: "deleteAnnotation", run: (actor) => deleteAnnotation({ actor, annotationId: fixture.annotationId }), allowed: (r) => [r.expert] },
  {
    name: "importQuestionnaireVersion",
    run: (actor) => importQuestionnaireVersion({ actor, fileName: "v.json", text: JSON.stringify(questionnaireJson) }),
    allowed: (r) => [r.admin],
  },
  {
    name: "createTraject",
    run: (actor) =>
      createTraject({
        actor,
        input: { employerName: "Nieuw BV", employerSector: "Zorg", werkvloerName: "Hoofdlocatie", plannedSessionCount: 2 },
      }),
    allowed: (r) => [r.trainer, r.otherTrainer],
  },
  {
    name: "planSession",
    run: (actor) =>
      planSession({ actor, input: { trajectId: fixture.f.traject.id, number: 1, date: "2026-12-01", time: "10:00", status: "PLANNED" } }),
    allowed: (r) => [r.trainer, r.admin],
  },
  {
    name: "setTrajectStatus",
    run: (actor) => setTrajectStatus({ actor, trajectId: fixture.f.traject.id, status: "SCAN_CLOSED", version: 1 }),
    allowed: (r) => [r.trainer, r.admin],
  },
  {
    name: "assignExpert",
    run: (actor) => assignExpert({ actor, trajectId: fixture.f.traject.id, expertId: fixture.other.expert.id }),
    allowed: (r) => [r.trainer, r.admin],
  },
  {
    name: "withdrawExpert",
    run: (actor) => withdrawExpert({ actor, trajectId: fixture.f.traject.id, expertId: fixture.f.expert.id }),
    allowed: (r) => [r.trainer, r.admin],
  },
  {
    name: "addClause",
    run: (actor) =>
      addClause({
        actor,
        input: {
          trajectId: fixture.f.traject.id,
          version: 0,
          section: "BORGING",
          title: "Evaluatie",
          body: "Over een jaar kijken we terug.",
        },
      }),
    allowed: (r) => [r.trainer, r.expert, r.employer, r.admin],
  },
  {
    name: "addNextStep",
    run: (actor) => addNextStep({ actor, input: { trajectId: fixture.f.traject.id, text: "Terugkommoment plannen" } }),
    allowed: (r) => [r.trainer, r.expert, r.employer, r.admin],
  },
  {
    name: "listInvitationsWithProgress (read)",
    run: (actor) => listInvitationsWithProgress({ actor, trajectId: fixture.f.traject.id }),
    allowed: (r) => [r.trainer, r.admin],
  },
  {
    name: "getScanResultsForActor (read)",
    run: (actor) => getScanResultsForActor({ actor, trajectId: fixture.f.traject.id }),
    allowed: (r) => [r.trainer, r.expert, r.employer, r.admin],
  },
  {
    name: "buildReportInputForActor (read)",
    run: (actor) => buildReportInputForActor({ actor, trajectId: fixture.f.traject.id }),
    allowed: (r) => [r.trainer, r.expert, r.employer, r.admin],
  },
  {
    name: "createUser",
    run: (actor) => createUser({ actor, input: { name: "Nieuwe Collega", email: "collega@voorbeeld.nl", role: "TRAINER" } }),
    allowed: (r) => [r.admin],
  },
  { name: "sendAccountLink", run: (actor) => sendAccountLink({ actor, userId: fixture.f.employerUser.id }), allowed: (r) => [r.admin] },
  {
    name: "setUserActive",
    run: (actor) => setUserActive({ actor, userId: fixture.f.employerUser.id, active: false }),
    allowed: (r) => [r.admin],
  },
  { name: "listUsers (read)", run: (actor) => listUsers(actor), allowed: (r) => [r.admin] },
];

describe("authorization matrix", () => {
  for (const c of cases) {
    it(`${c.name}: everyone else is refused and nothing changes`, async () => {
      const all = roles();
      const allowed = new Set(c.allowed(all).map((a) => a.id));
      for (const [label, actor] of Object.entries(all)) {
        if (allowed.has(actor.id)) continue;
        const before = await snapshot();
        const outcome = await c.run(actor).then(
          () => "allowed",
          (e: { code?: string }) => e.code ?? String(e),
        );
        expect([label, outcome]).toEqual([label, expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)]);
        expect(await snapshot()).toBe(before);
      }
    });
  }
});
