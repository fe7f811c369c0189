import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import { canMailResetLinks } from "@/lib/users/password-reset";
import type { Actor } from "@/lib/auth/roles";
import { uncertifiedWhere } from "@/lib/certificates/status";
import { adminTasks as rules } from "./admin-rules";
import type { Task } from "./types";

// The admin's home: counts only (no names), read every time (admin-rules.ts).

export async function adminTasks(actor: Actor): Promise<Task[]> {
  assertCapability(actor, "workspace:beheer");
  const client = db();
  const [
    rates,
    activeTrainers,
    activeExperts,
    uncertifiedExperts,
    directieToConfirm,
    accountsWaitingForLink,
    claimsSubmitted,
    claimsApproved,
    failedMails,
  ] = await Promise.all([
    client.compensationRates.findUnique({ where: { id: "rates" }, select: { hourlyCents: true, perKmCents: true } }),
    client.user.count({ where: { role: "TRAINER", active: true } }),
    client.user.count({ where: { role: "EXPERT", active: true } }),
    client.user.count({ where: { role: "EXPERT", active: true, ...uncertifiedWhere } }),
    client.employer.count({
      where: {
        keyPersons: {
          some: { function: "DIRECTIE", directieConfirmedAt: null },
          none: { function: "DIRECTIE", directieConfirmedAt: { not: null } },
        },
      },
    }),
    // with a mail server the link arrives by itself; an empty hash is an account that never chose a password
    canMailResetLinks() ? 0 : client.user.count({ where: { active: true, passwordHash: "" } }),
    client.compensationClaim.count({ where: { status: "SUBMITTED" } }),
    client.compensationClaim.count({ where: { status: "APPROVED" } }),
    client.outboxMail.count({ where: { status: "FAILED" } }),
  ]);
  return rules({
    ratesUnset: !rates || (rates.hourlyCents === 0 && rates.perKmCents === 0),
    activeTrainers,
    activeExperts,
    uncertifiedExperts,
    directieToConfirm,
    accountsWaitingForLink,
    claimsSubmitted,
    claimsApproved,
    failedMails,
  });
}
