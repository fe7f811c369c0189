"use server";

import { createAction } from "@/lib/actions/create-action";
import type { FormState } from "@/lib/actions/result";
import { endAllLogins, endAllLoginsSchema } from "@/lib/auth/logins";
import { changeOwnPassword } from "@/lib/users/accounts";
import { passwordChangeSchema } from "@/lib/users/schema";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/sessions/calendar-feed";
import { toFormState } from "@/lib/actions/form-state";

// Every role has "account:own": the signed-in user's own password and sessions, never anyone else's.
const change = createAction({ schema: passwordChangeSchema }, (input, actor) => changeOwnPassword({ actor, input }));
export async function changePasswordAction(raw: unknown) {
  return change(raw);
}

const ENDED_EVERYWHERE_MESSAGE = "U bent nu overal uitgelogd, ook hier. Log opnieuw in om verder te werken.";

const endAll = createAction({ schema: endAllLoginsSchema }, (_input, actor) => endAllLogins({ actor }));
// No revalidation: re-rendering this page would already send the user to the login page, before they
// have read that it worked.
export async function endAllLoginsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await endAll(formData);
  return result.ok ? { ok: true, message: ENDED_EVERYWHERE_MESSAGE } : result;
}

const feed = createAction({ schema: endAllLoginsSchema }, (_input, actor) => createCalendarFeed(actor));
/** The feed's URL is shown once, here: only its hash is kept. */
export async function createCalendarFeedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await feed(formData),
    (r) => `Uw agenda-link (alleen nu te zien; een eerdere link werkt niet meer): ${r.url}`,
    "/account",
  );
}

const stopFeed = createAction({ schema: endAllLoginsSchema }, (_input, actor) => revokeCalendarFeed(actor));
export async function revokeCalendarFeedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await stopFeed(formData), "De agenda-link werkt niet meer.", "/account");
}
