import { newLinkToken } from "@/lib/link-tokens";
import { newJoinCode } from "@/lib/room/join-code";
import { startLogin } from "@/lib/auth/logins";
import { confirmSigners, signOffState } from "@/lib/gedragscode/signoff";
import type { Actor } from "@/lib/auth/roles";
import { actorOf, makeDirectie, makeOutsiders, makeSubmittedResponse, makeTraject, makeUser, questionnaireJson } from "@/tests/factories";
import type { TestDb } from "./test-db";

// A small world in which every relation to one traject exists once, plus outsiders: the cast of the
// authorization matrix. Each allowed call gets a fresh world (built, or the same one restored by
// saveWorld), so no allowed call depends on what another one changed.

export const ACTOR_LABELS = [
  "trainer",
  "expertAccepted",
  "expertInvited",
  "employerUser",
  "employerDirectie",
  "admin",
  "otherTrainer",
  "otherExpert",
  "otherEmployer",
] as const;
export type ActorLabel = (typeof ACTOR_LABELS)[number];

const allItems = questionnaireJson.themes.flatMap((th) => th.items.map((i) => i.key));

export async function makeWorld(t: TestDb) {
  const f = await makeTraject(t.prisma);
  const { other, admin } = await makeOutsiders(t.prisma);
  const invitedExpert = actorOf(await makeUser(t.prisma, "EXPERT"));
  await t.prisma.expertAssignment.create({ data: { trajectId: f.traject.id, expertId: invitedExpert.id, status: "INVITED" } });
  const spareExpert = await makeUser(t.prisma, "EXPERT");
  const directie = await makeDirectie(t.prisma, f);

  const submitted = await makeSubmittedResponse(t.prisma, f, { answers: { "1.1": 4 } });
  // A draft with every statement answered: it can be submitted, reminded, resent and revoked.
  const draft = await makeSubmittedResponse(t.prisma, f, {
    status: "DRAFT",
    answers: Object.fromEntries(allItems.map((k) => [k, 3])),
  });
  const { token: draftToken, tokenHash } = newLinkToken();
  await t.prisma.scanInvitation.update({ where: { id: draft.invitationId }, data: { tokenHash } });

  const annotation = await t.prisma.annotation.create({
    data: { trajectId: f.traject.id, authorId: f.expert.id, themeKey: "T1", body: "Privé", visibility: "PRIVATE" },
  });
  const code = await t.prisma.gedragscode.create({
    data: {
      trajectId: f.traject.id,
      version: 1,
      clauses: { create: { section: "BORGING", title: "Evaluatie", body: "Over een jaar kijken we terug.", position: 0 } },
    },
    include: { clauses: true },
  });
  const clause = code.clauses[0]!;
  const revision = await t.prisma.gedragscodeRevision.create({
    data: {
      gedragscodeId: code.id,
      clauseId: clause.id,
      version: 1,
      change: "ADDED",
      section: clause.section,
      title: clause.title,
      body: "Eerder: over een jaar.",
    },
  });
  const nextStep = await t.prisma.nextStep.create({ data: { trajectId: f.traject.id, text: "Terugkommoment plannen" } });
  const keyPerson = await t.prisma.keyPerson.create({
    data: {
      employerId: f.employer.id,
      name: "Olga Ondernemingsraad",
      email: `or-${f.employer.id}@voorbeeld.nl`,
      function: "ONDERNEMINGSRAAD",
    },
  });
  // session 2 was held, with the key person invited: presence can be recorded, its .ics downloaded
  await t.prisma.trajectSession.update({
    where: { trajectId_number: { trajectId: f.traject.id, number: 2 } },
    data: {
      status: "HELD",
      scheduledAt: new Date("2026-11-20T09:00:00Z"),
      endsAt: new Date("2026-11-20T12:00:00Z"),
      attendees: { create: { keyPersonId: keyPerson.id } },
    },
  });
  // the accepted expert claimed session 2 (submitted: to approve) and, earlier, a session of an erased
  // employer (approved: to mark paid)
  const claimBase = { expertId: f.expert.id, sessionNumber: 2, preparationMinutes: 60, sessionMinutes: 180, travelMinutes: 30 };
  const session2 = await t.prisma.trajectSession.findUniqueOrThrow({ where: { trajectId_number: { trajectId: f.traject.id, number: 2 } } });
  const claim = await t.prisma.compensationClaim.create({
    data: { ...claimBase, sessionId: session2.id, sessionDate: session2.scheduledAt!, employerName: f.employer.name },
  });
  const approvedClaim = await t.prisma.compensationClaim.create({
    data: {
      ...claimBase,
      sessionDate: new Date("2026-03-02T09:00:00Z"),
      employerName: "(gewiste werkgever)",
      status: "APPROVED",
      amountCents: 0,
    },
  });
  // session 2's room, open, with a phone participant's two cards (to group, hide, turn into an afspraak)
  const room = await t.prisma.sessionRoom.create({
    data: { sessionId: session2.id, joinCode: newJoinCode(), openedByName: "Trainer", expiresAt: new Date(Date.now() + 86400_000) },
  });
  const participant = await t.prisma.roomParticipant.create({
    data: { roomId: room.id, name: "Deelnemer", tokenHash: newLinkToken().tokenHash },
  });
  const roomCard = await t.prisma.roomCard.create({ data: { roomId: room.id, participantId: participant.id, text: "Een buddy" } });
  const roomCard2 = await t.prisma.roomCard.create({ data: { roomId: room.id, participantId: participant.id, text: "Vaste werktijden" } });
  const failedMail = await t.prisma.outboxMail.create({
    data: { kind: "account", to: "x@voorbeeld.nl", subject: "Welkom", text: "…", status: "FAILED", attempts: 5, lastError: "550" },
  });

  // a training cohort (issue 27): the traject's trainer trains it, the accepted expert takes part and
  // attended its one topic (a started session: attendance, a claim, completion); a second session is to come
  const cohort = await t.prisma.cohort.create({
    data: {
      name: `Cohort ${f.traject.id}`,
      startsOn: new Date("2026-11-01T00:00:00Z"),
      endsOn: new Date("2027-03-01T00:00:00Z"),
      topics: ["PROJECT_EN_ERVARINGEN"],
      trainers: { create: { userId: f.trainer.id } },
    },
  });
  const trainingHeld = await t.prisma.trainingSession.create({
    data: {
      cohortId: cohort.id,
      topic: "PROJECT_EN_ERVARINGEN",
      startsAt: new Date("2026-11-25T09:00:00Z"),
      endsAt: new Date("2026-11-25T12:00:00Z"),
      place: "Utrecht",
    },
  });
  const trainingComing = await t.prisma.trainingSession.create({
    data: {
      cohortId: cohort.id,
      topic: "PROJECT_EN_ERVARINGEN",
      startsAt: new Date("2099-01-12T09:00:00Z"),
      endsAt: new Date("2099-01-12T12:00:00Z"),
      place: "Utrecht",
    },
  });
  const cohortParticipant = await t.prisma.cohortParticipant.create({
    data: {
      cohortId: cohort.id,
      userId: f.expert.id,
      attendance: { create: { sessionId: trainingHeld.id, attended: true, recordedByName: "Trainer" } },
    },
  });

  const cast: Record<ActorLabel, Actor> = {
    trainer: f.trainer,
    expertAccepted: f.expert,
    expertInvited: invitedExpert,
    employerUser: f.employerUser,
    employerDirectie: directie,
    admin,
    otherTrainer: other.trainer,
    otherExpert: other.expert,
    otherEmployer: other.employerUser,
  };
  // Everyone is signed in once, as through getActor: a refused call that still ended a session shows in
  // the fingerprint, and a password change keeps the caller's own session.
  const actors = {} as Record<ActorLabel, Actor>;
  for (const label of ACTOR_LABELS) actors[label] = { ...cast[label], loginId: await startLogin({ userId: cast[label].id }) };
  return {
    f,
    actors,
    trajectId: f.traject.id,
    spareExpertId: spareExpert.id,
    submittedInvitationId: submitted.invitationId,
    draftInvitationId: draft.invitationId,
    draftToken,
    annotationId: annotation.id,
    codeVersion: code.version,
    codeId: code.id,
    clauseId: clause.id,
    revisionId: revision.id,
    nextStepId: nextStep.id,
    failedMailId: failedMail.id,
    keyPersonId: keyPerson.id,
    werkvloerId: f.traject.werkvloerId!,
    claimId: claim.id,
    roomId: room.id,
    roomVersion: room.version,
    roomCardIds: [roomCard.id, roomCard2.id] as [string, string],
    approvedClaimId: approvedClaim.id,
    cohortId: cohort.id,
    trainingHeldId: trainingHeld.id,
    trainingComingId: trainingComing.id,
    cohortParticipantId: cohortParticipant.id,
    guidelineId: (await t.prisma.methodGuideline.findFirstOrThrow({ orderBy: { key: "asc" } })).id,
  };
}
export type World = Awaited<ReturnType<typeof makeWorld>>;

