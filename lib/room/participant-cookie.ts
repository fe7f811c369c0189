import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { participantOf, PARTICIPANT_COOKIE, ROOM_GONE } from "./participant";

// The participant's cookie: the token that makes a phone a participant of one room (ADR 029). Under
// https it carries __Host- (only from a secure origin, Path=/, no Domain), like the login's cookies.

const secure = () => /^https:\/\//i.test(env().APP_URL);
export const participantCookieName = () => (secure() ? `__Host-${PARTICIPANT_COOKIE}` : PARTICIPANT_COOKIE);

export async function setParticipantCookie(token: string, expiresAt: Date) {
  (await cookies()).set(participantCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secure(),
    expires: expiresAt,
  });
}

/** The participant of this request (a page, an action or a route), or null. */
export async function currentParticipant() {
  return participantOf((await cookies()).get(participantCookieName())?.value);
}

/** For an action: the participant of this request, or the plain Dutch refusal. */
export async function requireParticipant() {
  const found = await currentParticipant();
  if (!found || found.phase === null) throw new AppError("INVITE_INVALID", ROOM_GONE);
  return found.actor;
}
