import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { env } from "@/lib/env";
import { currentContent } from "./content";
import { DEFAULT_SIGNER_FUNCTIONS, PERSON_SELECT, worksCouncilRequired } from "./signer-list";
import { signerListHash, signerListProblems } from "./signer-rules";
import { notAskedBecause } from "./signing-requests";

/**
 * The sign-off panel: who must sign (proposed, or confirmed by the directie), their valid or voided
 * signatures, what keeps the list from being confirmed, the hash of the text as it is, and what the
 * actor may do. Before anyone acted on the list, the defaults are shown as they will be stored.
 */
export async function signOffState({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  const access = await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  const can = (c: Parameters<typeof access.capabilities.has>[0]) => access.capabilities.has(c);
  const code = await db().gedragscode.findUnique({
    where: { trajectId },
    select: {
      id: true,
      status: true,
      signersProposedByName: true,
      signersConfirmedAt: true,
      signersConfirmedByName: true,
      signersConfirmedHash: true,
      signingRequestedAt: true,
      signingRequestedByName: true,
    },
  });
  const traject = await db().traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: { employerId: true, employer: { select: { hasWorksCouncil: true } } },
  });
  const keyPersons = await db().keyPerson.findMany({
    where: { employerId: traject.employerId },
    orderBy: { name: "asc" },
    select: { ...PERSON_SELECT, createdAt: true, version: true },
  });
  const stored = code
    ? await db().codeSigner.findMany({
        where: { gedragscodeId: code.id },
        orderBy: { createdAt: "asc" },
        include: {
          keyPerson: { select: PERSON_SELECT },
          signatures: {
            orderBy: { signedAt: "desc" },
            select: { name: true, function: true, sentTo: true, signedAt: true, voidedAt: true, voidReason: true, contentHash: true },
          },
          links: { where: { usedAt: null }, select: { expiresAt: true, sentTo: true } },
        },
      })
    : [];
  const signers =
    stored.length > 0
      ? stored.map((s) => ({
          id: s.id,
          signsAs: s.keyPerson.function,
          keyPerson: s.keyPerson,
          signatures: s.signatures,
          link: s.links[0] ?? null,
          requestedAt: s.requestedAt,
          remindedAt: s.remindedAt,
        }))
      : DEFAULT_SIGNER_FUNCTIONS.flatMap((fn) => {
          // the same person ensureSigners will store: the first one recorded with this function
          const p = [...keyPersons].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).find((k) => k.function === fn);
          return p ? [{ id: null, signsAs: fn, keyPerson: p, signatures: [], link: null, requestedAt: null, remindedAt: null }] : [];
        });
  const hash = code ? (await currentContent(db(), code.id)).hash : null;
  const orRequired = await worksCouncilRequired(db(), traject.employerId);
  const people = signers.map((s) => s.keyPerson);
  const listHash = signerListHash(people);
  const problems = signerListProblems(people, { worksCouncilRequired: orRequired });
  const inEffect = signers.length > 0 && !!code?.signersConfirmedAt && code.signersConfirmedHash === listHash && problems.length === 0;
  const withState = signers.map((s) => ({
    ...s,
    valid: s.signatures.find((sig) => sig.voidedAt === null && sig.contentHash === hash) ?? null,
    lastVoided: s.signatures.find((sig) => sig.voidedAt !== null) ?? null,
    isActor: s.keyPerson.userId === actor.id,
    /** why "Klaar om te tekenen" will not reach them (null: it will) */
    notAskedBecause: notAskedBecause(s.keyPerson, !!env().SMTP_URL),
  }));
  return {
    status: code?.status ?? "CONCEPT",
    hash,
    keyPersons,
    list: {
      hash: listHash,
      inEffect,
      problems,
      proposedByName: code?.signersProposedByName ?? null,
      confirmedAt: inEffect ? code!.signersConfirmedAt : null,
      confirmedByName: inEffect ? code!.signersConfirmedByName : null,
      /** confirmed once, but the list or a person on it changed since */
      changedSinceConfirmed: !inEffect && !!code?.signersConfirmedAt,
    },
    /** "Klaar om te tekenen": when and by whom; null while the tandem has not said so (or a change took it away) */
    requested: code?.signingRequestedAt ? { at: code.signingRequestedAt, byName: code.signingRequestedByName } : null,
    /** days before a signer who has not signed is reminded (lib/gedragscode/signing-requests.ts) */
    reminderDays: env().SIGNING_REMINDER_DAYS,
    worksCouncil: { stated: traject.employer.hasWorksCouncil, required: orRequired },
    /** directie key persons the employer has not confirmed yet (a confirmed directie may confirm them) */
    unconfirmedDirectie: keyPersons
      .filter((k) => k.function === "DIRECTIE" && !k.directieConfirmedAt)
      .map((k) => ({ id: k.id, name: k.name, email: k.email, version: k.version })),
    signers: withState,
    /** who has signed the text as it is now: whom an edit or a reopening would ask to sign again */
    signedBy: withState.flatMap((s) => (s.valid ? [s.valid.name] : [])),
    /** signing links go out only by mail; without a mail server those without an account sign after login (./signing-links.ts) */
    signingLinks: !!env().SMTP_URL,
    missingDefaults: DEFAULT_SIGNER_FUNCTIONS.filter((fn) => !keyPersons.some((k) => k.function === fn)),
    capabilities: {
      sign: can("gedragscode:sign"),
      manageSigners: can("gedragscode:signers"),
      confirmSigners: can("gedragscode:confirmSigners"),
      confirmDirectie: can("directie:confirm"),
      stateWorksCouncil: can("worksCouncil:state"),
      reopen: can("gedragscode:reopen"),
      requestSignatures: can("gedragscode:requestSignatures"),
    },
  };
}
