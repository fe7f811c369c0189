import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { announceBoardChange } from "@/lib/board/events";
import { env } from "@/lib/env";
import { hashLinkToken, newLinkToken } from "@/lib/link-tokens";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { signingLinkMail } from "@/lib/mail/templates";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/trajecten/labels";
import type { Tx } from "./change";
import { currentContent } from "./content";

// The code is the employer's own (issue "Session 2 live", item 4). The traject names who signs for
// the employer (default: directie, HR and the OR, from the key persons). Each signs with their own
// account, or through a one-time link for a key person without one. A signature records the SHA-256
// of the exact content signed; the code is adopted (vastgesteld) once every named signer has a valid
// signature on the content as it is. Only the directie reopens it; reopening voids the signatures.

export const SIGNING_LINK_DAYS = 14;
export const DEFAULT_SIGNER_FUNCTIONS = ["DIRECTIE", "HR", "ONDERNEMINGSRAAD"] as const;
const CHANGED = "De code is gewijzigd sinds u hem opende. Lees de nieuwe tekst en teken opnieuw.";
const LINK_INVALID =
  "Deze ondertekenlink werkt niet (meer): hij is al gebruikt, vervangen of verlopen. Vraag de trainer of HR om een nieuwe.";

type CodeFacts = { id: string; status: string; trajectId: string; employerId: string };

async function codeOf(tx: Tx, trajectId: string): Promise<CodeFacts> {
  const code = await tx.gedragscode.upsert({
    where: { trajectId },
    create: { trajectId },
    update: {},
    include: { traject: { select: { employerId: true } } },
  });
  return { id: code.id, status: code.status, trajectId, employerId: code.traject.employerId };
}

/** The default signers, stored the first time anyone signs or looks at who must: one key person per default function. */
async function ensureSigners(tx: Tx, code: CodeFacts) {
  if ((await tx.codeSigner.count({ where: { gedragscodeId: code.id } })) > 0) return;
  for (const fn of DEFAULT_SIGNER_FUNCTIONS) {
    const person = await tx.keyPerson.findFirst({ where: { employerId: code.employerId, function: fn }, orderBy: { createdAt: "asc" } });
    if (person) await tx.codeSigner.create({ data: { gedragscodeId: code.id, keyPersonId: person.id, signsAs: fn } });
  }
}

/** Adopts the code when every named signer has a valid signature on the content as it is now. */
async function adoptIfComplete(tx: Tx, code: CodeFacts, actorLabel: string): Promise<boolean> {
  const [signers, { hash }] = await Promise.all([
    tx.codeSigner.findMany({ where: { gedragscodeId: code.id }, include: { signatures: { where: { voidedAt: null } } } }),
    currentContent(tx, code.id),
  ]);
  const clauses = await tx.gedragscodeClause.count({ where: { gedragscodeId: code.id } });
  if (signers.length === 0 || clauses === 0) return false;
  const valid = signers.map((s) => s.signatures.find((sig) => sig.contentHash === hash));
  if (valid.some((v) => !v)) return false;
  const signatures = valid.filter((v) => v !== undefined);
  await tx.gedragscode.update({
    where: { id: code.id },
    data: {
      status: "VASTGESTELD",
      adoptedAt: new Date(),
      adoptedByName: signatures.map((s) => `${s.name} (${s.function})`).join(", "),
      consentToReuse: signatures.every((s) => s.consentToReuse),
    },
  });
  await tx.auditEvent.create({
    data: {
      actorLabel,
      action: "gedragscode.adopt",
      entityType: "Gedragscode",
      entityId: code.id,
      trajectId: code.trajectId,
      data: { hash },
    },
  });
  return true;
}

function assertConcept(code: CodeFacts) {
  if (code.status === "VASTGESTELD") throw new AppError("CONFLICT", "De code is al vastgesteld.");
}

