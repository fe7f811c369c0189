"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { summariseRoom } from "@/lib/room/summary";
import { summariseSchema } from "@/lib/room/schema";

const summarise = createAction({ schema: summariseSchema }, (i, actor) => summariseRoom({ actor, ...i }));

/** "Sessie afronden": the summary stored, mailed to the session's list and the tandem, on every phone. */
export async function summariseRoomAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await summarise(formData),
    (d) =>
      d.mails === 1
        ? "De sessie is afgerond. De samenvatting staat op de telefoons en is naar 1 persoon gemaild."
        : `De sessie is afgerond. De samenvatting staat op de telefoons en is naar ${d.mails} mensen gemaild.`,
    "/trajecten/[id]/bord",
  );
}
