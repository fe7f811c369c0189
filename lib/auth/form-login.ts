import "server-only";
import type { JWT } from "next-auth/jwt";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { authorizeCredentials } from "./credentials";
import type { LoginContext } from "./login";
import { LOGIN_ACCOUNT_BUSY, LOGIN_ACCOUNT_LIMITED, LOGIN_RATE_LIMITED } from "./login-schema";
import { authOptions } from "./options";
import { SECOND_FACTOR_MESSAGES } from "./second-factor-schema";

// Signing in without JavaScript (issue 23): the login form posts to a server action, which calls this.
// The same check as next-auth's credentials provider (./credentials.ts: limits, audit, second factor)
// and the same session as next-auth makes after it: its jwt callback (a session row, ADR 005), its
// encoding and its cookie (./cookies.ts). getActor() cannot tell the two ways apart.

/** Answers a person can act on: the limits on guessing and the second step's (as next-auth's `error`). */
const ANSWERS = new Set([LOGIN_RATE_LIMITED, LOGIN_ACCOUNT_LIMITED, LOGIN_ACCOUNT_BUSY, ...Object.keys(SECOND_FACTOR_MESSAGES)]);
/** next-auth's answer to a wrong e-mail address or password. */
export const LOGIN_MISMATCH = "CredentialsSignin";

export type FormLoginResult =
  | {
      ok: true;
      cookie: {
        name: string;
        value: string;
        options: { httpOnly: boolean; sameSite: "lax"; path: string; secure: boolean; maxAge: number };
      };
    }
  | { ok: false; answer: string };

export async function signInWithForm(
  credentials: { email: string; password: string; code?: string },
  context: LoginContext,
): Promise<FormLoginResult> {
  let user: Awaited<ReturnType<typeof authorizeCredentials>>;
  try {
    user = await authorizeCredentials(credentials, context);
  } catch (e) {
    if (e instanceof Error && ANSWERS.has(e.message)) return { ok: false, answer: e.message };
    throw e;
  }
  if (!user) return { ok: false, answer: LOGIN_MISMATCH };
  // what next-auth's callback route does after authorize(): its default token, then our jwt callback
  const defaults: JWT = { name: user.name, email: undefined, picture: undefined, sub: user.id };
  const token = await authOptions.callbacks!.jwt!({ token: defaults, user, account: null, trigger: "signIn" });
  const maxAge = authOptions.session!.maxAge!;
  // without a secret next-auth derives one in development only; `npm start` always sets one
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: the login form without JavaScript cannot make a session");
  const value = await encode({ token, secret, maxAge });
  // next-auth's own default over http (lib/auth/cookies.ts gives the __Host- cookie under https)
  const cookie = authOptions.cookies?.sessionToken ?? {
    name: "next-auth.session-token",
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: false },
  };
  const { httpOnly = true, path = "/", secure = false } = cookie.options as { httpOnly?: boolean; path?: string; secure?: boolean };
  return { ok: true, cookie: { name: cookie.name, value, options: { httpOnly, sameSite: "lax", path, secure, maxAge } } };
}
