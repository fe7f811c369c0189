import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability, employerAccess } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { currentRound } from "../rounds/rounds";

export type InvitationState = "revoked" | "expired" | "submitted" | "in_progress" | "opened" | "sent";

/** Per invited person of the traject's newest scan round: sent, opened, in progress (answered x of n), submitted. */
export async function listInvitationsWithProgress({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "invitation:manage" });
  const round = await currentRound(db(), trajectId);
  const invitations = await db().scanInvitation.findMany({
    where: { trajectId, roundId: round.id },
    orderBy: { createdAt: "asc" },
    include: {
      response: {
        select: {
          status: true,
          submittedAt: true,
          reopenedAt: true,
          questionnaire: { select: { itemCount: true } },
          _count: { select: { answers: true } },
        },
      },
    },
  });
  const now = new Date();
  return invitations.map((inv) => {
    const answered = inv.response?._count.answers ?? 0;
    const total = inv.response?.questionnaire.itemCount ?? null;
    const state: InvitationState = inv.revokedAt
      ? "revoked"
      : inv.response?.status === "SUBMITTED"
        ? "submitted"
        : inv.expiresAt <= now
          ? "expired"
          : answered > 0
            ? "in_progress"
            : inv.openedAt
              ? "opened"
              : "sent";
    return {
      id: inv.id,
      name: inv.name,
      email: inv.email,
      function: inv.function,
      state,
      answered,
      total,
      sentAt: inv.sentAt,
      sendCount: inv.sendCount,
      openedAt: inv.openedAt,
      reminderCount: inv.reminderCount,
      lastReminderAt: inv.lastReminderAt,
      submittedAt: inv.response?.submittedAt ?? null,
      expiresAt: inv.expiresAt,
    };
  });
}
/** The newest scan round of the traject (its number, whether it takes answers, its deadline). */
export async function currentRoundForActor({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "invitation:manage" });
  const { number, open, deadline } = await currentRound(db(), trajectId);
  return { number, open, deadline };
}

/**
 * What the invite form offers (issue 24): the employer's key persons, each marked when already invited in
 * the newest round (an address is invited once per round), and whether this actor may also save
 * "someone else" as a key person (keyPerson:manage on the employer).
 */
export async function invitableKeyPersons({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "invitation:manage" });
  const traject = await db().traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: {
      employer: {
        select: {
          id: true,
          name: true,
          keyPersons: { orderBy: { name: "asc" }, select: { id: true, name: true, email: true, function: true } },
        },
      },
    },
  });
  const round = await currentRound(db(), trajectId);
  const invited = new Set(
    (
      await db().scanInvitation.findMany({
        where: { roundId: round.id, revokedAt: null, email: { in: traject.employer.keyPersons.map((k) => k.email) } },
        select: { email: true },
      })
    ).map((i) => i.email),
  );
  const mayAddKeyPerson = await employerAccess({ actor, employerId: traject.employer.id }).then(
    (a) => a.capabilities.has("keyPerson:manage"),
    (e: unknown) => {
      if (e instanceof AppError && e.code === "NOT_FOUND") return false;
      throw e;
    },
  );
  return {
    employerName: traject.employer.name,
    mayAddKeyPerson,
    keyPersons: traject.employer.keyPersons.map((k) => ({ ...k, invited: invited.has(k.email) })),
  };
}

export type InvitableKeyPersons = Awaited<ReturnType<typeof invitableKeyPersons>>;

export type InvitationRow = Awaited<ReturnType<typeof listInvitationsWithProgress>>[number];
