"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { resendOwnInvitation } from "@/lib/scan/invitations/own";
import { trajectActionSchema } from "@/lib/scan/invitations/schema";

const resend = createAction({ schema: trajectActionSchema }, (input, actor) => resendOwnInvitation({ actor, trajectId: input.trajectId }));

export async function resendOwnLinkAction(_prev: FormState, formData: FormData) {
  return toFormState(
    await resend(formData),
    ({ email }) => `We hebben een nieuwe link gestuurd naar ${email}. De link uit de eerdere mail werkt niet meer.`,
    "/trajecten/[id]/mijn-scan",
  );
}
