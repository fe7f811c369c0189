"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { parseInput, runSafely } from "@/lib/actions/create-action";
import { signInWithForm } from "@/lib/auth/form-login";
import { loginFormSchema } from "@/lib/auth/login-schema";
import { SECOND_FACTOR_MESSAGES } from "@/lib/auth/second-factor-schema";
import { requestClientAddress } from "@/lib/security/request-client";

/** What the login page shows after a post without JavaScript (never the password): the shape of every
 * action's refusal (lib/actions/result.ts), with the address and whether to ask for the code. */
export type LoginFormState = {
  ok: false;
  /** next-auth's answer (the form words it), or an action error's code */
  code: string;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  email: string;
  askCode: boolean;
} | null;

/**
 * No session: anyone may try. The login form's action without JavaScript (with it, the form calls
 * next-auth's signIn): the same check and the same session (lib/auth/form-login.ts), then home.
 */
export async function loginAction(_prev: LoginFormState, formData: FormData): Promise<LoginFormState> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const askCode = formData.has("code");
  const result = await runSafely(async () =>
    signInWithForm(parseInput(loginFormSchema, formData), { clientAddress: await requestClientAddress() }),
  );
  if (!result.ok) return { ok: false, code: result.code, message: result.message, fieldErrors: result.fieldErrors, email, askCode };
  const signedIn = result.data;
  if (!signedIn.ok) return { ok: false, code: signedIn.answer, email, askCode: askCode || signedIn.answer in SECOND_FACTOR_MESSAGES };
  (await cookies()).set(signedIn.cookie.name, signedIn.cookie.value, signedIn.cookie.options);
  redirect("/");
}
