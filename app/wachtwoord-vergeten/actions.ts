"use server";

import { after } from "next/server";
import { parseInput, runSafely } from "@/lib/actions/create-action";
import type { FormState } from "@/lib/actions/result";
import { requestClientAddress } from "@/lib/security/request-client";
import { RESET_NEEDS_ADMIN_MESSAGE, RESET_REQUESTED_MESSAGE, canMailResetLinks, requestPasswordReset } from "@/lib/users/password-reset";
import { passwordResetRequestSchema } from "@/lib/users/schema";

/** No session: anyone may ask. The answer is the same for every valid address, and comes before the work is done. */
export async function requestPasswordResetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runSafely(async () => {
    const { email } = parseInput(passwordResetRequestSchema, formData);
    const clientAddress = await requestClientAddress();
    after(() => requestPasswordReset({ email, clientAddress }).catch((e: unknown) => console.error("[password reset] failed", e)));
  });
  return result.ok ? { ok: true, message: canMailResetLinks() ? RESET_REQUESTED_MESSAGE : RESET_NEEDS_ADMIN_MESSAGE } : result;
}
