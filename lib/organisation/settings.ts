import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { isReadableLogo } from "./image";
import { DEFAULT_ORGANISATION, type OrganisationTexts } from "./defaults";
import { LOGO_WRONG_TYPE, logoTypeOf, type LogoInput, type LogoType, type OrganisationInput } from "./schema";
import type { Tx } from "@/lib/db";

// The organisation behind the app (ADR 025): one row, read from the database on every render that
// names it (instances share the database, so no process cache could go stale); without the row the
// defaults apply. The admin saves it with the version it read: two admins saving at once is a conflict.

const ID = "organisation";
const CONFLICT = "De gegevens van de organisatie zijn intussen door iemand anders gewijzigd. Laad de pagina opnieuw.";

export interface OrganisationSettings extends OrganisationTexts {
  version: number;
  /** false until an admin saved the page once */
  saved: boolean;
  hasLogo: boolean;
}

export interface OrganisationLogo {
  bytes: Uint8Array<ArrayBuffer>;
  type: LogoType;
}

const TEXT_FIELDS = {
  programmeName: true,
  name: true,
  shortName: true,
  ownerName: true,
  initiativeLine: true,
  contactEmail: true,
  contactPhone: true,
  website: true,
  mailFromName: true,
  mailFromAddress: true,
  replyToAddress: true,
} as const;

/** The settings (without the logo's bytes): one small SELECT. */
export async function readOrganisation(tx: Tx = db()): Promise<OrganisationSettings> {
  const row = await tx.organisation.findUnique({ where: { id: ID }, select: { ...TEXT_FIELDS, version: true, logoType: true } });
  if (!row) return { ...DEFAULT_ORGANISATION, version: 1, saved: false, hasLogo: false };
  const { version, logoType, ...texts } = row;
  return { ...texts, version, saved: true, hasLogo: logoType !== null };
}

/** The logo for the report's cover and the settings page's preview, or null. */
export async function readOrganisationLogo(tx: Tx = db()): Promise<OrganisationLogo | null> {
  const row = await tx.organisation.findUnique({ where: { id: ID }, select: { logo: true, logoType: true } });
  if (!row?.logo || (row.logoType !== "image/png" && row.logoType !== "image/jpeg")) return null;
  return { bytes: new Uint8Array(row.logo), type: row.logoType };
}

/**
 * Writes in one transaction after checking the version the admin's form was read with: the row's, or
 * 1 while there is none. The row is made on the first save, from the defaults and `data`.
 */
async function writeChecked(
  actor: Actor,
  version: number,
  data: Partial<OrganisationTexts> & { logo?: Uint8Array<ArrayBuffer> | null; logoType?: string | null },
  audit: { action: string; data: Record<string, string | null> },
) {
  await db().$transaction(async (tx) => {
    const existing = await tx.organisation.findUnique({ where: { id: ID }, select: { version: true } });
    if ((existing?.version ?? 1) !== version) throw new AppError("CONFLICT", CONFLICT);
    if (existing) await tx.organisation.update({ where: { id: ID }, data: { ...data, version: { increment: 1 } } });
    else await tx.organisation.create({ data: { id: ID, ...DEFAULT_ORGANISATION, ...data, version: 2 } });
    await recordAudit({ actor, action: audit.action, entityType: "Organisation", entityId: ID, data: audit.data }, tx);
  });
}

export async function saveOrganisation({ actor, input }: { actor: Actor; input: OrganisationInput }) {
  assertCapability(actor, "organisation:manage");
  const { version, ...texts } = input;
  await writeChecked(actor, version, texts, { action: "organisation.update", data: texts });
}

/** PNG or JPEG by its first bytes, and an image pdfkit can place on the report's cover. */
export async function setOrganisationLogo({ actor, input }: { actor: Actor; input: LogoInput }) {
  assertCapability(actor, "organisation:manage");
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const type = logoTypeOf(bytes);
  if (!type) throw new AppError("VALIDATION", LOGO_WRONG_TYPE, { file: [LOGO_WRONG_TYPE] });
  if (!isReadableLogo(bytes, type)) {
    const message = "Dit bestand lijkt een PNG of JPEG, maar is niet te lezen. Sla het logo opnieuw op en probeer het nog eens.";
    throw new AppError("VALIDATION", message, { file: [message] });
  }
  await writeChecked(actor, input.version, { logo: bytes, logoType: type }, { action: "organisation.logo", data: { type } });
}

export async function removeOrganisationLogo({ actor, input }: { actor: Actor; input: { version: number } }) {
  assertCapability(actor, "organisation:manage");
  await writeChecked(actor, input.version, { logo: null, logoType: null }, { action: "organisation.logo", data: { type: null } });
}
