import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { env } from "@/lib/env";
import { kickDelivery } from "@/lib/mail/outbox";
import { hitRateLimit } from "@/lib/rate-limit";
import { issueAccountLink } from "./account-tokens";

// "Wachtwoord vergeten?" (docs/decisions/006-rate-limits.md): the person gets the same one-time link
// an admin can send (a week, works once, earlier links stop working). The page answers the same
// whether or not the address has an account, and the action does the work after the answer is sent
// (next/server's after()), so neither the words nor the time tell. Sessions end only when the link is
// used (a request alone must not log anyone out).
// Without a mail server the outbox is the only delivery, and a link there would reach whoever reads the
// outbox, not the person: then no link is made at all and the page says to ask the beheerder, who can
// send one (visible only to that beheerder, lib/mail/credentials.ts).

export const RESET_REQUESTED_MESSAGE =
  "Als dit adres bij ons bekend is, krijgt u binnen een paar minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt één keer en een week lang. Geen e-mail? Kijk ook bij ongewenste e-mail, of vraag de beheerder.";

/** Per address: a few requests an hour is plenty for a person, and keeps the outbox from being flooded. */
const PER_ADDRESS = { limit: 3, windowSeconds: 3600 };
/** Per client: someone trying many addresses from one place. */
const PER_CLIENT = { limit: 20, windowSeconds: 3600 };

/** Mails a reset link when an active account has this address (and a mail server is set); silently nothing otherwise. */
export const RESET_NEEDS_ADMIN_MESSAGE =
  "Deze omgeving verstuurt geen e-mail, dus wij kunnen u geen link sturen. Vraag de beheerder om een nieuwe link om uw wachtwoord in te stellen.";

/** Whether "Wachtwoord vergeten?" can mail a link here (only through a real mail server). */
export const canMailResetLinks = (): boolean => !!env().SMTP_URL;

export async function requestPasswordReset({ email, clientAddress }: { email: string; clientAddress: string | null }): Promise<void> {
  if (!canMailResetLinks()) return;
  if (clientAddress && !(await hitRateLimit(`reset-client:${clientAddress}`, PER_CLIENT)).allowed) return;
  if (!(await hitRateLimit(`reset-account:${email}`, PER_ADDRESS)).allowed) return;
  const sent = await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, role: true, active: true } });
    if (!user?.active) return false;
    await issueAccountLink(tx, user, "reset", null);
    await recordAudit(
      { actor: { id: null, name: "Wachtwoord vergeten" }, action: "user.requestReset", entityType: "User", entityId: user.id },
      tx,
    );
    return true;
  });
  if (sent) kickDelivery();
}
