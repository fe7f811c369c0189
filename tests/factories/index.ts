import { randomUUID } from "node:crypto";
import { ensureFirstRound } from "@/lib/scan/rounds/rounds";
import type { RespondentFunctionKey } from "@/lib/scan/respondent-functions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor, Role } from "@/lib/auth/roles";
import { BUNDLED_QUESTIONNAIRE as questionnaireJson, BUNDLED_QUESTIONNAIRE_VERSION, installBundledContent } from "@/lib/content/install";
import { FACTORY_HASH } from "./password";
import { requiresSecondFactor } from "@/lib/auth/capabilities";
import { encryptTotpSecret } from "@/lib/auth/totp";
import { DEMO_TOTP_SECRET } from "@/prisma/seed/people";
import { createCertificate } from "@/lib/certificates/issue";

export { FACTORY_PASSWORD } from "./password";

// Unique data per call, so tests never depend on each other or on the demo seed.
const uid = () => randomUUID().slice(0, 8);

export async function makeEmployer(prisma: PrismaClient, name = `Werkgever ${uid()}`, responsibleTrainerId?: string) {
  return prisma.employer.create({
    data: { name, sector: "Zorg", responsibleTrainerId, werkvloeren: { create: { name: "Hoofdlocatie" } } },
    include: { werkvloeren: true },
  });
}

export async function makeUser(
  prisma: PrismaClient,
  role: Role,
  extra: {
    employerId?: string;
    name?: string;
    email?: string;
    function?: "DIRECTIE" | "HR" | "ONDERNEMINGSRAAD";
    /** A second factor with the demo's fixed secret (DEMO_TOTP_SECRET); by default where the role requires one. */
    secondFactor?: boolean;
    /** An expert with a valid certificate, so trainers can ask them (issue 27); by default yes. */
    certified?: boolean;
  } = {},
) {
  const secondFactor = extra.secondFactor ?? requiresSecondFactor({ role });
  const user = await prisma.user.create({
    data: {
      email: extra.email ?? `${role.toLowerCase()}-${uid()}@voorbeeld.nl`,
      name: extra.name ?? `${role} ${uid()}`,
      passwordHash: FACTORY_HASH,
      role,
      employerId: extra.employerId,
      ...(secondFactor ? { totpSecret: encryptTotpSecret(DEMO_TOTP_SECRET), totpEnabledAt: new Date() } : {}),
    },
  });
  if (role === "EXPERT" && (extra.certified ?? true))
    await createCertificate(prisma, {
      userId: user.id,
      name: user.name,
      cohortId: null,
      cohortName: "Testcohort",
      issuedByName: "Testfabriek",
    });
  // an employer account is one of the employer's key persons (lib/employers/key-persons.ts)
  if (role === "EMPLOYER" && extra.employerId)
    await prisma.keyPerson.create({
      data: {
        employerId: extra.employerId,
        name: user.name,
        email: user.email,
        function: extra.function ?? "HR",
        userId: user.id,
        // a factory directie is one the employer confirmed (issue 20); tests of confirming make their own
        directieConfirmedAt: extra.function === "DIRECTIE" ? new Date() : null,
      },
    });
  return user;
}

export function actorOf(user: { id: string; role: string; name: string; employerId: string | null }): Actor {
  return { id: user.id, role: user.role as Role, name: user.name, employerId: user.employerId };
}

export async function makeQuestionnaire(prisma: PrismaClient) {
  // the bundled content is the same for every call: import it once per (emptied) database; the newest
  // bundled version, as a new traject gets it
  const existing = await prisma.questionnaire.findUnique({
    where: { key_version: { key: questionnaireJson.id, version: BUNDLED_QUESTIONNAIRE_VERSION } },
  });
  return existing ?? installBundledContent(prisma);
}

export { questionnaireJson };

/** A traject with its trainer, an assigned expert and an employer user: the usual cast of a test. */
export async function makeTraject(prisma: PrismaClient, opts: { status?: "INTAKE" | "SCAN_OPEN" | "SCAN_CLOSED" } = {}) {
  const questionnaire = await makeQuestionnaire(prisma);
  const trainer = await makeUser(prisma, "TRAINER");
  const employer = await makeEmployer(prisma, undefined, trainer.id);
  const expert = await makeUser(prisma, "EXPERT");
  const employerUser = await makeUser(prisma, "EMPLOYER", { employerId: employer.id });
  const traject = await prisma.traject.create({
    data: {
      employerId: employer.id,
      werkvloerId: employer.werkvloeren[0]!.id,
      trainerId: trainer.id,
      status: opts.status ?? "SCAN_OPEN",
      questionnaireId: questionnaire.id,
      sessions: { create: [{ number: 1 }, { number: 2 }] },
      assignments: { create: { expertId: expert.id } },
    },
  });
  return {
    traject,
    employer,
    questionnaire,
    trainer: actorOf(trainer),
    expert: actorOf(expert),
    employerUser: actorOf(employerUser),
  };
}