/** Who must sign: the trainer or the employer chooses from the employer's key persons. */
export async function setSigners({ actor, trajectId, keyPersonIds }: { actor: Actor; trajectId: string; keyPersonIds: string[] }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:signers" });
  return db().$transaction(async (tx) => {
    const code = await codeOf(tx, trajectId);
    assertConcept(code);
    const persons = await tx.keyPerson.findMany({ where: { id: { in: keyPersonIds }, employerId: code.employerId } });
    if (persons.length !== keyPersonIds.length)
      throw new AppError("VALIDATION", "Kies sleutelpersonen van deze werkgever.", {
        signers: ["Kies sleutelpersonen van deze werkgever."],
      });
    await tx.codeSigner.deleteMany({ where: { gedragscodeId: code.id, keyPersonId: { notIn: keyPersonIds } } });
    for (const p of persons)
      await tx.codeSigner.upsert({
        where: { gedragscodeId_keyPersonId: { gedragscodeId: code.id, keyPersonId: p.id } },
        create: { gedragscodeId: code.id, keyPersonId: p.id, signsAs: p.function },
        update: {},
      });
    await recordAudit(
      {
        actor,
        action: "gedragscode.signers",
        entityType: "Gedragscode",
        entityId: code.id,
        trajectId,
        data: { signers: keyPersonIds.length },
      },
      tx,
    );
    const adopted = await adoptIfComplete(tx, code, actor.name);
    await announceBoardChange(tx, { trajectId, kind: "signoff", actorName: actor.name });
    return { adopted };
  });
}

async function recordSignature(
  tx: Tx,
  code: CodeFacts,
  signer: { id: string },
  sig: { userId: string | null; name: string; function: string; contentHash: string; consentToReuse: boolean },
) {
  const { hash } = await currentContent(tx, code.id);
  if (sig.contentHash !== hash) throw new AppError("CONFLICT", CHANGED);
  if ((await tx.gedragscodeClause.count({ where: { gedragscodeId: code.id } })) === 0)
    throw new AppError("VALIDATION", "Een code zonder afspraken kan niet worden ondertekend.");
  if (await tx.codeSignature.findFirst({ where: { signerId: signer.id, voidedAt: null }, select: { id: true } }))
    throw new AppError("VALIDATION", "U heeft deze versie van de code al ondertekend.");
  const version = (await tx.gedragscode.findUniqueOrThrow({ where: { id: code.id }, select: { version: true } })).version;
  await tx.codeSignature.create({ data: { gedragscodeId: code.id, signerId: signer.id, codeVersion: version, ...sig } });
}

/** An employer user signs with their own account, when they are one of the named signers. */
export async function signCode({
  actor,
  trajectId,
  contentHash,
  consentToReuse,
}: {
  actor: Actor;
  trajectId: string;
  contentHash: string;
  consentToReuse: boolean;
}) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:sign" });
  return db().$transaction(async (tx) => {
    const code = await codeOf(tx, trajectId);
    assertConcept(code);
    await ensureSigners(tx, code);
    const signer = await tx.codeSigner.findFirst({
      where: { gedragscodeId: code.id, keyPerson: { userId: actor.id } },
      include: { keyPerson: true },
    });
    if (!signer) throw new AppError("FORBIDDEN", "U staat niet bij de mensen die namens de werkgever tekenen.");
    const fn = EMPLOYER_FUNCTION_LABEL[signer.signsAs];
    await recordSignature(tx, code, signer, { userId: actor.id, name: actor.name, function: fn, contentHash, consentToReuse });
    await recordAudit(
      { actor, action: "gedragscode.sign", entityType: "Gedragscode", entityId: code.id, trajectId, data: { signer: signer.id } },
      tx,
    );
    const adopted = await adoptIfComplete(tx, code, actor.name);
    await announceBoardChange(tx, { trajectId, kind: "signoff", actorName: actor.name });
    return { adopted };
  });
}

