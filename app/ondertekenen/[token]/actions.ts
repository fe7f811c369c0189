"use server";

import { parseInput, runSafely } from "@/lib/actions/create-action";
import type { FormState } from "@/lib/actions/result";
import { signWithLink } from "@/lib/gedragscode/signoff";
import { linkSignSchema } from "@/lib/gedragscode/schema";

/** No session here: the one-time signing link in the form is the credential, checked in lib/gedragscode/signoff.ts. */
export async function signWithLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runSafely(() => signWithLink(parseInput(linkSignSchema, formData)));
  if (!result.ok) return result;
  return {
    ok: true,
    message: result.data.adopted
      ? "Dank u wel. U heeft getekend, en daarmee heeft iedereen getekend: de gedragscode is vastgesteld."
      : "Dank u wel. Uw handtekening is vastgelegd. De code is vastgesteld zodra iedereen heeft getekend.",
  };
}
