"use server";

import { parseInput, runSafely } from "@/lib/actions/create-action";
import type { FormState } from "@/lib/actions/result";
import { confirmEmailChange } from "@/lib/users/email-change";
import { emailChangeConfirmSchema } from "@/lib/users/schema";

/** No session here: the one-time link in the form is the credential, checked in lib/users. */
export async function confirmEmailChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runSafely(() => confirmEmailChange(parseInput(emailChangeConfirmSchema, formData)));
  if (!result.ok) return result;
  return { ok: true, message: `Uw e-mailadres is gewijzigd. U logt voortaan in met ${result.data.email}, met hetzelfde wachtwoord.` };
}
