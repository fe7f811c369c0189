"use server";

import { createAction } from "@/lib/actions/create-action";
import { changeOwnPassword } from "@/lib/users/accounts";
import { passwordChangeSchema } from "@/lib/users/schema";

// Every role has "account:own": the signed-in user's own password, never anyone else's.
const change = createAction({ schema: passwordChangeSchema }, (input, actor) => changeOwnPassword({ actor, input }));
export async function changePasswordAction(raw: unknown) {
  return change(raw);
}
