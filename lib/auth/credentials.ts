import "server-only";
import { authenticate, type LoginContext } from "./login";
import { checkSecondFactor } from "./second-factor";

/**
 * The one check behind both ways of signing in: next-auth's credentials provider (the form with
 * JavaScript) and the plain HTML form (lib/auth/form-login.ts). The password, the limits on guessing
 * and their audit (lib/auth/login.ts), then the second factor when the account has one. Null for a
 * mismatch; throws the refusal's code (a limit, or the second step's answer) as the error's message.
 */
export async function authorizeCredentials(credentials: Record<string, unknown> | undefined, context: LoginContext) {
  const actor = await authenticate(credentials, context);
  if (!actor) return null;
  await checkSecondFactor({ userId: actor.id, code: typeof credentials?.code === "string" ? credentials.code : undefined });
  return { id: actor.id, name: actor.name, role: actor.role, employerId: actor.employerId };
}
