"use server";

import { parseInput, runSafely } from "@/lib/actions/create-action";
import { createFirstAdmin } from "@/lib/setup/first-admin";
import { firstAdminSchema } from "@/lib/setup/schema";

/** No session here: the one-time setup link in the request is the credential, checked in lib/setup. */
export async function createFirstAdminAction(raw: unknown) {
  return runSafely(() => createFirstAdmin(parseInput(firstAdminSchema, raw)));
}
