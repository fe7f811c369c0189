import "server-only";
import { capabilitiesFor } from "@/lib/auth/capabilities";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbox";
import { accountMail } from "@/lib/mail/templates";
import { readOrganisation } from "@/lib/organisation/settings";
import { newLinkToken } from "@/lib/link-tokens";
import type { Tx } from "@/lib/db";

const DAY = 24 * 3600 * 1000;
export const ACCOUNT_LINK_DAYS = 7;

/** Every still-open password link of this user stops working (new link, account off, password changed). */
export async function closeOpenAccountLinks(tx: Tx, userId: string) {
  await tx.accountToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
}

/** Whom the account is for, in its mail: an employer's people their employer, everyone else the programme's side. */
async function organisationOf(tx: Tx, user: { id: string; role: string }): Promise<string> {
  const row = await tx.user.findUnique({ where: { id: user.id }, select: { employer: { select: { name: true } } } });
  if (row?.employer) return row.employer.name;
  // the programme's side (its settings, ADR 025): trainers and experts work for the trainers'
  // organisation, the admin for the programme owner
  const org = await readOrganisation(tx);
  const capabilities = capabilitiesFor(user as Pick<Actor, "role">);
  if (capabilities.has("workspace:beheer")) return org.ownerName;
  return capabilities.has("workspace:expert") ? `${org.name}, als ervaringsdeskundige` : org.name;
}

/**
 * A fresh one-time link to set a password, mailed through the outbox in the caller's transaction.
 * Earlier unused links of this user stop working: only the newest mail counts. Returns the link
 * (only `npm run admin:create` shows it, on the operator's own terminal). `causedBy`: whose action
 * sent it; without SMTP only they see the link in the outbox (null: nobody does), and an employer
 * account's link only an admin who sent it (lib/mail/credentials.ts).
 */
export async function issueAccountLink(
  tx: Tx,
  user: { id: string; name: string; email: string; role: string },
  kind: "welcome" | "reset",
  causedBy: Actor | null,
): Promise<string> {
  const { token, tokenHash } = newLinkToken();
  await closeOpenAccountLinks(tx, user.id);
  await tx.accountToken.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + ACCOUNT_LINK_DAYS * DAY) } });
  const url = `${env().APP_URL}/account/activeren/${token}`;
  const organisation = await organisationOf(tx, user);
  const mail = accountMail({
    name: user.name,
    role: user.role,
    url,
    days: ACCOUNT_LINK_DAYS,
    kind,
    organisation,
    invitedBy: causedBy?.name ?? null,
  });
  await enqueueMail(
    {
      kind: "account",
      to: user.email,
      ...mail,
      causedBy,
      employerAccount: capabilitiesFor(user as Pick<Actor, "role">).has("workspace:werkgever"),
    },
    tx,
  );
  return url;
}
