"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { createBoardLink, revokeBoardLinks } from "@/lib/board/access";
import { boardLinkSchema, boardRevokeSchema } from "@/lib/board/schema";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/dates";

const create = createAction({ schema: boardLinkSchema }, (i, actor) => createBoardLink({ actor, ...i }));
const revoke = createAction({ schema: boardRevokeSchema }, (i, actor) => revokeBoardLinks({ actor, ...i }));

/** The projector link is shown once, here: only its hash is stored. */
export async function createBoardLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await create(formData),
    (d) => `Open deze link op de beamer (alleen lezen, geldig tot ${formatDateTime(d.expiresAt)}): ${env().APP_URL}/bord/${d.token}`,
    "/trajecten/[id]/bord",
  );
}

export async function revokeBoardLinksAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await revoke(formData),
    (d) => (d.count > 0 ? "De bordlinks zijn ingetrokken." : "Er was geen werkende bordlink."),
    "/trajecten/[id]/bord",
  );
}
