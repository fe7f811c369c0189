import "server-only";
import { getServerSession } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { forbidden, notFound, redirect } from "next/navigation";
import { AppError, isAppError } from "@/lib/errors";
import { capabilitiesFor, type GlobalCapability } from "./capabilities";
import { actorForLogin } from "./logins";
import { assertCapability } from "./guard";
import { authOptions } from "./options";
import type { Actor } from "./roles";
import { SECOND_FACTOR_PAGE } from "./second-factor-schema";

// getServerSession returns what the session callback makes of the token. For the server's own read it
// returns just the token's ids; the browser's /api/auth/session keeps using authOptions and never sees
// the session id.
const tokenReadOptions = {
  ...authOptions,
  callbacks: { ...authOptions.callbacks, session: ({ token }: { token: JWT }) => ({ uid: token.uid, sid: token.sid }) },
};

/**
 * The signed-in actor, or null. The token is not trusted on its own: its session row must exist, be
 * open and unexpired, and the user active (actorForLogin: one query, on every request), so logging
 * out, "overal uitloggen", a password change or switching an account off take effect at once on every
 * instance. Role and employer come from the database, never from the token.
 */
export async function getActor(): Promise<Actor | null> {
  const token = await getServerSession(tokenReadOptions);
  return actorForLogin({ userId: token?.uid, loginId: token?.sid });
}

/** Only the enrolment page and its actions pass this: everything else waits for the second factor. */
export interface SecondFactorOption {
  allowMissingSecondFactor?: boolean;
}

export const SECOND_FACTOR_MISSING_MESSAGE =
  "Stel eerst de tweede stap bij het inloggen in (Mijn account → Tweede stap). Daarna kunt u verder.";

/** Pages: no session → login; a required second factor missing → its enrolment page; without the capability → 403 page. */
export async function requireActorPage(capability?: GlobalCapability, options: SecondFactorOption = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (actor.secondFactorMissing && !options.allowMissingSecondFactor) redirect(SECOND_FACTOR_PAGE);
  if (capability && !capabilitiesFor(actor).has(capability)) forbidden();
  return actor;
}

/** Actions and route handlers: throws AppError instead of redirecting. */
export async function requireActor(capability?: GlobalCapability, options: SecondFactorOption = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Uw sessie is verlopen. Log opnieuw in.");
  if (actor.secondFactorMissing && !options.allowMissingSecondFactor) throw new AppError("FORBIDDEN", SECOND_FACTOR_MISSING_MESSAGE);
  if (capability) assertCapability(actor, capability);
  return actor;
}

/**
 * Pages: a scoped lookup that says NOT_FOUND renders the 404 page, FORBIDDEN (a relation without
 * this capability) the 403 page; anything else is a real error.
 */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    if (isAppError(e) && e.code === "FORBIDDEN") forbidden();
    throw e;
  }
}
