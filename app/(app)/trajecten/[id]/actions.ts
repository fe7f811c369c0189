"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import type { ActionResult } from "@/lib/errors";
import { invitationActionSchema, invitationSchema, trajectActionSchema } from "@/lib/scan/invitation-schema";
import { createInvitation, remindInvitation, reopenResponse, resendInvitation, revokeInvitation, sendDueReminders } from "@/lib/scan/invitations";

// Thin edges: parse, check (inside createAction + the scoped lib functions), call lib, revalidate.
const revalidateTraject = <T,>(result: ActionResult<T>, trajectId?: string) => {
  if (result.ok) revalidatePath(trajectId ? `/trajecten/${trajectId}` : "/trajecten/[id]", "page");
  return result;
};

const invite = createAction({ schema: invitationSchema, permission: "invitation:manage" }, (input, actor) => createInvitation({ actor, input }));
export async function inviteAction(raw: unknown) {
  const result = await invite(raw);
  return revalidateTraject(result, (raw as { trajectId?: string })?.trajectId);
}

const rowActions = {
  resend: createAction({ schema: invitationActionSchema, permission: "invitation:manage" }, (i, actor) => resendInvitation({ actor, invitationId: i.invitationId })),
  remind: createAction({ schema: invitationActionSchema, permission: "invitation:manage" }, (i, actor) => remindInvitation({ actor, invitationId: i.invitationId })),
  revoke: createAction({ schema: invitationActionSchema, permission: "invitation:manage" }, (i, actor) => revokeInvitation({ actor, invitationId: i.invitationId })),
  reopen: createAction({ schema: invitationActionSchema, permission: "response:reopen" }, (i, actor) => reopenResponse({ actor, invitationId: i.invitationId })),
};

const MESSAGES = {
  resend: "De uitnodiging is opnieuw verstuurd met een nieuwe link.",
  remind: "De herinnering is verstuurd.",
  revoke: "De uitnodiging is ingetrokken; de link werkt niet meer.",
  reopen: "De scan is heropend: de respondent kan weer wijzigen.",
} as const;

export type RowActionState = { ok: boolean; message: string } | null;

export async function invitationRowAction(_prev: RowActionState, formData: FormData): Promise<RowActionState> {
  const kind = formData.get("kind");
  if (typeof kind !== "string" || !(kind in rowActions)) return { ok: false, message: "Onbekende handeling." };
  const result = await rowActions[kind as keyof typeof rowActions](formData);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/trajecten/[id]", "page");
  return { ok: true, message: MESSAGES[kind as keyof typeof MESSAGES] };
}

const remindAll = createAction({ schema: trajectActionSchema, permission: "invitation:manage" }, (i, actor) => sendDueReminders({ actor, trajectId: i.trajectId }));
export async function remindAllAction(_prev: RowActionState, formData: FormData): Promise<RowActionState> {
  const result = await remindAll(formData);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/trajecten/[id]", "page");
  const n = result.data.sent;
  return { ok: true, message: n === 0 ? "Er was niemand om aan te herinneren (iedereen is klaar of kreeg onlangs al een herinnering)." : `${n} ${n === 1 ? "herinnering" : "herinneringen"} verstuurd.` };
}