export type TrajectFixture = Awaited<ReturnType<typeof makeTraject>>;

/** A second employer user whose key person is the employer's confirmed directie (relation employerDirectie). */
export async function makeDirectie(prisma: PrismaClient, f: TrajectFixture) {
  return actorOf(await makeUser(prisma, "EMPLOYER", { employerId: f.employer.id, name: `Directeur ${uid()}`, function: "DIRECTIE" }));
}

/** Everyone who is *not* related to a traject: a second traject's cast plus an admin. */
export async function makeOutsiders(prisma: PrismaClient) {
  const other = await makeTraject(prisma);
  const admin = actorOf(await makeUser(prisma, "ADMIN"));
  return { other, admin };
}

/** A submitted response written straight into the database (the respondent flow has its own tests). */
export async function makeSubmittedResponse(
  prisma: PrismaClient,
  f: TrajectFixture,
  opts: {
    name?: string;
    email?: string;
    fn?: RespondentFunctionKey;
    answers: Record<string, unknown>;
    selfGrade?: number | null;
    notes?: Record<string, string>;
    status?: "SUBMITTED" | "DRAFT";
    /** the respondent ticked that the employer may read their texts (default: not) */
    shareText?: boolean;
    /** the scan round (default: the first) */
    roundId?: string;
    questionnaireId?: string;
  },
) {
  const invitation = await prisma.scanInvitation.create({
    data: {
      trajectId: f.traject.id,
      roundId: opts.roundId ?? (await ensureFirstRound(prisma, f.traject.id)).id,
      name: opts.name ?? `Respondent ${uid()}`,
      email: opts.email ?? `r-${uid()}@voorbeeld.nl`,
      function: opts.fn ?? "HR",
      tokenHash: uid() + uid() + uid(),
      expiresAt: new Date(Date.now() + 86400_000),
      createdById: f.trainer.id,
    },
  });
  return prisma.scanResponse.create({
    data: {
      invitationId: invitation.id,
      trajectId: f.traject.id,
      roundId: invitation.roundId,
      questionnaireId: opts.questionnaireId ?? f.questionnaire.id,
      status: opts.status ?? "SUBMITTED",
      submittedAt: opts.status === "DRAFT" ? null : new Date(),
      shareTextWithEmployer: opts.shareText ?? false,
      selfGrade: opts.selfGrade ?? null,
      answers: {
        create: Object.entries(opts.answers).map(([itemKey, v]) =>
          v === "dontKnow" ? { itemKey, value: null, dontKnow: true } : { itemKey, value: Number(v) },
        ),
      },
      notes: { create: Object.entries(opts.notes ?? {}).map(([key, text]) => ({ key, text })) },
    },
  });
}

/** A stored mail of the traject with one small file attached (the outbox's attachment download). */
export function makeMailWithAttachment(prisma: PrismaClient, trajectId: string) {
  return prisma.outboxMail.create({
    data: {
      trajectId,
      kind: "signoff",
      to: "directie@voorbeeld.nl",
      subject: "Vastgesteld",
      text: "In de bijlage.",
      status: "STORED",
      attachments: { create: { fileName: "gedragscode.pdf", contentType: "application/pdf", size: 4, content: Buffer.from("%PDF") } },
    },
    include: { attachments: true },
  });
}

/** A small, valid PNG (8 × 4 pixels): an organisation's logo. */
export const LOGO_PNG = new Uint8Array(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEUlEQVR4nGOQj2/DihioJwEATN4ggbrC0yYAAAAASUVORK5CYII=", "base64"),
);
/** A small, valid baseline JPEG (8 × 4 pixels). */
export const LOGO_JPEG = new Uint8Array(
  Buffer.from(
    "/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAEAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABv/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AJ+ARC7/2Q==",
    "base64",
  ),
);
export const logoFile = (bytes: Uint8Array = LOGO_PNG, name = "logo.png") => new File([Buffer.from(bytes)], name, { type: "image/png" });
