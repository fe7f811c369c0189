import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { isoDay } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { fileNameSlug } from "@/lib/format/file-name";
import { describeAuditAction } from "@/lib/logbook/actions";
import { recordId } from "@/lib/zod";
import { certificatesForExport } from "@/lib/certificates/queries";
import { scrubAuditDetails } from "./erasure";

// A candidate under the AVG (docs/privacy.md#inzage, #wissen; ADR 034): the admin finds them by the
// e-mail address, exports what is kept about them as JSON, or erases them. Their account, once they
// started a cohort, is a person of its own (own export; erasing it removes the candidate too).

/** The candidates with this address, for the admin's AVG page. */
export async function findCandidatesByEmail({ actor, email }: { actor: Actor; email: string }) {
  assertCapability(actor, "privacy:manage");
  return db().expertCandidate.findMany({
    where: { email: { equals: email, mode: "insensitive" } },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, email: true, status: true, createdAt: true, userId: true },
  });
}

/** Everything kept about one candidate, and the log's events about them (without their details' names). */
export async function exportCandidate({ actor, candidateId }: { actor: Actor; candidateId: string }) {
  assertCapability(actor, "privacy:manage");
  if (!recordId().safeParse(candidateId).success) throw notFound("Deze kandidaat");
  const candidate = await db().expertCandidate.findUnique({
    where: { id: candidateId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      channel: true,
      channelOther: true,
      status: true,
      statusChangedAt: true,
      stoppedAt: true,
      createdAt: true,
      updatedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          cohortParticipations: { select: { createdAt: true, cohort: { select: { name: true } } } },
        },
      },
    },
  });
  if (!candidate) throw notFound("Deze kandidaat");
  const audit = await db().auditEvent.findMany({
    where: { entityType: "ExpertCandidate", entityId: candidateId },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, actorLabel: true, action: true },
  });
  const now = new Date();
  const { user, ...kept } = candidate;
  // the account's certificates, valid and revoked, with their verification codes (lib/certificates)
  const certificates = user ? await certificatesForExport(user.id) : [];
  const json = {
    exportedAt: now.toISOString(),
    exportedBy: actor.name,
    note: "Wat de app over deze kandidaat bewaart. Een reden om te stoppen of iets over de gezondheid wordt nooit gevraagd of bewaard.",
    candidate: kept,
    account: user && {
      name: user.name,
      email: user.email,
      cohorts: user.cohortParticipations.map((p) => ({ cohort: p.cohort.name, since: p.createdAt })),
      certificates,
    },
    auditLog: audit.map((e) => ({ ...e, description: describeAuditAction(e.action) })),
  };
  await recordAudit({ actor, action: "privacy.exportCandidate", entityType: "ExpertCandidate", entityId: candidateId });
  return { fileName: `AVG-export-kandidaat-${fileNameSlug(candidate.name)}-${isoDay(now)}.json`, json: JSON.stringify(json, null, 2) };
}

/** Erases the candidate; their account (if they started a cohort) stays, to be erased as a person of its own. */
export async function eraseCandidate({ actor, candidateId }: { actor: Actor; candidateId: string }) {
  assertCapability(actor, "privacy:manage");
  return db().$transaction(async (tx) => {
    const candidate = await tx.expertCandidate.findUnique({ where: { id: candidateId }, select: { id: true, userId: true } });
    if (!candidate) throw notFound("Deze kandidaat");
    await scrubAuditDetails(tx, { entityType: "ExpertCandidate", entityId: candidate.id });
    await tx.expertCandidate.delete({ where: { id: candidate.id } });
    await recordAudit(
      {
        actor,
        action: "privacy.eraseCandidate",
        entityType: "ExpertCandidate",
        entityId: candidate.id,
        data: { hadAccount: !!candidate.userId },
      },
      tx,
    );
    return { hadAccount: !!candidate.userId };
  });
}