/** The world's confirmed directie confirms the default signer list (directie, HR, OR): then it can be signed and links sent. */
export async function confirmWorldSigners(w: World) {
  const { list } = await signOffState({ actor: w.actors.employerDirectie, trajectId: w.trajectId });
  await confirmSigners({ actor: w.actors.employerDirectie, trajectId: w.trajectId, signersHash: list.hash });
}

let snapshotSql: string | undefined;

/**
 * A fingerprint of every row of every table (bar Prisma's own), in one query: "nothing changed"
 * means two fingerprints are equal. Per table the rows' JSON, sorted, then hashed.
 */
export async function snapshotAllTables(t: TestDb): Promise<string> {
  if (!snapshotSql) {
    const tables = await t.raw<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
      [],
    );
    const perTable = tables.map(
      ({ name }) =>
        `(SELECT count(*) || ':' || md5(coalesce(string_agg(to_jsonb(x)::text, '|' ORDER BY to_jsonb(x)::text), '')) FROM "${name}" x) AS "${name}"`,
    );
    snapshotSql = `SELECT ${perTable.join(", ")}`;
  }
  const [row] = await t.raw<Record<string, string>>(snapshotSql, []);
  return JSON.stringify(row);
}

/** The outcome of a call: "ok", or the error code it was refused with (also for result objects). */
export async function outcomeOf(call: Promise<unknown>): Promise<string> {
  try {
    const result = await call;
    if (result && typeof result === "object" && "ok" in result && result.ok === false && "code" in result) return String(result.code);
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code ?? `unexpected: ${String(e)}`;
  }
}

