"use server";

import { parseInput, runSafely } from "@/lib/actions/create-action";
import { activateAccount } from "@/lib/users/accounts";
import { accountActivationSchema } from "@/lib/users/schema";

/** No session here: the one-time link in the request is the credential, checked in lib/users. */
export async function activateAccountAction(raw: unknown) {
  return runSafely(() => activateAccount(parseInput(accountActivationSchema, raw)));
}