/** A one-time signing link for a named signer without an account, sent through the outbox. A new link replaces the old. */
export async function sendSigningLink({ actor, trajectId, keyPersonId }: { actor: Actor; trajectId: string; keyPersonId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:signers" });
  await db().$transaction(async (tx) => {
    const code = await codeOf(tx, trajectId);
    assertConcept(code);
    await ensureSigners(tx, code);
    const signer = await tx.codeSigner.findFirst({
      where: { keyPersonId, gedragscodeId: code.id },
      include: { keyPerson: true, gedragscode: { select: { traject: { select: { employer: { select: { name: true } } } } } } },
    });
    if (!signer) throw notFound("Deze ondertekenaar");
    if (signer.keyPerson.userId) throw new AppError("VALIDATION", `${signer.keyPerson.name} heeft een account en tekent na inloggen.`);
    const signerId = signer.id;
    await tx.signingLink.deleteMany({ where: { signerId, usedAt: null } });
    const { token, tokenHash } = newLinkToken();
    await tx.signingLink.create({ data: { signerId, tokenHash, expiresAt: new Date(Date.now() + SIGNING_LINK_DAYS * 86_400_000) } });
    const mail = signingLinkMail({
      name: signer.keyPerson.name,
      employerName: signer.gedragscode.traject.employer.name,
      senderName: actor.name,
      url: `${env().APP_URL}/ondertekenen/${token}`,
      days: SIGNING_LINK_DAYS,
    });
    await enqueueMail({ trajectId, kind: "signing", to: signer.keyPerson.email, ...mail }, tx);
    await recordAudit({ actor, action: "gedragscode.signingLink", entityType: "CodeSigner", entityId: signerId, trajectId }, tx);
  });
  kickDelivery();
}

async function linkOf(client: Tx, token: string) {
  const link =
    typeof token === "string" && token.length <= 200
      ? await client.signingLink.findUnique({
          where: { tokenHash: hashLinkToken(token) },
          include: {
            signer: {
              include: {
                keyPerson: true,
                gedragscode: { select: { id: true, status: true, trajectId: true, traject: { select: { employerId: true } } } },
              },
            },
          },
        })
      : null;
  if (!link || link.usedAt || link.expiresAt <= new Date() || link.signer.gedragscode.status === "VASTGESTELD")
    throw new AppError("INVITE_INVALID", LINK_INVALID);
  return link;
}

/** What the signing page shows: the code as it is now, and for whom the link is. */
export async function signingLinkView(token: string) {
  const link = await db().$transaction((tx) => linkOf(tx, token));
  const { content, hash } = await currentContent(db(), link.signer.gedragscode.id);
  const employer = await db().employer.findUniqueOrThrow({
    where: { id: link.signer.gedragscode.traject.employerId },
    select: { name: true },
  });
  return {
    trajectId: link.signer.gedragscode.trajectId,
    employerName: employer.name,
    name: link.signer.keyPerson.name,
    function: EMPLOYER_FUNCTION_LABEL[link.signer.signsAs],
    content,
    hash,
  };
}

/** Signing through the link: once, before it expires, on the text the signer read. */
export async function signWithLink(input: { token: string; contentHash: string; consentToReuse: boolean; name: string; function: string }) {
  return db().$transaction(async (tx) => {
    const link = await linkOf(tx, input.token);
    const used = await tx.signingLink.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: new Date() } });
    if (used.count === 0) throw new AppError("INVITE_INVALID", LINK_INVALID);
    const g = link.signer.gedragscode;
    const code: CodeFacts = { id: g.id, status: g.status, trajectId: g.trajectId, employerId: g.traject.employerId };
    await recordSignature(tx, code, link.signer, {
      userId: null,
      name: input.name,
      function: input.function,
      contentHash: input.contentHash,
      consentToReuse: input.consentToReuse,
    });
    await tx.auditEvent.create({
      data: {
        actorLabel: `${input.name} (via ondertekenlink)`,
        action: "gedragscode.sign",
        entityType: "Gedragscode",
        entityId: g.id,
        trajectId: g.trajectId,
        data: { signer: link.signerId },
      },
    });
    const adopted = await adoptIfComplete(tx, code, input.name);
    await announceBoardChange(tx, { trajectId: g.trajectId, kind: "signoff", actorName: input.name });
    return { adopted };
  });
}