/**
 * A copy of every table as it is now (the world, just built and prepared), to give the next allowed
 * actor the very same fresh world without building it again: restoring is a handful of statements,
 * building one is a few hundred rows through the app's own functions (measured on PGlite under load:
 * building 1.7 s, saving 0.3 s, restoring 0.3 s; the matrix spent most of its time building worlds).
 * Restoring writes the rows back as they were (session_replication_role = replica: no foreign-key
 * checks or triggers while they go in), so ids, versions and timestamps are the world's own.
 */
export async function saveWorld(t: TestDb, copy = "world_copy"): Promise<() => Promise<void>> {
  const tables = (
    await t.raw<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
      [],
    )
  ).map((r) => `"${r.name}"`);
  // the copy's tables are made once per database (no DDL per case), then emptied and filled
  await t.exec(
    `CREATE SCHEMA IF NOT EXISTS ${copy}; ${tables.map((n) => `CREATE TABLE IF NOT EXISTS ${copy}.${n} (LIKE public.${n});`).join(" ")}
     TRUNCATE ${tables.map((n) => `${copy}.${n}`).join(", ")};
     ${tables.map((n) => `INSERT INTO ${copy}.${n} SELECT * FROM public.${n};`).join(" ")}`,
  );
  return () =>
    t.exec(
      `SET session_replication_role = replica; TRUNCATE ${tables.map((n) => `public.${n}`).join(", ")}; ${tables
        .map((n) => `INSERT INTO public.${n} SELECT * FROM ${copy}.${n};`)
        .join(" ")} SET session_replication_role = DEFAULT; ${ADVANCE_SEQUENCES}`,
    );
}

/** After rows went back with their ids, each serial column's sequence continues past them (TRUNCATE … RESTART IDENTITY reset it). */
const ADVANCE_SEQUENCES = `DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval%' LOOP
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), COALESCE((SELECT max(%I) FROM public.%I), 0) + 1, false)',
      format('public.%I', r.table_name), r.column_name, r.column_name, r.table_name);
  END LOOP;
END $$;`;
