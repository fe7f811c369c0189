import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { capabilitiesFor } from "@/lib/auth/capabilities";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { trajectScope } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { FIRST_ROUND, roundState } from "../rounds/rounds";
import { invitationWithTraject, unsafeMailFreshLink } from "./invitations";

// An employer user with an account can be invited to fill the scan too (HR, the directie, the OR are
// key people). Their link is in their mail only: the app keeps a hash, never the token (docs/privacy.md).
// So their home page can remind them (lib/tasks/employer.ts) but not hand them the link; what it can do
// is send a fresh one to the same address, which only its owner reads. Never another person's invitation:
// the match is on the account's own address, on a traject of their own employer.

export interface OwnInvitation {
  trajectId: string;
  invitationId: string;
  /** the address the link goes to (the account's own) */
  email: string;
  sentAt: Date | null;
  deadline: Date | null;
  /** they saved at least one answer */
  started: boolean;
  followUp: boolean;
}

/**
 * Only with a mailserver: without one the mail would stay in the outbox, where only the person whose
 * action caused it may read a link, and an employer user has no outbox. Then the trainer sends it.
 */
export const canMailOwnLink = (): boolean => !!env().SMTP_URL;

/** A fresh link at most this often: a double click or an impatient reload sends one mail, not five. */
export const RESEND_PAUSE_MINUTES = 10;

async function ownAddress(actor: Actor): Promise<string | null> {
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { email: true } });
  return user?.email.toLowerCase() ?? null;
}

/** The actor's invitations that still take answers (sent to their own address, not yet submitted), per traject. */
async function openOwnInvitations(actor: Actor, trajectId?: string) {
  if (!capabilitiesFor(actor).has("workspace:werkgever")) return [];
  const email = await ownAddress(actor);
  if (!email) return [];
  const rows = await db().scanInvitation.findMany({
    where: {
      email,
      revokedAt: null,
      expiresAt: { gt: new Date() },
      traject: { AND: [trajectScope(actor, "scan:ownLink"), trajectId ? { id: trajectId } : {}] },
      OR: [{ response: null }, { response: { status: { not: "SUBMITTED" } } }],
    },
    include: { ...invitationWithTraject, response: { select: { id: true, status: true, _count: { select: { answers: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  const withRound = await Promise.all(rows.map(async (inv) => ({ inv, round: await roundState(db(), inv.roundId) })));
  return withRound.filter((r) => r.round?.open);
}

/** What the actor's home page and their scan page show: per traject, the invitation that waits for them. */
export async function ownOpenInvitationsForActor(actor: Actor, trajectId?: string): Promise<OwnInvitation[]> {
  const open = await openOwnInvitations(actor, trajectId);
  return open.map(({ inv, round }) => ({
    trajectId: inv.trajectId,
    invitationId: inv.id,
    email: inv.email,
    sentAt: inv.sentAt,
    deadline: round!.deadline,
    started: (inv.response?._count.answers ?? 0) > 0,
    followUp: round!.number !== FIRST_ROUND,
  }));
}

/**
 * A fresh link to the actor's own address for their open invitation on this traject: the old link
 * stops working (as when the trainer resends it). Nothing to send → a plain Dutch refusal.
 */
export async function resendOwnInvitation({ actor, trajectId }: { actor: Actor; trajectId: string }): Promise<{ email: string }> {
  await assertTrajectCapability({ actor, trajectId, capability: "scan:ownLink" });
  if (!canMailOwnLink())
    throw new AppError("CONFLICT", "Er is geen mailserver ingesteld, dus de app kan u geen link sturen. Vraag uw trainer om de link.");
  const [own] = await openOwnInvitations(actor, trajectId);
  if (!own) throw new AppError("CONFLICT", "Er staat voor u geen scan open bij dit traject: er is dus geen link om te sturen.");
  const lastLink = Math.max(own.inv.sentAt?.getTime() ?? 0, own.inv.lastReminderAt?.getTime() ?? 0);
  if (Date.now() - lastLink < RESEND_PAUSE_MINUTES * 60_000)
    throw new AppError(
      "CONFLICT",
      `Er is net een link naar ${own.inv.email} gestuurd. Kijk in uw mail (ook bij ongewenste e-mail); over ${RESEND_PAUSE_MINUTES} minuten kunt u een nieuwe vragen.`,
    );
  await unsafeMailFreshLink(actor, own.inv, "resend");
  return { email: own.inv.email };
}
