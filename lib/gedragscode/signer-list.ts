import "server-only";
import { AppError } from "@/lib/errors";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";
import { withInBrackets } from "@/lib/format/sentence";
import type { Tx } from "@/lib/db";
import { currentContent } from "./content";
import { isConfirmedDirectie, signerListHash, signerListProblems, type ListedPerson } from "./signer-rules";

// The sign-off's core, shared by signing in the app and through a link (./signoff.ts, ./signing-links.ts):
// the code row (locked, so a list change, a confirmation and a signature happen one after another), the
// signer list and whether it is in effect, a signature, and adoption.

export const DEFAULT_SIGNER_FUNCTIONS = ["DIRECTIE", "HR", "ONDERNEMINGSRAAD"] as const;
export const LIST_NOT_CONFIRMED =
  "De directie heeft nog niet bevestigd wie er namens de werkgever tekent. Zodra dat gebeurd is, kan er getekend worden.";
const CHANGED = "De code is gewijzigd sinds u hem opende. Lees de nieuwe tekst en teken opnieuw.";
const LIST_CHANGED = "De lijst van wie er tekent is intussen gewijzigd. Bekijk de lijst opnieuw en bevestig dan.";

export type CodeFacts = { id: string; status: string; trajectId: string; employerId: string };

export const PERSON_SELECT = { id: true, name: true, email: true, function: true, userId: true, directieConfirmedAt: true } as const;

export async function codeOf(tx: Tx, trajectId: string): Promise<CodeFacts> {
  const code = await tx.gedragscode.upsert({
    where: { trajectId },
    create: { trajectId },
    update: {},
    include: { traject: { select: { employerId: true } } },
  });
  await tx.$queryRaw`SELECT 1 FROM "Gedragscode" WHERE "id" = ${code.id} FOR UPDATE`;
  const status = (await tx.gedragscode.findUniqueOrThrow({ where: { id: code.id }, select: { status: true } })).status;
  return { id: code.id, status, trajectId, employerId: code.traject.employerId };
}

export function assertConcept(code: CodeFacts) {
  if (code.status === "VASTGESTELD") throw new AppError("CONFLICT", "De code is al vastgesteld.");
}

/** The default proposal, stored the first time anyone acts on the list: one key person per default function. */
export async function ensureSigners(tx: Tx, code: CodeFacts) {
  if ((await tx.codeSigner.count({ where: { gedragscodeId: code.id } })) > 0) return;
  for (const fn of DEFAULT_SIGNER_FUNCTIONS) {
    const person = await tx.keyPerson.findFirst({ where: { employerId: code.employerId, function: fn }, orderBy: { createdAt: "asc" } });
    if (person) await tx.codeSigner.create({ data: { gedragscodeId: code.id, keyPersonId: person.id, signsAs: fn } });
  }
}

/** The OR signs too when one is recorded as a key person or the directie said the employer has one. */
export async function worksCouncilRequired(tx: Tx, employerId: string): Promise<boolean> {
  const [employer, orPeople] = await Promise.all([
    tx.employer.findUniqueOrThrow({ where: { id: employerId }, select: { hasWorksCouncil: true } }),
    tx.keyPerson.count({ where: { employerId, function: "ONDERNEMINGSRAAD" } }),
  ]);
  return employer.hasWorksCouncil === true || orPeople > 0;
}

/** The stored list, its hash, what keeps it from being confirmed, and whether it is in effect. */
export async function listState(tx: Tx, code: CodeFacts) {
  const [signers, row, orRequired] = await Promise.all([
    tx.codeSigner.findMany({
      where: { gedragscodeId: code.id },
      orderBy: { createdAt: "asc" },
      include: { keyPerson: { select: PERSON_SELECT } },
    }),
    tx.gedragscode.findUniqueOrThrow({ where: { id: code.id }, select: { signersConfirmedAt: true, signersConfirmedHash: true } }),
    worksCouncilRequired(tx, code.employerId),
  ]);
  const people: ListedPerson[] = signers.map((s) => s.keyPerson);
  const hash = signerListHash(people);
  const problems = signerListProblems(people, { worksCouncilRequired: orRequired });
  const inEffect = signers.length > 0 && row.signersConfirmedAt !== null && row.signersConfirmedHash === hash && problems.length === 0;
  return { signers, hash, problems, inEffect, orRequired };
}