/** Only the employer's directie reopens an adopted code: the signatures are voided, the outcome reset, and it is audited. */
export async function reopenCode({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:reopen" });
  await db().$transaction(async (tx) => {
    const code = await codeOf(tx, trajectId);
    if (code.status !== "VASTGESTELD") throw new AppError("CONFLICT", "De code is geen vastgestelde code; er is niets te heropenen.");
    await tx.gedragscode.update({
      where: { id: code.id },
      data: { status: "CONCEPT", adoptedAt: null, adoptedByName: null, consentToReuse: false },
    });
    await tx.codeSignature.updateMany({
      where: { gedragscodeId: code.id, voidedAt: null },
      data: { voidedAt: new Date(), voidReason: `De directie (${actor.name}) heeft de code heropend.` },
    });
    await tx.traject.update({ where: { id: trajectId }, data: { outcome: null, outcomeConfirmedAt: null } });
    await recordAudit({ actor, action: "gedragscode.reopen", entityType: "Gedragscode", entityId: code.id, trajectId }, tx);
    await announceBoardChange(tx, { trajectId, kind: "signoff", actorName: actor.name });
  });
}

/** The sign-off panel: who must sign, their valid or voided signatures, and the hash of the text as it is. */
export async function signOffState({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  const access = await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  const code = await db().gedragscode.findUnique({ where: { trajectId }, select: { id: true, status: true } });
  const traject = await db().traject.findUniqueOrThrow({ where: { id: trajectId }, select: { employerId: true } });
  const keyPersons = await db().keyPerson.findMany({
    where: { employerId: traject.employerId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, function: true, userId: true },
  });
  const stored = code
    ? await db().codeSigner.findMany({
        where: { gedragscodeId: code.id },
        orderBy: { createdAt: "asc" },
        include: {
          keyPerson: { select: { id: true, name: true, function: true, userId: true } },
          signatures: {
            orderBy: { signedAt: "desc" },
            select: { name: true, function: true, signedAt: true, voidedAt: true, voidReason: true, contentHash: true },
          },
          links: { where: { usedAt: null }, select: { expiresAt: true } },
        },
      })
    : [];
  // before anyone chose, the defaults are shown as they will be stored
  const signers =
    stored.length > 0
      ? stored.map((s) => ({
          id: s.id,
          signsAs: s.signsAs,
          keyPerson: s.keyPerson,
          signatures: s.signatures,
          linkExpiresAt: s.links[0]?.expiresAt ?? null,
        }))
      : DEFAULT_SIGNER_FUNCTIONS.flatMap((fn) => {
          const p = keyPersons.find((k) => k.function === fn);
          return p ? [{ id: null, signsAs: fn, keyPerson: p, signatures: [], linkExpiresAt: null }] : [];
        });
  const hash = code ? (await currentContent(db(), code.id)).hash : null;
  return {
    status: code?.status ?? "CONCEPT",
    hash,
    keyPersons,
    signers: signers.map((s) => ({
      ...s,
      valid: s.signatures.find((sig) => sig.voidedAt === null && sig.contentHash === hash) ?? null,
      lastVoided: s.signatures.find((sig) => sig.voidedAt !== null) ?? null,
      isActor: s.keyPerson.userId === actor.id,
    })),
    missingDefaults: DEFAULT_SIGNER_FUNCTIONS.filter((fn) => !keyPersons.some((k) => k.function === fn)),
    capabilities: {
      sign: access.capabilities.has("gedragscode:sign"),
      manageSigners: access.capabilities.has("gedragscode:signers"),
      reopen: access.capabilities.has("gedragscode:reopen"),
    },
  };
}
