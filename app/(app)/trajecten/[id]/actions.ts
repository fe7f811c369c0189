"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { fieldOf } from "@/lib/actions/form-data";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { invitationActionSchema, inviteRespondentsSchema, trajectActionSchema } from "@/lib/scan/invitations/schema";
import {
  inviteRespondents,
  remindInvitation,
  reopenResponse,
  resendInvitation,
  revokeInvitation,
  sendDueReminders,
} from "@/lib/scan/invitations/invitations";
import { UNKNOWN_OPERATION_MESSAGE, keyOf } from "@/lib/zod";

// Thin edges: parse, check (inside createAction + the scoped lib functions), call lib, revalidate.
const TRAJECT_PAGE = "/trajecten/[id]";

// the invite form: the ticked key persons and "someone else", per person what happened (issue 24)
const invite = createAction({ schema: inviteRespondentsSchema }, (input, actor) => inviteRespondents({ actor, input }));
export async function inviteAction(raw: unknown) {
  const result = await invite(raw);
  // the form is on the Scan page, the counts on the overview: every page of the traject
  if (result.ok) revalidatePath(TRAJECT_PAGE, "layout");
  return result;
}

const rowActions = {
  resend: createAction({ schema: invitationActionSchema }, (i, actor) => resendInvitation({ actor, invitationId: i.invitationId })),
  remind: createAction({ schema: invitationActionSchema }, (i, actor) => remindInvitation({ actor, invitationId: i.invitationId })),
  revoke: createAction({ schema: invitationActionSchema }, (i, actor) => revokeInvitation({ actor, invitationId: i.invitationId })),
  reopen: createAction({ schema: invitationActionSchema }, (i, actor) => reopenResponse({ actor, invitationId: i.invitationId })),
};

const MESSAGES = {
  resend: "De uitnodiging is opnieuw verstuurd met een nieuwe link.",
  remind: "De herinnering is verstuurd.",
  revoke: "De uitnodiging is ingetrokken; de link werkt niet meer.",
  reopen: "De scan is heropend: de respondent kan weer wijzigen.",
} as const;

// Only the table's own keys: `kind in rowActions` would also accept "__proto__", "constructor", …;
// a repeated field is refused rather than read as its first value.
const kindSchema = keyOf(rowActions);

export async function invitationRowAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const kind = kindSchema.safeParse(fieldOf(formData, "kind"));
  if (!kind.success) return { ok: false, code: "VALIDATION", message: UNKNOWN_OPERATION_MESSAGE };
  return toFormState(await rowActions[kind.data](formData), MESSAGES[kind.data], TRAJECT_PAGE);
}

const remindAll = createAction({ schema: trajectActionSchema }, (i, actor) => sendDueReminders({ actor, trajectId: i.trajectId }));
export async function remindAllAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await remindAll(formData),
    ({ sent: n }) =>
      n === 0
        ? "Er was niemand om aan te herinneren (iedereen is klaar of kreeg onlangs al een herinnering)."
        : `${n} ${n === 1 ? "herinnering" : "herinneringen"} verstuurd.`,
    TRAJECT_PAGE,
  );
}