/** A confirmed directie confirms the list they were shown (by its hash): from then on it can be signed. */
export async function confirmListInTx(tx: Tx, code: CodeFacts, shownHash: string, confirmerName: string) {
  const list = await listState(tx, code);
  if (list.hash !== shownHash) throw new AppError("CONFLICT", LIST_CHANGED);
  if (list.problems.length > 0) throw new AppError("VALIDATION", list.problems.join(" "));
  await tx.gedragscode.update({
    where: { id: code.id },
    data: { signersConfirmedAt: new Date(), signersConfirmedByName: confirmerName, signersConfirmedHash: list.hash },
  });
  return list;
}

/** Records a signature; the name and function are the key person's, never typed. */
export async function recordSignature(
  tx: Tx,
  code: CodeFacts,
  signer: { id: string; keyPerson: { name: string; function: keyof typeof EMPLOYER_FUNCTION_LABEL } },
  sig: { userId: string | null; sentTo: string | null; contentHash: string; consentToReuse: boolean },
) {
  if (!(await listState(tx, code)).inEffect) throw new AppError("VALIDATION", LIST_NOT_CONFIRMED);
  const { hash } = await currentContent(tx, code.id);
  if (sig.contentHash !== hash) throw new AppError("CONFLICT", CHANGED);
  if ((await tx.gedragscodeClause.count({ where: { gedragscodeId: code.id } })) === 0)
    throw new AppError("VALIDATION", "Een code zonder afspraken kan niet worden ondertekend.");
  if (await tx.codeSignature.findFirst({ where: { signerId: signer.id, voidedAt: null }, select: { id: true } }))
    throw new AppError("VALIDATION", "U heeft deze versie van de code al ondertekend.");
  const version = (await tx.gedragscode.findUniqueOrThrow({ where: { id: code.id }, select: { version: true } })).version;
  const identity = { name: signer.keyPerson.name, function: EMPLOYER_FUNCTION_LABEL[signer.keyPerson.function] };
  await tx.codeSignature.create({ data: { gedragscodeId: code.id, signerId: signer.id, codeVersion: version, ...identity, ...sig } });
}

/** The signatures that still count: not voided, on the content as it is now (and that content's hash). */
export async function validSignatures(tx: Tx, codeId: string) {
  const { hash } = await currentContent(tx, codeId);
  const signatures = await tx.codeSignature.findMany({ where: { gedragscodeId: codeId, voidedAt: null, contentHash: hash } });
  return { hash, signatures };
}

/**
 * Adopts the code when the confirmed list is in effect and every listed signer has a valid signature on
 * the content as it is now, among them a confirmed directie and, where the employer has an OR, the OR.
 */
export async function adoptIfComplete(tx: Tx, code: CodeFacts, actorLabel: string): Promise<boolean> {
  const list = await listState(tx, code);
  const clauses = await tx.gedragscodeClause.count({ where: { gedragscodeId: code.id } });
  if (!list.inEffect || clauses === 0) return false;
  const valid = await validSignatures(tx, code.id);
  const { hash } = valid;
  const signatures = valid.signatures.filter((sig) => list.signers.some((s) => s.id === sig.signerId));
  const signed = (s: { id: string }) => signatures.some((sig) => sig.signerId === s.id);
  if (!list.signers.every(signed)) return false;
  const signedPeople = list.signers.filter(signed).map((s) => s.keyPerson);
  if (!signedPeople.some(isConfirmedDirectie)) return false;
  if (list.orRequired && !signedPeople.some((p) => p.function === "ONDERNEMINGSRAAD")) return false;
  await tx.gedragscode.update({
    where: { id: code.id },
    data: {
      status: "VASTGESTELD",
      adoptedAt: new Date(),
      adoptedByName: signatures.map((s) => withInBrackets(s.name, s.function)).join(", "),
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
