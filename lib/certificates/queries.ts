import "server-only";
import { db, type DbClient } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import { capabilitiesFor } from "@/lib/auth/capabilities";
import { roleHasExpertProfile, type Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { readOrganisation } from "@/lib/organisation/settings";
import { fileNameSlug } from "@/lib/format/file-name";
import { isoDay } from "@/lib/dates";
import { formatCertificateCode } from "./code";
import { renderCertificatePdf } from "./render-pdf";

// Reading certificates: the admin sees every certificate of an expert (valid and revoked) beside the
// account; the expert sees their own valid ones on their profile; both download the PDF. Anyone else
// gets "not found", never "not yours".

const ROW = {
  id: true,
  code: true,
  name: true,
  cohortName: true,
  takenOver: true,
  issuedAt: true,
  issuedByName: true,
  revokedAt: true,
  revokedByName: true,
} as const;

const withFormattedCode = <T extends { code: string }>(c: T) => ({ ...c, formattedCode: formatCertificateCode(c.code) });

/** An expert account with all its certificates, newest first, for the admin. */
export async function certificatesOfUser({ actor, userId }: { actor: Actor; userId: string }) {
  assertCapability(actor, "user:manage");
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, certificates: { orderBy: { issuedAt: "desc" }, select: ROW } },
  });
  if (!user || !roleHasExpertProfile(user.role)) throw notFound("Deze ervaringsdeskundige");
  return { ...user, certificates: user.certificates.map(withFormattedCode) };
}

/** The expert's own valid certificates, for their profile. */
export async function ownCertificates(actor: Actor) {
  assertCapability(actor, "profile:own");
  const rows = await db().certificate.findMany({
    where: { userId: actor.id, revokedAt: null },
    orderBy: { issuedAt: "desc" },
    select: ROW,
  });
  return rows.map(withFormattedCode);
}

/**
 * The certificate as PDF: the admin any (a revoked one says so on the paper), the expert only their own
 * valid one. Anything else is not found.
 */
export async function certificatePdfForActor({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  const c = await db().certificate.findUnique({ where: { id: certificateId }, select: { ...ROW, userId: true } });
  const caps = capabilitiesFor(actor);
  const mayRead = c && (caps.has("user:manage") || (caps.has("profile:own") && c.userId === actor.id && c.revokedAt === null));
  if (!c || !mayRead) throw notFound("Dit certificaat");
  const app = env().APP_URL;
  const organisation = await readOrganisation();
  const pdf = await renderCertificatePdf({
    ...c,
    programme: organisation.programmeName,
    organisation: organisation.name,
    checkUrl: `${app}/certificaat/${c.code}`,
    checkPage: `${app}/certificaat`,
  });
  return { pdf: new Uint8Array(pdf), fileName: `certificaat-${fileNameSlug(c.name)}-${isoDay(c.issuedAt)}.pdf` };
}

/** A person's certificates as their AVG exports hold them (own data; the admin's export of the person). */
export async function certificatesForExport(userId: string, client: DbClient = db()) {
  const rows = await client.certificate.findMany({
    where: { userId },
    orderBy: { issuedAt: "asc" },
    // the row the pages read, without the database's own id
    select: { ...ROW, id: false },
  });
  return rows.map(withFormattedCode);
}
